import StanceModel

/// The lexicon's actors with the actors they are members of, transitively, made once per
/// extractor, for listing an article's actors (`Extractor.actors(_:context:)`) without a look-up
/// by id for each parent of each actor of each article.
struct ActorClosure: Sendable {
    /// For each entry (by position): the entries it is a member of, transitively, itself first.
    let members: [[Int32]]
    /// For each entry: the parents met on the way that the lexicon does not hold (an article's
    /// own groups and candidates, or ids only named), to be followed with the article's context.
    let outside: [[ActorID]]
    /// Each entry's place in the order of the ids.
    let rank: [Int32]

    init(_ lexicon: ActorLexicon) {
        let count = lexicon.entries.count
        var members: [[Int32]] = []
        var outside: [[ActorID]] = []
        members.reserveCapacity(count)
        outside.reserveCapacity(count)
        for k in 0..<count {
            var found: [Int32] = [Int32(k)]
            var unknown: [ActorID] = []
            var index = 0
            while index < found.count {
                let current = lexicon.stanceActor(at: Int(found[index]))
                index += 1
                for membership in current.memberships {
                    if let p = lexicon.entryIndex(of: membership.parent) {
                        if !found.contains(Int32(p)) { found.append(Int32(p)) }
                    } else if !unknown.contains(membership.parent) {
                        unknown.append(membership.parent)
                    }
                }
            }
            members.append(found)
            outside.append(unknown)
        }
        var rank = [Int32](repeating: 0, count: count)
        let order = (0..<count).sorted { lexicon.entries[$0].id < lexicon.entries[$1].id }
        for (r, k) in order.enumerated() { rank[k] = Int32(r) }
        self.members = members
        self.outside = outside
        self.rank = rank
    }
}
