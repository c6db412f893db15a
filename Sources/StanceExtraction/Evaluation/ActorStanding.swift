import StanceModel

/// Which actors an extracted actor stands for, as the codebook matches claims.
///
/// An extracted claim by a person or an institution counts for the actor it speaks for: a
/// person's `speaks_for` and memberships, a government's or organization's (or a state's)
/// memberships, followed upward. Armed groups, parties, factions and coalitions stand only for
/// themselves: Kataib Hezbollah is never Iraq, Hezbollah never Lebanon.
public struct ActorStanding: Sendable {
    private let lexicon: ActorLexicon

    public init(lexicon: ActorLexicon) { self.lexicon = lexicon }

    /// The actor itself, then each actor it stands for, nearest first.
    /// - Complexity: O(a) for the a actors above it.
    public func standsFor(_ id: ActorID) -> [ActorID] {
        var result: [ActorID] = [id]
        var index = 0
        while index < result.count {
            let current = result[index]
            index += 1
            guard let entry = lexicon.actor(id: current), Self.representsOthers(entry.kind) else { continue }
            for parent in [entry.speaksFor].compactMap({ $0 }) + entry.memberships.map(\.parent) where !result.contains(parent) {
                result.append(parent)
            }
        }
        return result
    }

    /// Whether an actor of this kind speaks for the actors it belongs to.
    static func representsOthers(_ kind: ActorKind) -> Bool {
        switch kind {
        case .person, .government, .organization, .state: true
        case .party, .faction, .armedGroup, .coalition: false
        }
    }

    /// The extracted claims with each holder and target replaced by the nearest actor it stands
    /// for that makes a gold dyad with the same polarity; claims that match no gold dyad keep
    /// their actors.
    public func align(_ extracted: [StanceClaim], to gold: [StanceClaim]) -> [StanceClaim] {
        let goldDyads = Set(gold.map(DyadTuple.init))
        return extracted.map { claim in
            let dyad = DyadTuple(claim)
            if goldDyads.contains(dyad) { return claim }
            for source in standsFor(claim.source) {
                for target in standsFor(claim.target) where source != target {
                    let candidate = DyadTuple(source: source, target: target, polarity: dyad.polarity)
                    if goldDyads.contains(candidate) {
                        var aligned = claim
                        aligned.source = source
                        aligned.target = target
                        return aligned
                    }
                }
            }
            return claim
        }
    }
}
