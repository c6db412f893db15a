import Foundation
import StanceExtraction
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("keeping claims by confidence")
struct ExtractionResultConfidenceTests {
    /// Avalon → Borduria at 0.9 (and 0.3), Green Front (in Avalon) → Red Brigade at 0.4 on bases.
    static func result() throws -> ExtractionResult {
        let article = try ArticleReader.article(id: "doc-1", text: "A text.", published: Fixtures.date("2025-01-31"))
        var strong = Fixtures.claim("avalon", "borduria", .opposes, from: "2024", confidence: 0.3)
        strong.evidence.append(Fixtures.evidence("Another quote.", confidence: 0.9))
        let weak = Fixtures.claim("green-front", "red-brigade", topic: "bases", .hostile, from: "2024", confidence: 0.4)
        let actors = Fixtures.actors.filter { ["avalon", "borduria", "green-front", "red-brigade"].contains($0.id) }
        return ExtractionResult(
            article: article, actors: actors, topics: [Fixtures.topics[0]], events: Fixtures.events,
            claims: [strong, weak],
            candidates: [CandidateActor(name: "Green Front", id: "green-front", count: 2, firstSentence: article.text.startIndex..<article.text.endIndex)])
    }

    @Test("a claim counts by its most confident evidence; what only dropped claims named goes too")
    func result() throws {
        let all = try Self.result()
        let kept = all.keeping(minimumConfidence: 0.5)
        #expect(kept.claims.map(\.source) == ["avalon"])
        #expect(kept.actors.map(\.id) == ["avalon", "borduria"])
        #expect(kept.topics.isEmpty)
        #expect(kept.candidates.isEmpty)
        #expect(kept.events == all.events)

        let low = all.keeping(minimumConfidence: 0.4)
        #expect(low.claims.count == 2, "a claim at exactly the minimum is kept")
        #expect(low.actors.map(\.id) == all.actors.map(\.id))
        #expect(all.keeping(minimumConfidence: 0).claims == all.claims)
        #expect(all.keeping(minimumConfidence: 1).claims.isEmpty)
    }

    @Test("a kept claim keeps the actors its actors are members of")
    func parentsStay() throws {
        var result = try Self.result()
        result.claims[0].evidence = [Fixtures.evidence("Low.", confidence: 0.05)]
        let kept = result.keeping(minimumConfidence: 0.1)
        #expect(kept.claims.map(\.source) == ["green-front"])
        #expect(kept.actors.map(\.id) == ["avalon", "green-front", "red-brigade"], "Avalon, Green Front's parent, stays")
        #expect(kept.topics.map(\.id) == ["bases"])
        #expect(kept.candidates.map(\.id) == ["green-front"])
    }

    @Test("the graph keeps every actor but only the claims at or above the minimum")
    func graph() throws {
        let graph = Fixtures.graph(try Self.result().claims)
        let kept = try graph.keeping(minimumConfidence: 0.5)
        #expect(kept.claims.map(\.source) == ["avalon"])
        #expect(kept.actors == graph.actors)
        #expect(kept.events == graph.events)
        #expect(try graph.keeping(minimumConfidence: 0).claims == graph.claims)
        #expect(try graph.keeping(minimumConfidence: 0.4).claims.count == 2)
    }
}
