import StanceExtraction
import StanceLLM
import StanceModel
import Testing

/// `--extractor both`: agreement raises confidence, a conflict keeps both claims and is flagged.
@Suite struct ClaimMergeTests {
    let article = LLMFixtures.article

    func claim(_ source: String, _ target: String, _ stance: Stance, range: Range<Int>, method: String, confidence: Double)
        -> StanceClaim
    {
        StanceClaim(
            source: ActorID(source), target: ActorID(target), stance: stance,
            evidence: [
                Evidence(
                    documentID: "fixture", quote: "q", characterRange: range, method: ExtractionMethod(rawValue: method),
                    confidence: confidence)
            ])
    }

    func result(_ claims: [StanceClaim], rule: RuleClass) -> ExtractionResult {
        ExtractionResult(
            article: article, claims: claims, keys: claims.map { RuleKey(rule: rule, polarity: $0.stance.score > 0 ? "+" : "-") })
    }

    @Test func agreementOnTheSameSentenceIsOneClaimWithBothEvidencesAndHigherConfidence() {
        let rules = result([claim("iran", "israel", .opposes, range: 0..<32, method: "rules@0.2", confidence: 0.5)], rule: .clause)
        let model = result([claim("iran", "israel", .hostile, range: 0..<32, method: "llm:m@v1", confidence: 0.6)], rule: .model)
        let merged = MergedExtraction(rules: rules, model: model)
        #expect(merged.result.claims.count == 1)
        #expect(merged.agreements == 1)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.result.claims[0].evidence.map(\.method.rawValue) == ["rules@0.2", "llm:m@v1"])
        #expect(abs(merged.result.claims[0].confidence - 0.8) < 1e-9)
        #expect(merged.result.keys.count == merged.result.claims.count)
    }

    @Test func agreementOnAnotherSentenceKeepsBothClaimsRaised() {
        let rules = result([claim("iran", "israel", .opposes, range: 0..<32, method: "rules@0.2", confidence: 0.5)], rule: .clause)
        let model = result([claim("iran", "israel", .opposes, range: 40..<60, method: "llm:m@v1", confidence: 0.6)], rule: .model)
        let merged = MergedExtraction(rules: rules, model: model)
        #expect(merged.result.claims.count == 2)
        #expect(merged.result.claims.allSatisfy { abs($0.confidence - 0.8) < 1e-9 })
    }

    @Test func oppositeSignsAreKeptAsTwoClaimsAndFlagged() {
        let rules = result([claim("iran", "israel", .supports, range: 0..<32, method: "rules@0.2", confidence: 0.5)], rule: .clause)
        let model = result([claim("iran", "israel", .opposes, range: 0..<32, method: "llm:m@v1", confidence: 0.6)], rule: .model)
        let merged = MergedExtraction(rules: rules, model: model)
        #expect(merged.result.claims.count == 2)
        #expect(merged.conflicts == [MergedExtraction.Conflict(source: "iran", target: "israel", rules: 0, model: 1)])
        #expect(merged.result.claims.map(\.confidence) == [0.5, 0.6])
        #expect(merged.result.keys.map(\.rule) == [.clause, .model])
    }
}
