import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct TimeResolverEventTests {
    func events(_ text: String) -> [String] {
        TimeFixtures.mentions(text).compactMap { m in
            guard case .event(let id) = m.kind else { return nil }
            return "\(id)|\(m.phrase)|\(m.relation)"
        }
    }

    @Test func eventsWithTheirRelations() {
        #expect(events("After the coup in Avalon, it changed.") == ["avalon-coup|After the coup in Avalon|from"])
        #expect(events("Following the regime change in Avalon it changed.") == ["avalon-coup|Following the regime change in Avalon|from"])
        #expect(events("The post-Avalon-coup mood soured.") == ["avalon-coup|post-Avalon-coup|from"])
        #expect(events("Before the fall of Regent Mor, it waited.") == ["avalon-coup|Before the fall of Regent Mor|until"])
        #expect(events("It sat still during the Harbor raid.") == ["harbor-raid|during the Harbor raid|at"])
        #expect(events("In the wake of Mor’s ouster it moved.") == ["avalon-coup|In the wake of Mor’s ouster|from"])
        #expect(events("It moved ahead of the Harbor raid.") == ["harbor-raid|ahead of the Harbor raid|until"])
    }

    @Test func eventsAreCaseAndPunctuationTolerant() {
        #expect(events("the COUP IN AVALON shocked all") == ["avalon-coup|COUP IN AVALON|from"])
        #expect(events("Mor's ouster shocked all") == ["avalon-coup|Mor's ouster|from"])
        #expect(events("the Avalon-coup shocked all") == ["avalon-coup|Avalon-coup|from"])
    }

    @Test func aPrepositionFarBackStillCounts() {
        let m = TimeFixtures.mentions("especially after the tumultuous events surrounding the raid on Port Vell on October 7, 2023, and more")
        #expect(m.count == 1)
        #expect(m.first?.relation == .from)
        #expect(m.first?.phrase == "raid on Port Vell on October 7, 2023")
        #expect(m.first?.point == TimePoint(year: 2023, month: 10, day: 7))
    }

    @Test func theFramingEventIsTheLatestRecentOneInTheLead() throws {
        let text = "Avalon Rethinks Its Ties After the Avalon Coup\n31 January 2025\n\nFollowing the Harbor raid, things moved. The coup in Avalon changed more.\n\nLater the Bordurian invasion of Avalon was recalled.\n"
        let article = try ArticleReader.article(id: "a", text: text)
        #expect(TimeResolver.framingEvent(of: article, events: TimeFixtures.events())?.id == "avalon-coup")
        let old = try ArticleReader.article(id: "b", text: "A Headline Without Events\n31 January 2025\n\nThe Bordurian invasion of Avalon is recalled.\n")
        #expect(TimeResolver.framingEvent(of: old, events: TimeFixtures.events()) == nil)
        let future = try ArticleReader.article(id: "c", text: "Before the Avalon Coup\n1 December 2024\n\nThe coup in Avalon looms.\n")
        #expect(TimeResolver.framingEvent(of: future, events: TimeFixtures.events()) == nil)
    }
}
