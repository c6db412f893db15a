import StanceModel
import StanceTestSupport
import Testing

/// The core rule: per key, the claim in force at a day.
@Suite("Snapshot")
struct SnapshotTests {
    private let d = Fixtures.date
    /// `claim(source, target, topic, stance, from, until, published, confidence, quote)`.
    private let claim = Fixtures.claim

    private func entryFor(_ snapshot: Snapshot, _ source: ActorID, _ target: ActorID, topic: TopicID? = nil)
        -> SnapshotEntry?
    {
        snapshot.entries.first { $0.key == ClaimKey(source: source, target: target, topic: topic) }
    }

    // MARK: Open ends

    @Test(arguments: [false, true])
    func openEndIsSupersededByALaterClaimOnTheSameKey(addedInReverse: Bool) throws {
        let opposes = claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, "2023-10-08", 1, "A opposes.")
        let supports = claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, "2024-12-09", 1, "A supports.")
        let graph = Fixtures.graph(addedInReverse ? [supports, opposes] : [opposes, supports])

        #expect(graph.snapshot(at: d("2023-01-01")).entries.isEmpty)
        #expect(graph.snapshot(at: d("2023-10-06")).entries.isEmpty)
        for day in ["2023-10-07", "2024-01-01", "2024-12-07"] {
            let entry = try #require(entryFor(graph.snapshot(at: d(day)), "avalon", "borduria"), "\(day)")
            #expect(entry.stance == .opposes, "\(day)")
            #expect(entry.claim == opposes)
            #expect(entry.claimIndex == (addedInReverse ? 1 : 0))
            #expect(entry.ties.isEmpty)
        }
        for day in ["2024-12-08", "2024-12-09", "2025-06-01", "9999-12-31"] {
            let snapshot = graph.snapshot(at: d(day))
            #expect(snapshot.entries.count == 1)
            let entry = try #require(entryFor(snapshot, "avalon", "borduria"), "\(day)")
            #expect(entry.stance == .supports, "\(day)")
            #expect(entry.claimIndex == (addedInReverse ? 0 : 1))
            #expect(entry.evidence.map(\.quote) == ["A supports."])
        }
    }

    @Test func openEndIsNotSupersededByClaimsOnOtherKeys() throws {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, "2023-10-08", 1, "kept"),
            claim("borduria", "avalon", nil, .allied, "2024-01-01", nil, "2024-01-02", 1, "reverse dyad"),
            claim("avalon", "borduria", "trade", .supports, "2024-12-08", nil, "2024-12-09", 1, "topic"),
            claim("avalon", "red-brigade", nil, .hostile, "2025-01-01", nil, "2025-01-02", 1, "other target"),
            claim("green-front", "borduria", nil, .supports, "2025-02-01", nil, "2025-02-02", 1, "other source"),
        ])
        let snapshot = graph.snapshot(at: d("2026-01-01"))
        #expect(snapshot.entries.count == 5)
        let kept = try #require(entryFor(snapshot, "avalon", "borduria"))
        #expect(kept.stance == .opposes)
        #expect(kept.evidence.map(\.quote) == ["kept"])
        #expect(entryFor(snapshot, "avalon", "borduria", topic: "trade")?.stance == .supports)
        #expect(entryFor(snapshot, "borduria", "avalon")?.stance == .allied)
    }

    @Test func noTopicClaimDoesNotSupersedeATopicClaim() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", "bases", .hostile, "2020", nil, nil, 1, "bases"),
            claim("avalon", "borduria", nil, .allied, "2024", nil, nil, 1, "general"),
        ])
        let snapshot = graph.snapshot(at: d("2025-05-05"))
        #expect(entryFor(snapshot, "avalon", "borduria", topic: "bases")?.stance == .hostile)
        #expect(entryFor(snapshot, "avalon", "borduria")?.stance == .allied)
    }

    // MARK: Closed spans and precision

    @Test func nothingIsInForceAfterAClosedClaimEnds() {
        let graph = Fixtures.graph([claim("avalon", "borduria", nil, .hostile, "2024-01", "2024-06", nil, 1, "q")])
        #expect(graph.snapshot(at: d("2023-12-31")).entries.isEmpty)
        #expect(graph.snapshot(at: d("2024-01-01")).entries.first?.stance == .hostile)
        #expect(graph.snapshot(at: d("2024-06-30")).entries.first?.stance == .hostile)
        #expect(graph.snapshot(at: d("2024-07-01")).entries.isEmpty)
        #expect(graph.snapshot(at: d("2030-01-01")).entries.isEmpty)
    }

    @Test func aClosedClaimOutlivesALaterOpenOneOnlyWhereTheLaterIsNotInForce() {
        // B starts later, so it wins while both hold; A (closed, longer) is back once B has ended.
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .hostile, "2020", "2029", nil, 1, "A"),
            claim("avalon", "borduria", nil, .supports, "2022-01-01", "2022-12-31", nil, 1, "B"),
        ])
        #expect(graph.snapshot(at: d("2021-06-01")).entries.first?.stance == .hostile)
        #expect(graph.snapshot(at: d("2022-06-01")).entries.first?.stance == .supports)
        #expect(graph.snapshot(at: d("2023-01-01")).entries.first?.stance == .hostile)
        #expect(graph.snapshot(at: d("2030-01-01")).entries.isEmpty)
    }

    /// An open end runs until a later claim on the same key starts, even one that ends again:
    /// the open claim does not come back after it (the rule as DESIGN.md states it).
    @Test func anOpenEndStaysCutAfterALaterClosedClaimEnds() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .hostile, "2020", nil, nil, 1, "A"),
            claim("avalon", "borduria", nil, .supports, "2022-01-01", "2022-12-31", nil, 1, "B"),
        ])
        #expect(graph.snapshot(at: d("2021-12-31")).entries.first?.stance == .hostile)
        #expect(graph.snapshot(at: d("2022-12-31")).entries.first?.stance == .supports)
        #expect(graph.snapshot(at: d("2023-01-01")).entries.isEmpty)
    }

    @Test(arguments: [
        ("2024-01-01", true), ("2024-06-15", true), ("2024-12-31", true), ("2024-02-29", true),
        ("2023-12-31", false), ("2025-01-01", false),
    ])
    func yearPrecisionSpanIsInForceOnEveryDayOfTheYear(_ day: String, _ inForce: Bool) {
        let graph = Fixtures.graph([
            StanceClaim(
                source: "avalon", target: "borduria", stance: .allied, validTime: TimeSpan(d("2024")),
                evidence: [Fixtures.evidence("2024 only")])
        ])
        #expect(graph.snapshot(at: d(day)).entries.count == (inForce ? 1 : 0))
        #expect(graph.isInForce(claimAt: 0, at: d(day)) == inForce)
    }

    @Test func monthPrecisionPointUsesItsFirstDay() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .hostile, nil, "2024-11-30", nil, 1, "ends in November"),
            claim("avalon", "red-brigade", nil, .supports, "2024-12-01", nil, nil, 1, "starts December 1"),
            claim("avalon", "green-front", nil, .allied, "2024-12-08", nil, nil, 1, "starts December 8"),
        ])
        let snapshot = graph.snapshot(at: d("2024-12"))
        #expect(snapshot.date == d("2024-12-01"))
        #expect(snapshot.date.precision == .day)
        #expect(snapshot.entries.map(\.key.target) == ["red-brigade"])
        #expect(graph.snapshot(at: d("2024")).date == d("2024-01-01"))
        #expect(graph.snapshot(at: d("2024")).entries.map(\.key.target) == ["borduria"])
    }

    @Test func snapshotDateIsTheDayAskedFor() {
        let graph = Fixtures.graph([])
        #expect(graph.snapshot(at: d("2024-12-07")).date == d("2024-12-07"))
        #expect(graph.snapshot(at: d("2024-12-07")).entries.isEmpty)
        #expect(graph.snapshot(at: d("2024-12-07")).actors.isEmpty)
    }

    // MARK: Open starts

    @Test func openStartClaimsHoldFromTheBeginning() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, nil, "2024-12-07", nil, 1, "always until the coup"),
            claim("borduria", "avalon", nil, .neutral, nil, nil, nil, 1, "always"),
        ])
        #expect(graph.snapshot(at: d("0001-01-01")).entries.count == 2)
        #expect(graph.snapshot(at: d("2024-12-07")).entries.count == 2)
        let after = graph.snapshot(at: d("2024-12-08"))
        #expect(after.entries.map(\.key) == [ClaimKey(source: "borduria", target: "avalon")])
        #expect(graph.snapshot(at: d("9999-12-31")).entries.count == 1)
    }

    @Test func openStartOpenEndIsSupersededByAnyDatedClaim() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, nil, nil, "2025-06-01", 1, "timeless"),
            claim("avalon", "borduria", nil, .hostile, "2024-12-08", nil, "2024-12-08", 0.1, "after the coup"),
        ])
        #expect(graph.snapshot(at: d("2024-12-07")).entries.first?.stance == .allied)
        // The dated claim starts later, so it wins despite its earlier publication and lower confidence.
        #expect(graph.snapshot(at: d("2024-12-08")).entries.first?.stance == .hostile)
        #expect(graph.effectiveSpan(ofClaimAt: 0) == Fixtures.span(nil, "2024-12-07"))
    }

    @Test func twoOpenStartClaimsRankByPublication() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, nil, nil, "2024-01-01", 1, "older report"),
            claim("avalon", "borduria", nil, .opposes, nil, nil, "2024-02-01", 0.5, "newer report"),
        ])
        let entry = graph.snapshot(at: d("2000")).entries.first
        #expect(entry?.stance == .opposes)
        #expect(entry?.ties.isEmpty == true)
    }

    // MARK: Ranking

    @Test func latestStartWinsOverPublicationAndConfidence() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, "2020-01-01", "2030", "2025-06-01", 1, "early start"),
            claim("avalon", "borduria", nil, .hostile, "2021-01-01", "2030", "2021-01-01", 0.1, "late start"),
        ])
        #expect(graph.snapshot(at: d("2020-12-31")).entries.first?.stance == .allied)
        let entry = graph.snapshot(at: d("2022-01-01")).entries.first
        #expect(entry?.stance == .hostile)
        #expect(entry?.ties.isEmpty == true)
    }

    @Test func finerStartInsideACoarserOneIsLater() {
        // "2024" starts on 2024-01-01, so "2024-06" starts later and wins from June.
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, "2024", "2024", "2025-01-01", 1, "the whole year"),
            claim("avalon", "borduria", nil, .opposes, "2024-06", "2024", "2024-07-01", 1, "from June"),
        ])
        #expect(graph.snapshot(at: d("2024-05-31")).entries.first?.stance == .allied)
        #expect(graph.snapshot(at: d("2024-06-01")).entries.first?.stance == .opposes)
        #expect(graph.snapshot(at: d("2024-12-31")).entries.first?.stance == .opposes)
    }

    @Test(arguments: [false, true])
    func sameStartThenLatestPublicationWins(addedInReverse: Bool) {
        let older = claim("avalon", "borduria", nil, .allied, "2024-03-01", nil, "2024-03-02", 1, "older")
        let newer = claim("avalon", "borduria", nil, .opposes, "2024-03-01", nil, "2024-04-02", 0.2, "newer")
        let graph = Fixtures.graph(addedInReverse ? [newer, older] : [older, newer])
        let entry = graph.snapshot(at: d("2024-05-01")).entries.first
        #expect(entry?.claim == newer)
        #expect(entry?.ties.isEmpty == true)
        #expect(entry?.evidence.map(\.quote) == ["newer"])
    }

    @Test func claimWithAPublicationOutranksOneWithout() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .allied, "2024-03-01", nil, nil, 1, "undated"),
            claim("avalon", "borduria", nil, .opposes, "2024-03-01", nil, "1990-01-01", 0.1, "dated"),
        ])
        #expect(graph.snapshot(at: d("2024-05-01")).entries.first?.stance == .opposes)
    }

    @Test func latestPublicationAmongAClaimsEvidenceCounts() {
        let two = StanceClaim(
            source: "avalon", target: "borduria", stance: .allied, validTime: Fixtures.span("2024", nil),
            evidence: [
                Fixtures.evidence("first report", published: "2024-01-05"),
                Fixtures.evidence("follow-up", published: "2024-09-01"),
            ])
        let one = claim("avalon", "borduria", nil, .hostile, "2024", nil, "2024-05-01", 1, "one report")
        let graph = Fixtures.graph([one, two])
        #expect(graph.snapshot(at: d("2024-10-01")).entries.first?.claim == two)
    }

    @Test(arguments: [false, true])
    func sameStartAndPublicationThenHighestConfidenceWins(addedInReverse: Bool) {
        let unsure = claim("avalon", "borduria", nil, .allied, "2024-03-01", nil, "2024-04-02", 0.6, "unsure")
        let sure = claim("avalon", "borduria", nil, .opposes, "2024-03-01", nil, "2024-04-02", 0.9, "sure")
        let graph = Fixtures.graph(addedInReverse ? [sure, unsure] : [unsure, sure])
        let entry = graph.snapshot(at: d("2024-05-01")).entries.first
        #expect(entry?.claim == sure)
        #expect(entry?.ties.isEmpty == true)
    }

    // MARK: Ties

    @Test(arguments: [Stance.opposes, .supports])
    func equalRankClaimsAreKeptAsTiesWithTheEarlierAddedLeading(_ secondStance: Stance) throws {
        let first = claim(
            "avalon", "borduria", nil, .supports, "2024-12-08", nil, "2024-12-09", 0.8, "First says supports.")
        let second = claim(
            "avalon", "borduria", nil, secondStance, "2024-12-08", nil, "2024-12-09", 0.8, "Second says so.")
        let graph = Fixtures.graph([first, second])
        let snapshot = graph.snapshot(at: d("2025-01-01"))
        #expect(snapshot.entries.count == 1)
        let entry = try #require(snapshot.entries.first)
        #expect(entry.claim == first)
        #expect(entry.claimIndex == 0)
        #expect(entry.stance == .supports)
        #expect(entry.ties == [second])
        #expect(entry.evidence.map(\.quote) == ["First says supports.", "Second says so."])
    }

    @Test func threeWayTieAmongOutrankedClaimsKeepsAllTiedInPositionOrder() throws {
        let claims = [
            claim("avalon", "borduria", nil, .hostile, "2024-12-08", nil, "2024-12-09", 0.5, "low confidence"),  // 0
            claim("avalon", "borduria", nil, .allied, "2024-12-08", nil, "2024-12-10", 0.7, "tie one"),  // 1
            claim("avalon", "borduria", nil, .neutral, "2024-12-08", nil, "2024-12-09", 0.9, "older publication"),  // 2
            claim("avalon", "borduria", nil, .opposes, "2024-12-08", nil, "2024-12-10", 0.7, "tie two"),  // 3
            claim("avalon", "borduria", nil, .hostile, "2024-12-01", nil, "2025-01-01", 1, "earlier start"),  // 4
            claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, "2024-12-10", 0.7, "tie three"),  // 5
            claim("avalon", "borduria", nil, .supports, "2024-12-08", "2024-12-08", "2024-12-11", 1, "ended"),  // 6
        ]
        let graph = Fixtures.graph(claims)
        let entry = try #require(graph.snapshot(at: d("2024-12-20")).entries.first)
        #expect(entry.claimIndex == 1)
        #expect(entry.stance == .allied)
        #expect(entry.ties == [claims[3], claims[5]])
        #expect(entry.evidence.map(\.quote) == ["tie one", "tie two", "tie three"])

        // On the day the closed claim still holds it outranks them all (latest publication).
        let onTheDay = try #require(graph.snapshot(at: d("2024-12-08")).entries.first)
        #expect(onTheDay.claimIndex == 6)
        #expect(onTheDay.ties.isEmpty)
    }

    @Test func identicalClaimsTie() throws {
        let one = claim("avalon", "borduria", nil, .supports, "2024", nil, "2024-02-02", 1, "Same quote.")
        let graph = Fixtures.graph([one, one])
        let entry = try #require(graph.snapshot(at: d("2024-06-01")).entries.first)
        #expect(entry.claimIndex == 0)
        #expect(entry.ties == [one])
        #expect(entry.evidence.count == 2)
    }

    @Test func tieAtAnEarlierStartIsDroppedOnceALaterClaimStarts() throws {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .supports, "2024-01-01", nil, "2024-01-02", 1, "tie A"),
            claim("avalon", "borduria", nil, .opposes, "2024-01-01", nil, "2024-01-02", 1, "tie B"),
            claim("avalon", "borduria", nil, .hostile, "2024-06-01", nil, "2024-06-02", 1, "later"),
        ])
        #expect(try #require(graph.snapshot(at: d("2024-05-31")).entries.first).ties.count == 1)
        let later = try #require(graph.snapshot(at: d("2024-06-01")).entries.first)
        #expect(later.stance == .hostile)
        #expect(later.ties.isEmpty)
        #expect(later.evidence.map(\.quote) == ["later"])
    }

    /// A confidence that is not a number must neither make a claim vanish nor make the winner
    /// depend on the order claims were added in.
    @Test(arguments: [false, true])
    func notANumberConfidenceRanksLowestAndTies(addedInReverse: Bool) throws {
        let unknown = claim("avalon", "borduria", nil, .allied, "2024", nil, "2024-02-02", .nan, "NaN")
        let half = claim("avalon", "borduria", nil, .hostile, "2024", nil, "2024-02-02", 0.5, "half")
        let ranked = Fixtures.graph(addedInReverse ? [half, unknown] : [unknown, half])
        #expect(try #require(ranked.snapshot(at: d("2024-06-01")).entries.first).claim == half)

        let other = claim("avalon", "borduria", nil, .neutral, "2024", nil, "2024-02-02", .nan, "NaN too")
        let tied = Fixtures.graph([unknown, other])
        let entry = try #require(tied.snapshot(at: d("2024-06-01")).entries.first)
        #expect(entry.claimIndex == 0)
        #expect(entry.evidence.map(\.quote) == ["NaN", "NaN too"])
    }

    // MARK: Keys, actors, topics

    @Test func samePairOnTwoTopicsAndNoTopicGivesSeparateEntries() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", "trade", .supports, "2024", nil, nil, 1, "trade"),
            claim("avalon", "borduria", nil, .opposes, "2024", nil, nil, 1, "overall"),
            claim("avalon", "borduria", "bases", .hostile, "2024", nil, nil, 1, "bases"),
        ])
        let snapshot = graph.snapshot(at: d("2024-06-01"))
        #expect(snapshot.entries.map(\.key.topic) == [nil, "bases", "trade"])
        #expect(snapshot.entries.map(\.stance) == [.opposes, .hostile, .supports])
        #expect(snapshot.entries.allSatisfy { $0.ties.isEmpty })
        #expect(snapshot.topics.map(\.id) == ["bases", "trade"])
    }

    @Test func entriesAreSortedByKeyAndActorsAndTopicsListedSorted() {
        let graph = Fixtures.graph([
            claim("red-brigade", "avalon", nil, .hostile, "2024", nil, nil, 1, "q"),
            claim("borduria", "avalon", "trade", .supports, "2024", nil, nil, 1, "q"),
            claim("avalon", "red-brigade", nil, .hostile, "2024", nil, nil, 1, "q"),
            claim("avalon", "borduria", nil, .opposes, "2024", nil, nil, 1, "q"),
            claim("green-front", "borduria", "bases", .opposes, "2030", nil, nil, 1, "not yet"),
        ])
        let snapshot = graph.snapshot(at: d("2025"))
        #expect(
            snapshot.entries.map(\.key.description) == [
                "avalon → borduria", "avalon → red-brigade", "borduria → avalon on trade", "red-brigade → avalon",
            ])
        // Only actors and topics of the entries: no green-front, northern-league or bases.
        #expect(snapshot.actors.map(\.id) == ["avalon", "borduria", "red-brigade"])
        #expect(snapshot.actors.map(\.name) == ["Avalon", "Borduria", "Red Brigade"])
        #expect(snapshot.topics.map(\.id) == ["trade"])
        #expect(snapshot.topics.map(\.label) == ["Trade treaty"])
    }
}
