import StanceModel
import StanceTestSupport
import Testing

/// The indexed graph against `ReferenceModel`, on random graphs: a large synthetic one, and small
/// dense ones full of coarse dates, open starts and ties.
@Suite("Snapshot against a reference implementation")
struct ReferenceModelTests {
    /// The large graph and its reference, built once for the tests that share them.
    private static let synthetic = SyntheticGraph.make(claims: 20_000, actors: 500)
    private static let syntheticReference = ReferenceModel(Array(synthetic.claims))

    /// Days worth checking for a set of claims: every start, end and the days either side.
    private static func boundaryDays(of claims: [StanceClaim], positions: some Sequence<Int>) -> Set<Int> {
        var days = Set<Int>()
        for i in positions {
            let span = claims[i].validTime
            for day in [span.start?.firstDay, span.end.map { $0.last.firstDay + 1 }].compactMap({ $0 }) {
                days.formUnion([day - 1, day, day + 1])
            }
        }
        return days
    }

    @Test func syntheticGraphOf20000ClaimsMatchesTheReference() {
        let (graph, reference) = (Self.synthetic, Self.syntheticReference)
        #expect(graph.claims.count == 20_000)
        var random = SeededRandom(seed: 7)
        let first = Fixtures.date("1999-06-01").firstDay
        let last = Fixtures.date("2027-06-01").firstDay
        var days = Set((0..<20).map { _ in first + Int(random.next() % UInt64(last - first)) })
        days.formUnion(
            Self.boundaryDays(
                of: Array(graph.claims), positions: (0..<10).map { _ in Int(random.next() % UInt64(graph.claims.count)) }))
        var problems: [String] = []
        var entries = 0
        for day in days.sorted() {
            problems += reference.mismatches(in: graph, on: day)
            entries += graph.snapshot(at: TimePoint(dayNumber: day)).entries.count
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(entries > 10_000, "the snapshots should not be trivially empty")
    }

    @Test func syntheticGraphInForceAndEffectiveSpansMatchTheReference() {
        let (graph, reference) = (Self.synthetic, Self.syntheticReference)
        var wrongSpans: [Int] = []
        for i in graph.claims.indices {
            let span = graph.effectiveSpan(ofClaimAt: i)
            if span.start != graph.claims[i].validTime.start || span.endDay != reference.stopDay(i) {
                wrongSpans.append(i)
            }
        }
        #expect(wrongSpans.isEmpty, "claims \(wrongSpans.prefix(10))")
        var wrongInForce: [String] = []
        for day in ["2003-03-03", "2012-12-12", "2024-12-08"].map({ Fixtures.date($0).firstDay }) {
            for i in graph.claims.indices
            where graph.isInForce(claimAt: i, at: TimePoint(dayNumber: day)) != reference.holds(i, on: day) {
                wrongInForce.append("#\(i) on \(TimePoint(dayNumber: day))")
            }
        }
        #expect(wrongInForce.isEmpty, "\(wrongInForce.prefix(10))")
    }

    @Test func syntheticGraphShiftMatchesTheReference() {
        let (graph, reference) = (Self.synthetic, Self.syntheticReference)
        let (from, to) = (Fixtures.date("2015-06-01"), Fixtures.date("2024-12-08"))
        let shift = graph.shift(from: from, to: to)
        let before = reference.snapshot(on: from.firstDay)
        let after = reference.snapshot(on: to.firstDay)
        let keys = Set(before.keys).union(after.keys).sorted()
        #expect(shift.entries.map { $0.key } == keys)
        var problems: [String] = []
        for entry in shift.entries {
            let expectedBefore = before[entry.key].map { graph.claims[$0.winner].stance }
            let expectedAfter = after[entry.key].map { graph.claims[$0.winner].stance }
            if entry.kind != ReferenceModel.kind(before: expectedBefore, after: expectedAfter)
                || entry.before?.claimIndex != before[entry.key]?.winner
                || entry.after?.claimIndex != after[entry.key]?.winner
            {
                problems.append("\(entry.key): \(entry.kind)")
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(Set(shift.entries.map { $0.kind }) == Set(ShiftKind.allCases))
    }

    // MARK: Small dense graphs

    /// Claims among three fictional actors on three keys' worth of topics, with coarse and fine
    /// dates, open starts and ends, few publication dates and confidences: many ties and overlaps.
    static func denseClaims(seed: UInt64, count: Int) -> [StanceClaim] {
        var random = SeededRandom(seed: seed)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        func point(fromYear low: Int, toYear high: Int) -> TimePoint {
            let year = low + below(high - low + 1)
            switch below(3) {
            case 0: return TimePoint(year: year)!
            case 1: return TimePoint(year: year, month: 1 + below(12))!
            default: return TimePoint(year: year, month: 1 + below(12), day: 1 + below(28))!
            }
        }
        let actors: [ActorID] = ["avalon", "borduria", "red-brigade"]
        let topics: [TopicID?] = [nil, "bases", "trade"]
        let publications: [String?] = [nil, "2022", "2022-06", "2022-06-01", "2022-06-15", "2025-01-31"]
        var claims: [StanceClaim] = []
        while claims.count < count {
            let source = actors[below(3)]
            let target = actors[(actors.firstIndex(of: source)! + 1 + below(2)) % 3]
            let start = below(10) == 0 ? nil : point(fromYear: 2019, toYear: 2024)
            var end: TimePoint?
            if below(2) == 0 { end = point(fromYear: start?.year ?? 2018, toYear: (start?.year ?? 2018) + 2) }
            guard let span = TimeSpan(from: start, until: end) else { continue }
            let evidence = (0..<below(3)).map { n in
                Fixtures.evidence(
                    "claim \(claims.count) evidence \(n)", published: publications[below(publications.count)],
                    confidence: [0.5, 1.0][below(2)])
            }
            claims.append(
                StanceClaim(
                    source: source, target: target, topic: topics[below(3)],
                    stance: Stance(StanceLevel.allCases[below(5)]), validTime: span, evidence: evidence))
        }
        return claims
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func denseGraphMatchesTheReferenceOnEveryBoundary(seed: UInt64) {
        let claims = Self.denseClaims(seed: seed, count: 250)
        let graph = Fixtures.graph(claims)
        let reference = ReferenceModel(claims)
        var days = Self.boundaryDays(of: claims, positions: claims.indices)
        days.formUnion(
            stride(from: Fixtures.date("2017-12-25").firstDay, to: Fixtures.date("2027-01-10").firstDay, by: 11))
        days.formUnion([Fixtures.date("0001-01-01").firstDay, Fixtures.date("9999-12-31").firstDay])
        var problems: [String] = []
        var ties = 0
        for day in days.sorted() {
            problems += reference.mismatches(in: graph, on: day)
            ties += graph.snapshot(at: TimePoint(dayNumber: day)).entries.filter { !$0.ties.isEmpty }.count
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        #expect(ties > 0, "the dense graph should exercise ties")
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func denseGraphSpansAndTimelinesMatchTheReference(seed: UInt64) {
        let claims = Self.denseClaims(seed: seed, count: 250)
        let graph = Fixtures.graph(claims)
        let reference = ReferenceModel(claims)
        for i in claims.indices {
            #expect(graph.effectiveSpan(ofClaimAt: i).endDay == reference.stopDay(i), "#\(i)")
            #expect(graph.effectiveSpan(ofClaimAt: i).start == claims[i].validTime.start, "#\(i)")
        }
        for key in reference.claimsOfKey.keys {
            let timeline = graph.timeline(source: key.source, target: key.target, topic: key.topic)
            let expected = reference.claimsOfKey[key]!.filter { key.topic != nil || claims[$0].topic == nil }
            if key.topic != nil {
                let ordered = expected.sorted { (reference.rank($0).0, $0) < (reference.rank($1).0, $1) }
                #expect(timeline.segments.map(\.claimIndex) == ordered, "\(key)")
            } else {
                // Over all topics: every claim of the dyad, grouped by key in key order.
                let all = claims.indices.filter { claims[$0].source == key.source && claims[$0].target == key.target }
                #expect(Set(timeline.segments.map(\.claimIndex)) == Set(all), "\(key)")
                #expect(timeline.segments.map(\.key) == timeline.segments.map(\.key).sorted(), "\(key)")
            }
        }
    }
}
