import StanceModel

/// A place in a text that refers to an actor.
public struct ActorMention: Sendable, Hashable {
    /// How the actor is referred to.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        /// A name ("Iraq", "the Coordination Framework").
        case name
        /// An abbreviation ("U.S.", "IS").
        case abbreviation
        /// A demonym or adjective ("Iraqi", "American").
        case demonym
        /// A capital as metonym ("Baghdad").
        case capital
        /// A role of an organisation ("Iraqi spokesperson", "one official from the Framework").
        case role
        /// A person who speaks for an actor.
        case person
        /// A group named by its country or alignment ("Iraqi armed groups", "Iran-aligned factions"),
        /// made up when the lexicon does not know it.
        case group
    }

    public var actor: ActorID
    public var range: Range<String.Index>
    public var form: Form

    public init(actor: ActorID, range: Range<String.Index>, form: Form) {
        self.actor = actor
        self.range = range
        self.form = form
    }
}
