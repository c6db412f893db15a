import StanceModel

/// Maps the actor ids of a hand-coded file to the extractor's ids.
///
/// A coder picks ids freely; the extractor takes them from its lexicon. A gold actor keeps its id
/// when the lexicon knows that id; otherwise its name, then each alias, is looked up as a mention
/// in the lexicon, and the first that resolves gives the id. An actor that resolves nowhere keeps
/// its own id (and is then matched only if the extractor made an ad-hoc actor of that id).
public struct ActorAlignment: Sendable {
    /// Gold id → extractor id, for the actors whose id changes.
    public private(set) var renamed: [ActorID: ActorID] = [:]

    /// - Parameters:
    ///   - goldActors: the actors the hand-coded file declares.
    ///   - knows: whether the lexicon has an actor of this id.
    ///   - resolve: the actor a surface form ("Iraqi government", "Tehran") denotes, if any.
    public init(goldActors: [StanceActor], knows: (ActorID) -> Bool, resolve: (String) -> ActorID?) {
        for actor in goldActors where !knows(actor.id) {
            for form in [actor.name] + actor.aliases {
                if let id = resolve(form) {
                    if id != actor.id { renamed[actor.id] = id }
                    break
                }
            }
        }
    }

    /// The extractor's id for a gold actor id.
    public func map(_ id: ActorID) -> ActorID { renamed[id] ?? id }
}
