import Testing

@testable import StanceExtraction

@Suite struct DateGrammarTests {
    func parse(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = WordTokenizer.tokens(bytes)
            guard let m = DateGrammar.shared.match(tokens, at: 0, bytes: bytes) else { return nil }
            let parts = [m.year.map(String.init) ?? "?", m.month.map(String.init) ?? "?", m.day.map(String.init) ?? "?"]
            return parts.joined(separator: "-") + (m.isBareMonth ? " month" : "") + (m.isBareYear ? " year" : "") + " /\(m.end)"
        }
    }

    @Test func fullDates() {
        #expect(parse("31 January 2025") == "2025-1-31 /3")
        #expect(parse("January 31, 2025") == "2025-1-31 /4")
        #expect(parse("Jan. 31 2025") == "2025-1-31 /4")
        #expect(parse("7th of October 2023") == "2023-10-7 /5")
        #expect(parse("2025-01-31") == "2025-1-31 /5")
        #expect(parse("31.01.2025") == "2025-1-31 /5")
        #expect(parse("31/01/2025") == "2025-1-31 /5")
        #expect(parse("01/31/2025") == "2025-1-31 /5")
    }

    @Test func partialDates() {
        #expect(parse("September 2025") == "2025-9-? /2")
        #expect(parse("October 7") == "?-10-7 /2")
        #expect(parse("March") == "?-3-? month /1")
        #expect(parse("2003") == "2003-?-? year /1")
        #expect(parse("2025-01") == "2025-1-? /3")
    }

    @Test func impossibleAmbiguousAndNonDates() {
        #expect(parse("30 February 2024") == nil)
        #expect(parse("2024-13-01") == nil)
        #expect(parse("03/04/2025") == nil)
        #expect(parse("1990s") == nil)
        #expect(parse("2,000") == nil)
        #expect(parse("may") == nil)
        #expect(parse("jan") == nil)
        #expect(parse("29 February 2024") == "2024-2-29 /3")
        #expect(parse("12345") == nil)
    }
}
