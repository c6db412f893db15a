import StanceModel
import StanceTestSupport
import Testing

@Suite("actor networks")
struct ActorNetworkTests {
    /// Three holders a, b, c on targets x and y (topics t and u):
    ///
    ///         x·t   x·u   y     x (any topic)
    ///   a     +     -     +     {+, -}
    ///   b     +     +     -     {+}
    ///   c     -     0     +     {-}
    ///
    /// By target and topic, congruence: a–b on x·t (1); a–c on y (1); b–c nothing (x·t +/-, x·u +/0, y -/+).
    /// Conflict: a–b on x·u and y (2); a–c on x·t (1); b–c on x·t and y (2).
    /// By target, congruence: a–b on x (both +), a–c on x (both -) and y; b–c nothing.
    /// Conflict: a–b on x (a has -) and y; a–c on x (a has +); b–c on x and y.
    static let stances: [(key: ClaimKey, stance: Stance)] = [
        (ClaimKey(source: "a", target: "x", topic: "t"), .supports),
        (ClaimKey(source: "a", target: "x", topic: "u"), .opposes),
        (ClaimKey(source: "a", target: "y"), .allied),
        (ClaimKey(source: "b", target: "x", topic: "t"), .allied),
        (ClaimKey(source: "b", target: "x", topic: "u"), .supports),
        (ClaimKey(source: "b", target: "y"), .hostile),
        (ClaimKey(source: "c", target: "x", topic: "t"), .opposes),
        (ClaimKey(source: "c", target: "x", topic: "u"), .neutral),
        (ClaimKey(source: "c", target: "y"), .supports),
    ]

    static func weights(_ edges: [NetworkEdge]) -> [String] { edges.map { "\($0.first)-\($0.second): \($0.weight)" } }

    @Test("congruence and conflict by target and topic, on the hand-computed example")
    func targetTopic() {
        let congruence = ActorNetwork.edges(.congruence, of: Self.stances, by: .targetTopic)
        #expect(Self.weights(congruence) == ["a-b: 1", "a-c: 1"])
        #expect(congruence[0].concepts.map(\.description) == ["x [t]"])
        let conflict = ActorNetwork.edges(.conflict, of: Self.stances, by: .targetTopic)
        #expect(Self.weights(conflict) == ["a-b: 2", "a-c: 1", "b-c: 2"])
        #expect(conflict[0].concepts.map(\.description) == ["x [u]", "y"])
    }

    @Test("by target, an actor holding both signs toward a target agrees and disagrees with others on it")
    func target() {
        #expect(Self.weights(ActorNetwork.edges(.congruence, of: Self.stances, by: .target)) == ["a-b: 1", "a-c: 2"])
        #expect(Self.weights(ActorNetwork.edges(.conflict, of: Self.stances, by: .target)) == ["a-b: 2", "a-c: 1", "b-c: 2"])
    }

    @Test("the network of a graph uses the stances in force at the date, on one topic when asked")
    func graphNetwork() {
        let graph = Fixtures.graph([
            Fixtures.claim("avalon", "red-brigade", .hostile, from: "2024-01"),
            Fixtures.claim("borduria", "red-brigade", .opposes, from: "2024-01"),
            Fixtures.claim("green-front", "red-brigade", .supports, from: "2024-01", until: "2024-06"),
            Fixtures.claim("avalon", "northern-league", topic: "trade", .supports, from: "2024-01"),
            Fixtures.claim("borduria", "northern-league", topic: "trade", .opposes, from: "2024-01"),
        ])
        let early = graph.network(.conflict, at: Fixtures.date("2024-03-01"))
        #expect(Self.weights(early.edges) == ["avalon-borduria: 1", "avalon-green-front: 1", "borduria-green-front: 1"])
        #expect(early.holders == ["avalon", "borduria", "green-front"])
        let late = graph.network(.congruence, at: Fixtures.date("2024-08-01"))
        #expect(Self.weights(late.edges) == ["avalon-borduria: 1"])
        let trade = graph.network(.conflict, at: Fixtures.date("2024-08-01"), topic: "trade")
        #expect(Self.weights(trade.edges) == ["avalon-borduria: 1"])
        #expect(trade.edges[0].concepts == [NetworkConcept(target: "northern-league", topic: "trade")])
        #expect(graph.network(.congruence, at: Fixtures.date("2023-06-01")).edges.isEmpty)
    }
}
