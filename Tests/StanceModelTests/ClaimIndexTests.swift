import StanceTestSupport
import Testing

@testable import StanceModel

@Suite("ClaimIndex")
struct ClaimIndexTests {
    private let d = Fixtures.date
    /// `claim(source, target, topic, stance, from, until, published, confidence, quote)`.
    private let claim = Fixtures.claim

    private var claims: [StanceClaim] {
        [
            claim("borduria", "avalon", nil, .allied, "2024", nil, "2024-01-02", 1, "q"),  // 0
            claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, "2023-10-08", 1, "q"),  // 1
            claim("avalon", "borduria", "trade", .supports, "2022", "2022", nil, 0.5, "q"),  // 2
            claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, "2024-12-09", 1, "q"),  // 3
            claim("avalon", "borduria", nil, .hostile, nil, nil, nil, 1, "q"),  // 4
            claim("avalon", "borduria", nil, .neutral, "2023-10-07", "2023-12", "2023-10-09", 1, "q"),  // 5
        ]
    }

    private var index: ClaimIndex { Fixtures.graph(claims).index }

    @Test func keysAreDistinctAndSorted() {
        #expect(
            index.keys.map(\.description) == ["avalon → borduria", "avalon → borduria on trade", "borduria → avalon"])
        #expect(index.actorIDs == ["avalon", "borduria", "green-front", "northern-league", "red-brigade"])
        #expect(index.keySource == [0, 0, 1])
        #expect(index.keyTarget == [1, 1, 0])
    }

    @Test func claimsOfAKeyAreOrderedByStartThenPosition() {
        let index = index
        #expect(index.keyStart == [0, 4, 5, 6])
        #expect(index.order == [4, 1, 5, 3, 2, 0])
    }

    @Test func perClaimDaysAndRankingData() {
        let index = index
        #expect(index.start[0] == Int32(d("2024-01-01").firstDay))
        #expect(index.start[4] == ClaimIndex.open.lowerBound)
        #expect(index.end[2] == Int32(d("2023-01-01").firstDay))
        #expect(index.end[5] == Int32(d("2024-01-01").firstDay))
        #expect(index.published[2] == ClaimIndex.open.lowerBound)
        #expect(index.published[3] == Int32(d("2024-12-09").firstDay))
        #expect(index.confidence[2] == 0.5)
    }

    @Test func openEndsRunUntilTheNextLaterStartOnTheKey() {
        let index = index
        // The open-start claim runs until the first dated start; the two claims of 2023-10-07
        // (one open, one closed) do not cut each other; the last open claim stays open.
        #expect(index.end[4] == Int32(d("2023-10-07").firstDay))
        #expect(index.end[1] == Int32(d("2024-12-08").firstDay))
        #expect(index.end[3] == ClaimIndex.open.upperBound)
        #expect(index.end[0] == ClaimIndex.open.upperBound)
    }

    @Test func outranksByStartThenPublicationThenConfidence() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, "2024-01-01", nil, "2024-05-01", 0.5, "q"),  // 0
            claim("avalon", "borduria", nil, .allied, "2024-01-02", nil, "2024-01-02", 0.1, "q"),  // 1
            claim("avalon", "borduria", nil, .allied, "2024-01-01", nil, "2024-05-02", 0.1, "q"),  // 2
            claim("avalon", "borduria", nil, .allied, "2024-01-01", nil, "2024-05-01", 0.6, "q"),  // 3
            claim("avalon", "borduria", nil, .hostile, "2024-01-01", nil, "2024-05-01", 0.5, "q"),  // 4
        ])
        let index = graph.index
        #expect(index.outranks(1, 0) == true)
        #expect(index.outranks(0, 1) == false)
        #expect(index.outranks(2, 0) == true)
        #expect(index.outranks(3, 0) == true)
        #expect(index.outranks(0, 3) == false)
        #expect(index.outranks(0, 4) == nil)
        #expect(index.outranks(4, 0) == nil)
    }

    @Test func resolveFindsTheWinnerAndOptionallyItsTies() throws {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, "2024", nil, "2024-05-01", 1, "q"),
            claim("avalon", "borduria", nil, .hostile, "2024", nil, "2024-05-01", 1, "q"),
            claim("avalon", "borduria", nil, .hostile, "2024", nil, "2024-05-01", 1, "q"),
        ])
        let day = Int32(d("2024-06-01").firstDay)
        let withTies = try #require(graph.index.resolve(key: 0, day: day, withTies: true))
        #expect(withTies.winner == 0 && withTies.ties == [1, 2])
        let without = try #require(graph.index.resolve(key: 0, day: day, withTies: false))
        #expect(without.winner == 0 && without.ties.isEmpty)
        #expect(graph.index.resolve(key: 0, day: Int32(d("2023-12-31").firstDay), withTies: true) == nil)
    }

    @Test func clampKeepsDaysInsideTheOpenBounds() {
        #expect(ClaimIndex.clamp(0) == 0)
        #expect(ClaimIndex.clamp(Int.max) == ClaimIndex.open.upperBound - 1)
        #expect(ClaimIndex.clamp(Int.min) == ClaimIndex.open.lowerBound + 1)
    }

    @Test func emptyGraphHasAnEmptyIndex() throws {
        let index = try StanceGraph().index
        #expect(index.keys.isEmpty && index.order.isEmpty)
        #expect(index.keyStart == [0])
    }
}
