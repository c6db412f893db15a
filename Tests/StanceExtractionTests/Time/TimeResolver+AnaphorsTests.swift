import StanceModel
import Testing

@testable import StanceExtraction

/// "since then", "at the time", "until then": times taken from an earlier phrase.
@Suite struct TimeResolverAnaphorsTests {
    let resolver = TimeFixtures.resolver()

    /// The valid time of the last sentence of `text` (sentences split at ". ").
    func lastSentence(_ text: String) -> ResolvedTime {
        let start = text.range(of: ". ", options: .backwards).map { text.index($0.lowerBound, offsetBy: 2) } ?? text.startIndex
        return resolver.validTime(in: text, sentence: start..<text.endIndex)
    }

    @Test func sinceThenTakesThePreviousSentencesTime() {
        let t = lastSentence("In 2014, Borduria seized Vell. Since then, Avalon has opposed Borduria.")
        #expect(t.span.description == "2014 – open")
        #expect(t.phrase == "Since then")
        let event = lastSentence("Avalon welcomed the coup in Avalon. Borduria has shunned Avalon since then.")
        #expect(event.span.description == "2024-12-08 – open")
    }

    @Test func theLatestPhraseOfThePreviousSentenceIsTheAntecedent() {
        let t = lastSentence("Borduria left Vell in 2003 and returned in March 2016. Since then, Avalon has opposed it.")
        #expect(t.span.description == "2016-03 – open")
    }

    @Test func anEarlierPhraseInTheSentenceComesFirst() {
        let text = "Borduria seized Vell in 2014, and since then Avalon has opposed it."
        #expect(TimeFixtures.valid(text).span.description == "2014 – open")
    }

    @Test func atTheTimeIsPastAtTheAntecedent() {
        let t = lastSentence("Borduria invaded Vell in March 2016. At the time, Avalon backed the invasion.")
        #expect(t.span.description.hasPrefix("2016-03"))
        #expect(t.isPast)
        let untilThen = lastSentence("Borduria invaded Vell in 2016. Until then, Avalon had backed Borduria.")
        #expect(untilThen.span.description == "open – 2016")
    }

    @Test func withoutAnAntecedentNothingIsInvented() {
        let t = lastSentence("Borduria invaded Vell. Since then, Avalon has opposed it.")
        #expect(t.span.description == "2025-01-31 – open")
        #expect(TimeFixtures.mentions("Since then, Avalon has opposed it.").first?.point == nil)
    }

    @Test func atTheTimeOfAnEventIsTheEvent() {
        let t = TimeFixtures.valid("Avalon backed Borduria at the time of the Harbor raid.")
        #expect(t.span.description.hasPrefix("2023-10-07"))
        #expect(!t.isPast)
    }

    @Test func thePreviousSentenceIsFoundAcrossAParagraphBreak() {
        let text = "Borduria seized Vell in 2014.\n\nSince then, Avalon has opposed it."
        let start = text.range(of: "Since")!.lowerBound
        #expect(resolver.validTime(in: text, sentence: start..<text.endIndex).span.description == "2014 – open")
    }
}
