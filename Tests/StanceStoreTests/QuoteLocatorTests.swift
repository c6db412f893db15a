import StanceStore
import Testing

@Suite("QuoteLocator")
struct QuoteLocatorTests {
    /// The original text in `range`, read back through the scalars.
    private func slice(_ text: String, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(text.unicodeScalars)[range])
        return String(view)
    }

    @Test func findsAnExactQuote() throws {
        let text = "Avalon said no. Borduria said yes."
        let range = try #require(QuoteLocator(text: text).range(of: "Borduria said yes."))
        #expect(range == 16..<34)
        #expect(slice(text, range) == "Borduria said yes.")
    }

    @Test func anyWhitespaceRunMatchesAnyOther() throws {
        let text = "The Green Front\n  will   not\taccept\r\nthe bases."
        let locator = QuoteLocator(text: text)
        let range = try #require(locator.range(of: "will not accept the\n bases"))
        #expect(slice(text, range) == "will   not\taccept\r\nthe bases")
        #expect(locator.text(in: range) == "will   not\taccept\r\nthe bases")
        #expect(locator.range(of: "willnot") == nil)
    }

    @Test func quoteMarksAreInterchangeable() throws {
        let text = "Borduria’s envoy said: “We ‘welcome’ it…” Avalon's \"reply\" followed."
        let locator = QuoteLocator(text: text)
        let envoy = try #require(locator.range(of: #"Borduria's envoy said: "We 'welcome' it...""#))
        #expect(slice(text, envoy) == "Borduria’s envoy said: “We ‘welcome’ it…”")
        let reply = try #require(locator.range(of: "Avalon’s “reply”"))
        #expect(slice(text, reply) == "Avalon's \"reply\"")
        let ellipsis = try #require(locator.range(of: "it…"))
        #expect(slice(text, ellipsis) == "it…")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // 🌍 is one scalar (two UTF-16 units); é written as e + combining accent is two scalars.
        let text = "🌍 Cafe\u{301} talks: “Avalon agrees.”"
        let range = try #require(QuoteLocator(text: text).range(of: "Avalon agrees."))
        #expect(range == 16..<30)
        #expect(slice(text, range) == "Avalon agrees.")
    }

    @Test func firstOccurrenceWins() throws {
        let text = "Avalon objects. Then, again: Avalon  objects."
        #expect(QuoteLocator(text: text).range(of: "Avalon objects") == 0..<14)
    }

    @Test func surroundingWhitespaceOfTheQuoteIsIgnored() throws {
        let text = "Avalon objects to the bases."
        #expect(QuoteLocator(text: text).range(of: "\n  objects to  ") == 7..<17)
    }

    @Test func missingOrEmptyQuotesAreNotFound() {
        let locator = QuoteLocator(text: "Avalon objects.")
        #expect(locator.range(of: "Borduria objects") == nil)
        #expect(locator.range(of: "") == nil)
        #expect(locator.range(of: "   ") == nil)
        #expect(locator.range(of: "Avalon objects. And more.") == nil)
        #expect(QuoteLocator(text: "").range(of: "x") == nil)
    }

    @Test func repetitivePatternsAreFound() throws {
        // A pattern whose prefix repeats exercises the failure table of the search.
        let text = "aabaabaaabaabaaab end"
        #expect(QuoteLocator(text: text).range(of: "aabaaab") == 3..<10)
        #expect(QuoteLocator(text: text).range(of: "aab end") == 14..<21)
    }
}
