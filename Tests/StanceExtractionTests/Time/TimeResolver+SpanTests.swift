import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct TimeResolverSpanTests {
    func span(_ text: String, framing: String? = "avalon-coup") -> ResolvedTime {
        TimeFixtures.valid(text, resolver: TimeFixtures.resolver(framing: framing))
    }

    @Test func lastYearWithADeadlineStartsLastYear() {
        let t = span("Last year, Avalon and Borduria agreed to end the mission by September 2025.")
        #expect(t.span.description == "2024 – open")
        #expect(t.phrase == "Last year")
        #expect(!t.isPast && !t.isHedgedFuture)
    }

    @Test func initiallyAfterAnEventIsPastFromTheEvent() {
        let t = span("Initially, the Green Front opposed Borduria, especially after the tumultuous events surrounding the raid on Port Vell on October 7, 2023.")
        #expect(t.span.description == "2023-10-07 – open")
        #expect(t.isPast)
        #expect(t.phrase == "Initially ... raid on Port Vell on October 7, 2023")
        let dateOnly = span("Initially, the Green Front opposed Borduria, especially since October 7, 2023.")
        #expect(dateOnly.span.description == "2023-10-07 – open")
    }

    @Test func nowDatesFromTheFramingEvent() {
        let t = span("Leaders are now advocating for Bordurian troops.")
        #expect(t.span.description == "2024-12-08 – open")
        #expect(t.phrase == "now")
        #expect(span("Leaders are now advocating for Bordurian troops.", framing: nil).span.description == "2025-01-31 – open")
        #expect(span("Leaders back Bordurian troops.").span.description == "2024-12-08 – open")
        #expect(span("Leaders back Bordurian troops.").phrase == nil)
    }

    @Test func historicalYearsCloseTheSpan() {
        #expect(span("Borduria attacked Avalon in 2003.").span.description == "2003")
        #expect(span("Borduria backed Avalon from 2003.").span.description == "2003 – open")
        #expect(span("Borduria has backed Avalon since 2014.").span.description == "2014 – open")
    }

    @Test func anEventWithItsDateWrittenHeldThen() {
        #expect(span("It recalled the Bordurian invasion of Avalon in 2003.").span.description == "2003")
        #expect(span("It recalled the chaos after the Bordurian invasion of Avalon in 2003.").span.description == "2003-03-20 – open")
        #expect(span("The raid on Port Vell on October 7, 2023 shocked Avalon.").span.description == "2023-10-07 – open")
    }

    @Test func untilGivesAnEnd() {
        let t = span("Borduria backed Avalon from 2010 until March 2020.")
        #expect(t.span.description == "2010 – 2020-03")
        #expect(span("Borduria backed Avalon until the coup in Avalon.").span.description == "open – 2024-12-08")
    }

    @Test func hedgedFuture() {
        #expect(span("Avalon plans to back Borduria in the months to come.").isHedgedFuture)
        #expect(!span("Avalon will not want Bordurian forces to leave.").isHedgedFuture)
    }

    @Test func aClauseLimitsTheScope() {
        let text = "In 2003 Borduria invaded, but now it backs Avalon."
        let clause = text.range(of: "now it backs Avalon")!
        let t = TimeFixtures.resolver(framing: "avalon-coup").validTime(in: text, sentence: text.startIndex..<text.endIndex, clause: clause)
        #expect(t.span.description == "2024-12-08 – open")
    }

    @Test func presentWinsOverAnAdjectivalPast() {
        let t = span("Leaders now doubt what they previously believed.")
        #expect(!t.isPast)
    }
}

@Suite struct TimeResolverClauseTests {
    let text = "Avalon backed Borduria until 2019, but since last year it has opposed it."
    var resolver: TimeResolver { TimeFixtures.resolver(framing: "avalon-coup") }

    @Test func eachClauseHasItsOwnTime() {
        let whole = text.startIndex..<text.endIndex
        let first = text.range(of: "Avalon backed Borduria until 2019")!
        let second = text.range(of: "since last year it has opposed it")!
        #expect(resolver.validTime(in: text, sentence: whole, clause: first).span.description == "open – 2019")
        #expect(resolver.validTime(in: text, sentence: whole, clause: first).phrase == "until 2019")
        #expect(resolver.validTime(in: text, sentence: whole, clause: second).span.description == "2024 – open")
        #expect(resolver.validTime(in: text, sentence: whole, clause: second).phrase == "since last year")
    }

    @Test func theWholeSentenceDropsAnEndBeforeItsStart() {
        let t = resolver.validTime(in: text, sentence: text.startIndex..<text.endIndex)
        #expect(t.span.description == "2024 – open")
        #expect(t.phrase == "since last year")
    }

    @Test func aClauseWithoutAPhraseTakesNothingFromTheOther() {
        let text = "Avalon attacked Vell in 2003, and it now backs Borduria."
        let clause = text.range(of: "it now backs Borduria")!
        let t = resolver.validTime(in: text, sentence: text.startIndex..<text.endIndex, clause: clause)
        #expect(t.span.description == "2024-12-08 – open")
    }
}
