import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct TimeResolverTests {
    func dates(_ text: String) -> [String] {
        TimeFixtures.mentions(text).filter { $0.kind == .date }.map { "\($0.phrase)=\($0.point?.description ?? "-")" }
    }

    @Test func absoluteDates() {
        #expect(dates("It began October 7, 2023 and 7 October 2023 and Oct. 7, 2023 and 2023-10-07.") == [
            "October 7, 2023=2023-10-07", "7 October 2023=2023-10-07", "Oct. 7, 2023=2023-10-07", "2023-10-07=2023-10-07",
        ])
        #expect(dates("Talks ended by September 2024, resumed in March, and stopped in 2003.") == [
            "by September 2024=2024-09", "in March=2024-03", "in 2003=2003",
        ])
        #expect(dates("It happened in January.") == ["in January=2025-01"])
        #expect(dates("On Oct. 7 the raid came.") == ["On Oct. 7=2024-10-07"])
    }

    @Test func yearlessDatesTakeTheirYearFromContext() {
        #expect(dates("It fell on October 8 last year.") == ["on October 8 last year=2024-10-08"])
        #expect(dates("It began in May last year.") == ["in May last year=2024-05"])
        #expect(dates("It began in March 2021 and ended in May.") == ["in March 2021=2021-03", "in May=2021-05"])
        #expect(dates("It ended in May.") == ["in May=2024-05"])
    }

    @Test func rangesOfYears() {
        #expect(dates("It held between 2003 and 2005.") == ["2003=2003", "2005=2005"])
    }

    @Test func numbersThatAreNotYears() {
        // Only the decade is a time ("the 1990s": from 1990; see TimeResolverPeriodsTests).
        #expect(dates("Some 2,000 troops and 1500 tanks stayed in the 1990s, and 2003 troops left.") == ["in the 1990s=1990"])
        #expect(dates("They may come. March on!").isEmpty)
    }

    @Test func relationsFromPrepositions() {
        let m = TimeFixtures.mentions("Since 2014 it fought; before 2020 it won; until March 2021 it stayed; in mid-2022 it left.")
        #expect(m.map(\.relation) == [.from, .until, .until, .at])
        #expect(m.map(\.phrase) == ["Since 2014", "before 2020", "until March 2021", "in mid-2022"])
        #expect(m.last?.point == TimePoint(year: 2022))
    }

    @Test func aFutureDeadlineIsAFutureMarker() {
        let m = TimeFixtures.mentions("They agreed to leave by September 2025.")
        #expect(m.count == 1)
        #expect(m.first?.kind == .future)
        #expect(m.first?.point == TimePoint(year: 2025, month: 9))
    }

    @Test func rangesPointAtThePhrase() {
        let text = "Avalon, last year, backed Borduria."
        let m = TimeFixtures.mentions(text)
        #expect(m.count == 1)
        #expect(m.first.map { String(text[$0.range]) } == "last year")
    }

    @Test func mentionsInASubrangeOnly() {
        let text = "In 2003 it began. In 2010 it ended."
        let second = text.range(of: "In 2010 it ended.")!
        let m = TimeFixtures.resolver().mentions(in: text, range: second)
        #expect(m.map(\.phrase) == ["In 2010"])
        #expect(text[m[0].range] == "In 2010")
    }
}
