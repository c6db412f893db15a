import StanceModel
import StanceTestSupport
import Testing

/// `StanceGraph.selecting(_:at:)`: each condition alone, then together, on the fictional actors.
@Suite("GraphSelection")
struct GraphSelectionTests {
    private let d = Fixtures.date

    static let claims = SelectionFixture.claims
    static let graph = SelectionFixture.graph
    static let day = SelectionFixture.day

    func selected(_ selection: GraphSelection, at dates: [TimePoint] = [day]) throws -> SelectedGraph {
        try Self.graph.selecting(selection, at: dates)
    }

    @Test("an empty selection keeps every claim")
    func empty() throws {
        let result = try selected(GraphSelection())
        #expect(GraphSelection().isEmpty)
        #expect(result.claimPositions == Array(0..<6))
        #expect(result.graph.claims.count == 6)
        #expect(result.shownActors == 4, "northern-league's stance ended before the day")
        #expect(result.leftOut == 0)
    }

    @Test("--topic keeps the claims on the topic")
    func topic() throws {
        #expect(try selected(GraphSelection(topic: "bases")).claimPositions == [2])
        #expect(try selected(GraphSelection(topic: "trade")).claimPositions == [5])
    }

    @Test("--kind keeps the claims between actors of the kinds")
    func kinds() throws {
        #expect(try selected(GraphSelection(kinds: [.state])).claimPositions == [0, 1])
        #expect(try selected(GraphSelection(kinds: [.state, .armedGroup])).claimPositions == [0, 1, 5])
        #expect(try selected(GraphSelection(kinds: [.person])).claimPositions.isEmpty)
    }

    @Test("--source-outlet compares outlets ignoring case and outer spaces")
    func outlet() throws {
        #expect(try selected(GraphSelection(outlet: "FICTIONAL TIMES")).claimPositions == [0, 3])
        #expect(try selected(GraphSelection(outlet: "Nobody")).claimPositions.isEmpty)
    }

    @Test("--min-confidence keeps claims at or above it")
    func confidence() throws {
        #expect(try selected(GraphSelection(minimumConfidence: 0.6)).claimPositions == [0, 2, 3, 4, 5])
    }

    @Test("--min-evidence counts the distinct documents behind the claims in force on a key")
    func minimumEvidence() throws {
        let result = try selected(GraphSelection(minimumEvidence: 2))
        #expect(result.claimPositions == [0, 1], "avalon → borduria has two documents")
        #expect(result.graph.snapshot(at: Self.day).entries.map(\.key) == [ClaimKey(source: "avalon", target: "borduria")])
        // Before doc-2's claim starts, the key has one document.
        let early = [
            SelectionFixture.claim("avalon", "borduria", document: "doc-1", until: "2026-01-01"),
            SelectionFixture.claim("avalon", "borduria", document: "doc-2", from: "2025-06-01"),
        ]
        let graph = Fixtures.graph(early)
        #expect(try graph.selecting(GraphSelection(minimumEvidence: 2), at: [Self.day]).claimPositions.isEmpty)
        #expect(try graph.selecting(GraphSelection(minimumEvidence: 2), at: [d("2025-07-01")]).claimPositions == [0, 1])
        #expect(try graph.selecting(GraphSelection(minimumEvidence: 2), at: []).claimPositions == [0, 1], "no date: every claim of the key")
        // Two claims from one document are one document.
        let same = Fixtures.graph([Self.claims[0], SelectionFixture.claim("avalon", "borduria", .allied, document: "doc-1")])
        #expect(try same.selecting(GraphSelection(minimumEvidence: 2), at: [Self.day]).claimPositions.isEmpty)
    }

    @Test("--focus keeps the actor's neighbourhood at the date, --depth widens it")
    func focus() throws {
        let one = try selected(GraphSelection(focus: "avalon"))
        #expect(one.claimPositions == [0, 1, 2], "borduria and green-front; not red-brigade's stances")
        let two = try selected(GraphSelection(focus: "avalon", depth: 2))
        #expect(two.claimPositions == [0, 1, 2, 3, 5])
        let zero = try selected(GraphSelection(focus: "avalon", depth: 0))
        #expect(zero.claimPositions.isEmpty)
        // northern-league's only stance ended before the day: alone in its neighbourhood.
        #expect(try selected(GraphSelection(focus: "northern-league")).claimPositions.isEmpty)
        #expect(try selected(GraphSelection(focus: "northern-league"), at: [d("2024-03-01")]).claimPositions == [4])
    }

    @Test("an unknown focus or topic is an error naming it, with ids like it")
    func unknownIDs() throws {
        #expect(throws: ModelError.noSuchActor("avalom", nearest: ["avalon"])) {
            try selected(GraphSelection(focus: "avalom"))
        }
        #expect(throws: ModelError.noSuchActor("red", nearest: ["red-brigade"])) {
            try selected(GraphSelection(focus: "red"))
        }
        let error = ModelError.noSuchActor("avalom", nearest: ["avalon"])
        #expect(error.errorDescription == "no actor 'avalom' in the graph; did you mean 'avalon'?")
        #expect(throws: ModelError.noSuchTopic("base", nearest: ["bases"])) { try selected(GraphSelection(topic: "base")) }
        #expect(ModelError.noSuchActor("zzz", nearest: []).errorDescription == "no actor 'zzz' in the graph")
    }

    @Test("--top keeps the actors with the most documents behind their stances")
    func top() throws {
        // Degrees at the day: avalon 2 + 1, borduria 2 + 1, green-front 1 + 1, red-brigade 1 + 1.
        let result = try selected(GraphSelection(top: 2))
        #expect(result.claimPositions == [0, 1])
        #expect(result.candidateActors == 4)
        #expect(result.shownActors == 2)
        #expect(result.leftOut == 2)
        // Ties go by id: green-front before red-brigade.
        let three = try selected(GraphSelection(top: 3))
        #expect(three.claimPositions == [0, 1, 2])
        #expect(try selected(GraphSelection(top: 10)).leftOut == 0)
    }

    @Test("conditions combine; a shift's two dates both count")
    func combined() throws {
        let result = try selected(GraphSelection(focus: "red-brigade", kinds: [.state, .armedGroup, .coalition]))
        #expect(result.claimPositions == [5])
        let both = try selected(GraphSelection(focus: "red-brigade"), at: [d("2024-03-01"), Self.day])
        #expect(both.claimPositions == [3, 4, 5])
    }
}
