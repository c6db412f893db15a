import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct TimeResolverRelativeTests {
    func first(_ text: String) -> TimeMention? { TimeFixtures.mentions(text).first }

    @Test func relativeToAFridayPublication() {
        let cases: [(String, String)] = [
            ("It acted last year.", "2024"), ("It acts this year.", "2025"), ("It acted last month.", "2024-12"),
            ("It acted last week.", "2025-01"), ("It acted yesterday.", "2025-01-30"), ("It acted on Monday.", "2025-01-27"),
            ("It acted on Friday.", "2025-01-31"), ("It acted two years ago.", "2023"), ("It acted 18 months ago.", "2023-07"),
            ("It acted a decade ago.", "2015"), ("It acted three weeks ago.", "2025-01"), ("It acted five days ago.", "2025-01-26"),
            ("It acted earlier this month.", "2025-01"), ("It acts next year.", "2026"),
        ]
        for (text, expected) in cases {
            #expect(first(text)?.point?.description == expected, "\(text)")
        }
    }

    @Test func presentPastAndFutureMarkers() {
        for text in ["Now it backs them.", "It currently backs them.", "At the present time it backs them.", "At present it backs them.", "Today it backs them.", "It recently backed them."] {
            #expect(first(text)?.kind == .present, "\(text)")
        }
        for text in ["Initially it opposed them.", "It previously opposed them.", "Earlier, it opposed them.", "It used to oppose them.", "It formerly opposed them.", "At first it opposed them."] {
            #expect(first(text)?.kind == .past, "\(text)")
        }
        for text in ["It plans to leave.", "In the months to come it leaves.", "It will leave.", "It is expected to leave.", "It leaves next year."] {
            #expect(first(text)?.kind == .future, "\(text)")
        }
    }

    @Test func adjectivesAreNotTenseMarkers() {
        #expect(TimeFixtures.mentions("Their earlier beliefs changed.").isEmpty)
    }

    @Test func weekdaysNeedAFullDate() {
        let resolver = TimeResolver(events: EventLexicon(), published: TimePoint(year: 2025, month: 1)!)
        #expect(TimeFixtures.mentions("It acted on Monday.", resolver: resolver).isEmpty)
        #expect(TimeFixtures.mentions("It acted last month.", resolver: resolver).first?.point == TimePoint(year: 2024, month: 12))
    }

    @Test func relativePhrasesTakeTheirPreposition() {
        let m = TimeFixtures.mentions("Since last year it backs them.")
        #expect(m.first?.relation == .from)
        #expect(m.first?.phrase == "Since last year")
    }
}
