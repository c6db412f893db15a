import StanceModel
import StanceTestSupport
import Testing

@Suite("contradictions")
struct ContradictionsTests {
    static func claim(_ stance: Stance, from: String?, until: String? = nil, document: String, topic: TopicID? = "bases") -> StanceClaim {
        StanceClaim(
            source: "green-front", target: "borduria", topic: topic, stance: stance,
            validTime: Fixtures.span(from, until), evidence: [Fixtures.evidence("Q \(document)", document: document)])
    }

    @Test("opposite signs, overlapping spans, different documents: a contradiction with the overlap")
    func found() {
        let graph = Fixtures.graph([
            Self.claim(.supports, from: "2024-01", until: "2024-06", document: "a"),
            Self.claim(.hostile, from: "2024-03-15", until: "2024-12", document: "b"),
        ])
        let found = graph.contradictions()
        #expect(found.count == 1)
        #expect(found.first?.first == 0 && found.first?.second == 1)
        #expect(found.first?.overlap == Fixtures.span("2024-03-15", "2024-06"))
    }

    @Test("no contradiction: same sign, same document, neutral, other topic, or a change over time")
    func notFound() {
        let graph = Fixtures.graph([
            Self.claim(.supports, from: "2024", document: "a"),
            Self.claim(.allied, from: "2024", document: "b"),
            Self.claim(.opposes, from: "2024", document: "a"),
            Self.claim(.neutral, from: "2024", document: "c"),
            Self.claim(.opposes, from: "2024", document: "d", topic: "trade"),
        ])
        // b (allied) against a's opposes claim (document a): different documents, so one pair.
        #expect(graph.contradictions().map { [$0.first, $0.second] } == [[1, 2]])
        let changed = Fixtures.graph([
            Self.claim(.opposes, from: "2023-10-07", document: "a"),
            Self.claim(.supports, from: "2024-12-08", document: "b"),
        ])
        #expect(changed.contradictions().isEmpty, "the first claim's open end closes where the second starts")
    }
}
