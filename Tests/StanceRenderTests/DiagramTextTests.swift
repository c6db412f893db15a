import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite struct DiagramTextTests {
    @Test func describesValidTime() {
        #expect(DiagramText.validTime(Fixtures.span("2024-12-08", nil)) == "since 2024-12-08")
        #expect(DiagramText.validTime(Fixtures.span("2003", "2003")) == "in 2003")
        #expect(DiagramText.validTime(Fixtures.span("2003", "2005-06")) == "from 2003 until 2005-06")
        #expect(DiagramText.validTime(Fixtures.span(nil, "2024-12-08")) == "until 2024-12-08")
        #expect(DiagramText.validTime(.always) == nil)
    }

    @Test func labelsEdgesWithStanceTimeAndTopic() {
        #expect(
            DiagramText.edgeLabel(stance: "supports", topic: "U.S. troop presence in Iraq", time: "since 2024-12-08")
                == "supports · since 2024-12-08\nU.S. troop presence in Iraq")
        #expect(DiagramText.edgeLabel(stance: "allied", topic: nil, time: nil) == "allied")
        let long = String(repeating: "t", count: 500)
        #expect(DiagramText.edgeLabel(stance: "a", topic: long, time: nil).count == 2 + DiagramStyle.topicLimit)
    }

    @Test func describesActors() {
        let actor = StanceActor(id: "is", name: "Islamic State", kind: .armedGroup, aliases: ["IS", "Daesh"])
        #expect(DiagramText.actorTooltip(actor) == "Islamic State — armed group\nid: is\nalso: IS, Daesh")
        let plain = StanceActor(id: "x", name: "X", kind: .person)
        #expect(DiagramText.actorTooltip(plain) == "X — person\nid: x")
    }

    @Test func quotesEvidenceWithSpeakerSourceAndTies() throws {
        var first = Fixtures.claim("avalon", "borduria", .supports, from: "2024", quote: "First.")
        first.evidence[0].speaker = "a spokesperson"
        let second = Fixtures.claim("avalon", "borduria", .supports, from: "2024", quote: "Second.")
        let third = Fixtures.claim("avalon", "borduria", .supports, from: "2024", quote: "Third.")
        let snapshot = Fixtures.graph([first, second, third]).snapshot(at: Fixtures.date("2024-06-01"))
        let entry = try #require(snapshot.entries.first)
        #expect(
            DiagramText.evidence(of: entry) == [
                "“First.”", "— a spokesperson", "Fictional Times, 2025-01-31: The Fictional Times report",
                "+2 tied claims",
            ])
    }

    @Test func countsOneTieInTheSingular() throws {
        let claims = ["A.", "B."].map { Fixtures.claim("avalon", "borduria", .opposes, from: "2024", quote: $0) }
        let entry = try #require(Fixtures.graph(claims).snapshot(at: Fixtures.date("2024-06-01")).entries.first)
        #expect(DiagramText.evidence(of: entry).last == "+1 tied claim")
    }

    @Test func capsLongQuotes() throws {
        let quote = String(repeating: "q", count: 20_000)
        let claim = Fixtures.claim("avalon", "borduria", .opposes, from: "2024", quote: quote)
        let entry = try #require(Fixtures.graph([claim]).snapshot(at: Fixtures.date("2024-06-01")).entries.first)
        let line = try #require(DiagramText.evidence(of: entry).first)
        #expect(line.count == DiagramStyle.quoteLimit + 2)
        #expect(line.hasSuffix("…”"))
    }

    @Test func linksOnlyToHTTPSources() throws {
        var claim = Fixtures.claim("avalon", "borduria", .opposes, from: "2024")
        claim.evidence[0].url = "javascript:alert(1)"
        claim.evidence.append(Fixtures.evidence("Other.", document: "doc-2"))
        let entry = try #require(Fixtures.graph([claim]).snapshot(at: Fixtures.date("2024-06-01")).entries.first)
        #expect(DiagramText.link(of: entry) == "https://example.org/doc-2")
        claim.evidence.removeLast()
        let bare = try #require(Fixtures.graph([claim]).snapshot(at: Fixtures.date("2024-06-01")).entries.first)
        #expect(DiagramText.link(of: bare) == nil)
    }

    @Test func titlesSnapshotsAndShifts() {
        let graph = RenderFixtures.coupGraph
        #expect(DiagramText.snapshotTitle(graph.snapshot(at: Fixtures.date("2024-12-07"))) == "Stances on 2024-12-07")
        #expect(
            DiagramText.shiftTitle(RenderFixtures.iraqShift)
                == "Shift from 2024-12-07 to 2025-01-31 — across the Fall of Assad (2024-12-08)")
        #expect(
            DiagramText.shiftTitle(RenderFixtures.coupShift)
                == "Shift from 2024-12-07 to 2025-01-31 — across The Coup (2024-12-08)")
        let plain = graph.shift(from: Fixtures.date("2024-01-01"), to: Fixtures.date("2025-01-01"))
        #expect(DiagramText.shiftTitle(plain) == "Shift from 2024-01-01 to 2025-01-01")
    }
}
