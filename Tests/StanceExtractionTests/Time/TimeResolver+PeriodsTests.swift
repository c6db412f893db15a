import StanceModel
import Testing

@testable import StanceExtraction

/// Decades, "over the past decade" and undated origins, against the fixtures' 2025-01-31.
@Suite struct TimeResolverPeriodsTests {
    func span(_ text: String) -> ResolvedTime { TimeFixtures.valid(text) }

    @Test func decadesAreYearsAtTheirEdges() {
        #expect(span("Avalon has opposed Borduria since the 1980s.").span.description == "1980 – open")
        #expect(span("Avalon has opposed Borduria since the 1980s.").phrase == "since the 1980s")
        #expect(span("Avalon backed Borduria in the 2000s.").span.description == "2000 – 2009")
        #expect(span("Avalon backed Borduria in the late 2000s.").span.description == "2007 – 2009")
        #expect(span("Avalon backed Borduria in the early 1990s.").span.description == "1990 – 1993")
        #expect(span("Avalon backed Borduria in the mid-1990s.").span.description == "1993 – 1996")
        #expect(span("Avalon backed Borduria in the 1990's.").span.description == "1990 – 1999")
        #expect(span("Avalon backed Borduria until the late 1990s.").span.description == "open – 1999")
    }

    @Test func numbersThatAreNotDecadesAreLeftAlone() {
        #expect(TimeFixtures.mentions("Avalon sent 1980 soldiers and 2000s of rifles.").allSatisfy { $0.kind != .date || $0.phrase.hasSuffix("0s") == false })
        #expect(TimeFixtures.mentions("The 1985s model failed.").isEmpty)
    }

    @Test func aPastPeriodRunsFromItsStartUntilNow() {
        #expect(span("Avalon has supported Borduria over the past decade.").span.description == "2015 – open")
        #expect(span("Avalon has supported Borduria over the past decade.").phrase == "over the past decade")
        #expect(span("Avalon has armed Borduria in the last two years.").span.description == "2023 – open")
        #expect(span("Avalon has courted Borduria for the past three months.").span.description == "2024-10 – open")
        #expect(span("Avalon has courted Borduria in the past few years.").span.description == "2022 – open")
        #expect(span("Avalon has courted Borduria during the last 18 months.").span.description == "2023-07 – open")
    }

    @Test func inThePastAloneIsStillAPastMarker() {
        let t = span("In the past, Avalon backed Borduria.")
        #expect(t.isPast)
        #expect(t.phrase == "In the past")
    }

    @Test func anUndatedOriginLeavesTheStartOpen() {
        let t = span("Avalon has backed the Green Front since its founding.")
        #expect(t.span == .always)
        #expect(t.phrase == "since its founding")
        #expect(span("Avalon has backed the Green Front since their rise.").span == .always)
        // With a date of its own, the origin is that date.
        #expect(span("Avalon has backed the Green Front since the start of 2019.").span.description == "2019 – open")
    }

    @Test func aLengthUpToNowStartsThatLongAgo() {
        #expect(span("For more than a month, Avalon had blocked the bid.").span.description == "2024-12 – open")
        #expect(span("Avalon has shelled Vell for nearly two years.").span.description == "2023 – open")
        // A bare length may be a plan, not a period up to now.
        #expect(span("Avalon will back Vell for two years.").phrase == nil)
    }

    @Test func longHeldStancesHaveAnOpenStart() {
        #expect(span("The Green Front, a party that has long opposed Borduria, spoke.").span == .always)
        #expect(span("The Green Front, a party that has long opposed Borduria, spoke.").phrase == "long")
        #expect(span("Vell, Avalon's longtime ally, spoke.").span == .always)
        #expect(span("Avalon fought a long war with Borduria.").phrase == nil)
        // A dated phrase wins over the open start.
        #expect(span("Avalon's longtime ally Vell broke with it in 2019.").span.description == "2019")
    }

    @Test func overnightIsThePublicationDay() {
        #expect(span("Avalonian jets struck Vell overnight.").span.description == "2025-01-31 – open")
        #expect(span("Avalonian jets struck Vell overnight.").phrase == "overnight")
    }
}
