import StanceExtraction
import StanceModel

/// The rule extractor's and the model's claims on one article, merged (`--extractor both`).
public struct MergedExtraction: Sendable {
    /// Two claims on one dyad with opposite signs, one from each extractor: both are kept.
    public struct Conflict: Sendable, Hashable {
        public var source: ActorID
        public var target: ActorID
        /// Positions in `result.claims`: the rule's claim and the model's.
        public var rules: Int
        public var model: Int

        public init(source: ActorID, target: ActorID, rules: Int, model: Int) {
            self.source = source
            self.target = target
            self.rules = rules
            self.model = model
        }
    }

    public var result: ExtractionResult
    /// Claims both extractors found (same holder, target and sign).
    public var agreements: Int
    public var conflicts: [Conflict]
}

extension MergedExtraction {
    /// Merges `model` into `rules`.
    ///
    /// A model claim with the holder, target and sign of a rule claim is agreement: each such
    /// claim's confidence becomes 1 − (1 − r)(1 − m) (the chance that not both are wrong, were
    /// they independent); a model claim on the very sentence of the rule claim is folded into it
    /// as a second evidence. A model claim with the opposite sign is kept beside the rule claim
    /// and the pair listed in ``conflicts``. Other model claims are added as they are.
    public init(rules: ExtractionResult, model: ExtractionResult) {
        var merged = rules
        var keys = rules.keys.count == rules.claims.count ? rules.keys : []
        var agreements = 0
        var conflicts: [Conflict] = []
        func sign(_ claim: StanceClaim) -> Int { claim.stance.score > 0 ? 1 : (claim.stance.score < 0 ? -1 : 0) }
        for (index, claim) in model.claims.enumerated() {
            let key = model.keys.indices.contains(index) ? model.keys[index] : RuleKey(rule: .model, polarity: "")
            let agreeing = rules.claims.indices.filter {
                rules.claims[$0].source == claim.source && rules.claims[$0].target == claim.target
                    && sign(rules.claims[$0]) == sign(claim)
            }
            let opposing = rules.claims.indices.filter {
                rules.claims[$0].source == claim.source && rules.claims[$0].target == claim.target
                    && sign(rules.claims[$0]) * sign(claim) < 0
            }
            var claim = claim
            if !agreeing.isEmpty {
                agreements += 1
                let best = agreeing.map { rules.claims[$0].confidence }.max() ?? 0
                for i in agreeing { Self.raise(&merged.claims[i], with: claim.confidence) }
                let sameSentence = agreeing.first {
                    rules.claims[$0].evidence.first?.characterRange == claim.evidence.first?.characterRange
                }
                if let same = sameSentence {
                    var evidence = claim.evidence
                    for i in evidence.indices { evidence[i].confidence = merged.claims[same].confidence }
                    merged.claims[same].evidence += evidence
                    continue
                }
                Self.raise(&claim, with: best)
            }
            merged.claims.append(claim)
            if !keys.isEmpty { keys.append(key) }
            for i in opposing {
                conflicts.append(Conflict(source: claim.source, target: claim.target, rules: i, model: merged.claims.count - 1))
            }
        }
        merged.keys = keys
        let known = Set(merged.actors.map(\.id))
        merged.actors = (merged.actors + model.actors.filter { !known.contains($0.id) }).sorted { $0.id < $1.id }
        let topics = Set(merged.topics.map(\.id))
        merged.topics = (merged.topics + model.topics.filter { !topics.contains($0.id) }).sorted { $0.id < $1.id }
        result = merged
        self.agreements = agreements
        self.conflicts = conflicts
    }

    /// Every evidence of `claim` at 1 − (1 − c)(1 − other), where c is the claim's confidence.
    static func raise(_ claim: inout StanceClaim, with other: Double) {
        let combined = min(0.99, 1 - (1 - claim.confidence) * (1 - other))
        for i in claim.evidence.indices { claim.evidence[i].confidence = max(claim.evidence[i].confidence, combined) }
    }
}
