import StanceModel
import StanceTestSupport
import Testing

@Suite("StanceGraph")
struct StanceGraphTests {
    private let d = Fixtures.date
    /// `claim(source, target, topic, stance, from, until, published, confidence, quote)`.
    private let claim = Fixtures.claim

    @Test func initHoldsWhatItIsGiven() {
        let graph = Fixtures.graph([claim("avalon", "borduria", nil, .supports, "2024", nil, nil, 1, "q")])
        #expect(graph.actors.count == 5)
        #expect(
            graph.sortedActors.map(\.id) == ["avalon", "borduria", "green-front", "northern-league", "red-brigade"])
        #expect(graph.sortedTopics.map(\.id) == ["bases", "trade"])
        #expect(graph.events.map(\.id) == ["coup"])
        #expect(graph.claims.count == 1)
    }

    @Test func unknownSourceThrowsNamingItAndChangesNothing() throws {
        var graph = Fixtures.graph([claim("avalon", "borduria", nil, .supports, "2020", nil, nil, 1, "kept")])
        let before = graph.snapshot(at: d("2025"))
        let newcomer = StanceActor(id: "ruritania", name: "Ruritania", kind: .state)
        let topic = Topic(id: "fishing", label: "Fishing rights")
        let event = Event(id: "treaty", name: "Treaty", date: d("2025-03-01"))
        #expect(throws: ModelError.unknownActor("atlantis", inClaim: "#3 (atlantis → avalon)")) {
            try graph.add(
                actors: [newcomer], topics: [topic], events: [event],
                claims: [
                    claim("ruritania", "avalon", nil, .hostile, "2024", nil, nil, 1, "fine"),
                    claim("atlantis", "avalon", nil, .hostile, "2024", nil, nil, 1, "bad"),
                ])
        }
        #expect(graph.claims.count == 1)
        #expect(graph.actors["ruritania"] == nil)
        #expect(graph.topics["fishing"] == nil)
        #expect(graph.events.map(\.id) == ["coup"])
        #expect(graph.snapshot(at: d("2025")).entries.elementsEqual(before.entries))
    }

    @Test func unknownTargetThrowsNamingIt() {
        var graph = Fixtures.graph([])
        #expect(throws: ModelError.unknownActor("atlantis", inClaim: "#1 (avalon → atlantis on trade)")) {
            try graph.add(claims: [claim("avalon", "atlantis", "trade", .hostile, "2024", nil, nil, 1, "bad")])
        }
        #expect(graph.claims.isEmpty)
    }

    @Test func unknownTopicThrowsNamingIt() throws {
        var graph = Fixtures.graph([])
        let error = #expect(throws: ModelError.self) {
            try graph.add(claims: [claim("avalon", "borduria", "fishing", .hostile, "2024", nil, nil, 1, "bad")])
        }
        #expect(error == .unknownTopic("fishing", inClaim: "#1 (avalon → borduria on fishing)"))
        #expect(error?.errorDescription?.contains("'fishing'") == true)
        #expect(graph.claims.isEmpty)
    }

    @Test func initThrowsOnAnUnknownActor() {
        #expect(throws: ModelError.unknownActor("avalon", inClaim: "#1 (avalon → avalon)")) {
            _ = try StanceGraph(claims: [StanceClaim(source: "avalon", target: "avalon", stance: .allied)])
        }
    }

    @Test func claimsMayNameActorsAndTopicsAddedInTheSameCall() throws {
        var graph = try StanceGraph()
        try graph.add(
            actors: [StanceActor(id: "a", name: "A", kind: .party), StanceActor(id: "b", name: "B", kind: .party)],
            topics: [Topic(id: "t", label: "T")],
            claims: [StanceClaim(source: "a", target: "b", topic: "t", stance: .opposes)])
        #expect(graph.snapshot(at: d("2024")).entries.map(\.stance) == [.opposes])
    }

    @Test func addingTheSameActorTwiceMergesAliasesAndMemberships() throws {
        var graph = Fixtures.graph([])
        try graph.add(actors: [
            StanceActor(
                id: "avalon", name: "Republic of Avalon", kind: .government, aliases: ["Avalonian", "Camelot"],
                memberships: [Membership(parent: "northern-league")]),
            StanceActor(id: "avalon", name: "Avalon again", kind: .person, aliases: ["Camelot", "the Isle"]),
        ])
        let avalon = try #require(graph.actors["avalon"])
        #expect(avalon.name == "Avalon")
        #expect(avalon.kind == .state)
        #expect(avalon.aliases == ["Avalonian", "Camelot", "the Isle"])
        #expect(avalon.memberships == [Membership(parent: "northern-league")])
        try graph.add(actors: [
            StanceActor(id: "avalon", name: "x", kind: .state, memberships: [Membership(parent: "northern-league")])
        ])
        #expect(graph.actors["avalon"]?.memberships.count == 1)
        #expect(graph.actors.count == 5)
    }

    @Test func firstTopicAndEventWithAnIdAreKept() throws {
        var graph = Fixtures.graph([])
        try graph.add(
            topics: [Topic(id: "trade", label: "Something else")],
            events: [Event(id: "coup", name: "Another coup", date: d("1999-01-01"))])
        #expect(graph.topics["trade"]?.label == "Trade treaty")
        #expect(graph.events.count == 1)
        #expect(graph.events[0].date == d("2024-12-08"))
    }

    @Test func eventsAreOrderedByDateThenId() throws {
        var graph = Fixtures.graph([])
        try graph.add(events: [
            Event(id: "zeta", name: "Zeta", date: d("2024-12-08")),
            Event(id: "alpha", name: "Alpha", date: d("2024-12-08")),
            Event(id: "early", name: "Early", date: d("2020")),
            Event(id: "month", name: "Month", date: d("2024-12")),
        ])
        #expect(graph.events.map(\.id) == ["early", "month", "alpha", "coup", "zeta"])
    }

    @Test(arguments: ["coup", "Coup", "THE COUP", "the coup", "coup in avalon", "Coup In Avalon"])
    func eventNamedFindsByIdNameOrAliasIgnoringCase(_ name: String) throws {
        let graph = Fixtures.graph([])
        #expect(try graph.event(named: name).id == "coup")
    }

    @Test func eventNamedThrowsListingKnownEvents() throws {
        var graph = Fixtures.graph([])
        try graph.add(events: [Event(id: "treaty", name: "Treaty", date: d("2025-03-01"))])
        #expect(throws: ModelError.unknownEvent("invasion", known: ["coup", "treaty"])) {
            try graph.event(named: "invasion")
        }
        let empty = try StanceGraph()
        #expect(throws: ModelError.unknownEvent("coup", known: [])) { try empty.event(named: "coup") }
    }

    @Test func latestDateLooksAtStartsEndsAndPublications() throws {
        #expect(try StanceGraph().latestDate == nil)
        #expect(Fixtures.graph([StanceClaim(source: "avalon", target: "borduria", stance: .allied)]).latestDate == nil)
        #expect(
            Fixtures.graph([claim("avalon", "borduria", nil, .allied, "2024-12-08", nil, nil, 1, "q")]).latestDate
                == d("2024-12-08"))
        // A closed year end counts as its last day.
        #expect(
            Fixtures.graph([claim("avalon", "borduria", nil, .allied, "2020", "2025", "2021-01-01", 1, "q")]).latestDate
                == d("2025-12-31"))
        // A month-precision publication counts as its last day.
        #expect(
            Fixtures.graph([
                claim("avalon", "borduria", nil, .allied, "2020", "2024", "2026-02", 1, "q"),
                claim("avalon", "red-brigade", nil, .allied, "2025-06-01", nil, "2025-06-02", 1, "q"),
            ]).latestDate == d("2026-02-28"))
        #expect(
            Fixtures.graph([claim("avalon", "borduria", nil, .allied, nil, nil, "2023-03-03", 1, "q")]).latestDate
                == d("2023-03-03"))
    }

    @Test func mergeAddsEverythingTheOtherGraphHolds() throws {
        var first = Fixtures.graph([claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, nil, 1, "first")])
        var second = try StanceGraph(
            actors: [
                StanceActor(id: "avalon", name: "Avalon (2)", kind: .state, aliases: ["the Isle"]),
                StanceActor(id: "ruritania", name: "Ruritania", kind: .state),
            ],
            topics: [Topic(id: "fishing", label: "Fishing")],
            events: [Event(id: "treaty", name: "Treaty", date: d("2025-03-01"))],
            claims: [
                StanceClaim(
                    source: "avalon", target: "ruritania", topic: "fishing", stance: .supports,
                    validTime: Fixtures.span("2024", nil), evidence: [Fixtures.evidence("second")])
            ])
        try second.add(actors: [StanceActor(id: "borduria", name: "Borduria", kind: .state)])
        try second.add(claims: [
            claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, nil, 1, "second supersedes")
        ])
        try first.merge(second)
        #expect(first.claims.count == 3)
        #expect(first.actors["ruritania"]?.name == "Ruritania")
        #expect(first.actors["avalon"]?.name == "Avalon")
        #expect(first.actors["avalon"]?.aliases == ["Avalonian", "the Isle"])
        #expect(first.topics["fishing"] != nil)
        #expect(first.events.map(\.id) == ["coup", "treaty"])
        let snapshot = first.snapshot(at: d("2025"))
        #expect(snapshot.entries.map(\.key.description) == ["avalon → borduria", "avalon → ruritania on fishing"])
        #expect(snapshot.entries.map(\.stance) == [.supports, .supports])
        #expect(snapshot.entries.map(\.claimIndex) == [2, 1])
        #expect(first.snapshot(at: d("2024-12-07")).entries.first?.claimIndex == 0)
    }

    @Test func claimsAddedLaterAreIndexedWithTheEarlierOnes() throws {
        var graph = Fixtures.graph([claim("avalon", "borduria", nil, .opposes, "2023-10-07", nil, nil, 1, "old")])
        #expect(graph.effectiveSpan(ofClaimAt: 0) == Fixtures.span("2023-10-07", nil))
        #expect(graph.isInForce(claimAt: 0, at: d("2030")))
        try graph.add(claims: [claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, nil, 1, "new")])
        #expect(graph.effectiveSpan(ofClaimAt: 0) == Fixtures.span("2023-10-07", "2024-12-07"))
        #expect(graph.isInForce(claimAt: 0, at: d("2024-12-07")))
        #expect(!graph.isInForce(claimAt: 0, at: d("2024-12-08")))
        #expect(graph.isInForce(claimAt: 1, at: d("2024-12-08")))
        #expect(graph.snapshot(at: d("2030")).entries.map(\.claimIndex) == [1])
    }

    @Test func isInForceIgnoresRankingButNotSpans() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .hostile, "2020", "2029", nil, 1, "long"),
            claim("avalon", "borduria", nil, .allied, "2022", "2022", nil, 1, "short"),
        ])
        // Both hold in 2022 (the snapshot picks the later start); isInForce asks about spans alone.
        #expect(graph.isInForce(claimAt: 0, at: d("2022-06")))
        #expect(graph.isInForce(claimAt: 1, at: d("2022-06")))
        #expect(!graph.isInForce(claimAt: 1, at: d("2023")))
        #expect(!graph.isInForce(claimAt: 0, at: d("2030")))
        #expect(!graph.isInForce(claimAt: 0, at: d("2019-12-31")))
        #expect(graph.effectiveSpan(ofClaimAt: 0) == Fixtures.span("2020", "2029"))
    }

    @Test("earliestStart ignores open starts; documentIDs lists each document once")
    func earliestStartAndDocuments() {
        var late = Fixtures.claim("avalon", "borduria", .supports, from: "2024-03")
        late.evidence.append(Fixtures.evidence("Another.", document: "doc-2"))
        let graph = Fixtures.graph([
            Fixtures.claim("borduria", "avalon", .opposes, from: nil),
            late,
            Fixtures.claim("green-front", "borduria", .opposes, from: "2021"),
        ])
        #expect(graph.earliestStart == Fixtures.date("2021-01-01"))
        #expect(graph.documentIDs == ["doc-1", "doc-2"])
        #expect(Fixtures.graph([]).earliestStart == nil)
    }
}
