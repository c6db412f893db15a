import StanceModel
import StanceTestSupport
import Testing

@Suite("Timeline")
struct TimelineTests {
    private let d = Fixtures.date
    /// `claim(source, target, topic, stance, from, until, published, confidence, quote)`.
    private let claim = Fixtures.claim

    private var graph: StanceGraph {
        Fixtures.graph([
            claim("avalon", "borduria", "trade", .supports, "2021", nil, nil, 1, "trade 2021"),  // 0
            claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, nil, 1, "overall after"),  // 1
            claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, nil, 1, "overall before"),  // 2
            claim("avalon", "borduria", "bases", .hostile, "2022", "2023-06", nil, 1, "bases closed"),  // 3
            claim("borduria", "avalon", nil, .allied, "2020", nil, nil, 1, "reverse"),  // 4
            claim("avalon", "borduria", "trade", .opposes, "2024-03", nil, nil, 1, "trade 2024"),  // 5
            claim("avalon", "red-brigade", nil, .hostile, "2020", nil, nil, 1, "other target"),  // 6
            claim("avalon", "borduria", nil, .neutral, nil, "2019", nil, 1, "overall long ago"),  // 7
        ])
    }

    @Test func dyadOverAllTopicsIsOrderedByKeyThenStart() {
        let timeline = graph.timeline(source: "avalon", target: "borduria")
        #expect(timeline.source == "avalon" && timeline.target == "borduria" && timeline.topic == nil)
        #expect(timeline.segments.map(\.claimIndex) == [7, 2, 1, 3, 0, 5])
        #expect(timeline.segments.map(\.key.topic) == [nil, nil, nil, "bases", "trade", "trade"])
        #expect(
            timeline.segments.map { $0.claim.evidence[0].quote } == [
                "overall long ago", "overall before", "overall after", "bases closed", "trade 2021", "trade 2024",
            ])
    }

    @Test func dyadOnOneTopic() {
        let timeline = graph.timeline(source: "avalon", target: "borduria", topic: "trade")
        #expect(timeline.topic == "trade")
        #expect(timeline.segments.map(\.claimIndex) == [0, 5])
        #expect(
            timeline.segments.allSatisfy { $0.key == ClaimKey(source: "avalon", target: "borduria", topic: "trade") })
    }

    @Test func directionMatters() {
        #expect(graph.timeline(source: "borduria", target: "avalon").segments.map(\.claimIndex) == [4])
        #expect(graph.timeline(source: "borduria", target: "avalon", topic: "trade").segments.isEmpty)
        #expect(graph.timeline(source: "northern-league", target: "avalon").segments.isEmpty)
        #expect(graph.timeline(source: "nobody", target: "avalon").segments.isEmpty)
    }

    @Test func effectiveSpanClosesAnOpenEndTheDayBeforeTheNextStart() {
        let segments = graph.timeline(source: "avalon", target: "borduria").segments
        let spans = Dictionary(uniqueKeysWithValues: segments.map { ($0.claimIndex, $0.effectiveSpan) })
        #expect(spans[7] == Fixtures.span(nil, "2019"))  // closed: as given
        #expect(spans[2] == Fixtures.span("2023-10-07", "2024-12-07"))
        #expect(spans[1] == Fixtures.span("2024-12-08", nil))  // the last stays open
        #expect(spans[3] == Fixtures.span("2022", "2023-06"))
        #expect(spans[0] == Fixtures.span("2021", "2024-02-29"))  // the day before "2024-03"
        #expect(spans[5] == Fixtures.span("2024-03", nil))
        for segment in segments {
            #expect(segment.effectiveSpan == graph.effectiveSpan(ofClaimAt: segment.claimIndex))
            #expect(segment.claim.validTime.start == segment.effectiveSpan.start)
        }
    }

    @Test func effectiveSpanIsWhereTheClaimIsInForce() {
        let graph = graph
        for position in graph.claims.indices {
            let span = graph.effectiveSpan(ofClaimAt: position)
            for day in stride(from: d("2018-12-25").firstDay, to: d("2026-01-05").firstDay, by: 3) {
                let point = TimePoint(dayNumber: day)
                #expect(graph.isInForce(claimAt: position, at: point) == span.contains(point), "#\(position) \(point)")
            }
        }
    }

    @Test func sameStartOpenClaimsDoNotCloseEachOther() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .supports, "2024", nil, "2024-01-01", 1, "a"),
            claim("avalon", "borduria", nil, .opposes, "2024-01-01", nil, "2024-02-01", 1, "b"),
            claim("avalon", "borduria", nil, .allied, "2025", nil, "2025-01-01", 1, "c"),
        ])
        let segments = graph.timeline(source: "avalon", target: "borduria").segments
        #expect(segments.map(\.claimIndex) == [0, 1, 2])
        #expect(
            segments.map(\.effectiveSpan) == [
                Fixtures.span("2024", "2024-12-31"), Fixtures.span("2024-01-01", "2024-12-31"),
                Fixtures.span("2025", nil),
            ])
    }
}
