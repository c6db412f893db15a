import StanceExtraction
import StanceModel

extension ExtractionResult {
    /// The result without its claims whose confidence (the highest of their evidence) is below
    /// `minimum`, and without the actors, topics and candidate actors only those claims named.
    ///
    /// Actors are kept as the extractor lists them: every actor a kept claim names (source, target,
    /// speaker), with the actors they are members of, transitively. Events are the article's and stay.
    func keeping(minimumConfidence minimum: Double) -> ExtractionResult {
        guard minimum > 0, claims.contains(where: { $0.confidence < minimum }) else { return self }
        var result = self
        let kept = claims.indices.filter { claims[$0].confidence >= minimum }
        result.claims = kept.map { claims[$0] }
        if keys.count == claims.count { result.keys = kept.map { keys[$0] } }
        let byID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var named = Set<ActorID>()
        var pending = result.claims.flatMap { claim in
            [claim.source, claim.target] + claim.evidence.compactMap(\.speakerActor)
        }
        while let id = pending.popLast() {
            guard named.insert(id).inserted else { continue }
            pending += byID[id]?.memberships.map(\.parent) ?? []
        }
        result.actors = actors.filter { named.contains($0.id) }
        let topics = Set(result.claims.compactMap(\.topic))
        result.topics = self.topics.filter { topics.contains($0.id) }
        let sources = Set(result.claims.map(\.source))
        result.candidates = candidates.filter { sources.contains($0.id) }
        return result
    }
}
