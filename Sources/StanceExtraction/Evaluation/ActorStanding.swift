import StanceModel

/// Matches extracted claims to gold ones as the codebook says: an extracted claim by a person or
/// an institution counts for the actor it stands for (`ActorLexicon.standsFor(_:)`).
public struct ActorStanding: Sendable {
    private let lexicon: ActorLexicon

    public init(lexicon: ActorLexicon) { self.lexicon = lexicon }

    /// The actor itself, then each actor it stands for (see `ActorLexicon.standsFor(_:)`).
    public func standsFor(_ id: ActorID) -> [ActorID] { lexicon.standsFor(id) }

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
