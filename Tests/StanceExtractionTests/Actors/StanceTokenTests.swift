import Testing
@testable import StanceExtraction

@Suite struct StanceTokenTests {
    func words(_ text: String) -> [String] {
        StanceTokenizer.tokens(of: text).map { ActorMatcher.slice(text, $0.start, $0.end) }
    }

    @Test func dottedAbbreviationsAreOneToken() {
        #expect(words("the U.S.-led coalition") == ["the", "U.S.", "-", "led", "coalition"])
        let tokens = StanceTokenizer.tokens(of: "U.S. US")
        #expect(tokens[0].exact == tokens[1].exact)
    }

    @Test func possessiveIsItsOwnToken() {
        #expect(words("Iraq’s leadership") == ["Iraq", "’s", "leadership"])
        #expect(words("Iraq's") == ["Iraq", "'s"])
        #expect(StanceTokenizer.tokens(of: "Iraq’s")[1].isPossessive)
        #expect(words("don't O'Brien") == ["don't", "O'Brien"])
    }

    @Test func sentenceEndDotIsPunctuation() {
        #expect(words("in Iraq. A plan A.") == ["in", "Iraq", ".", "A", "plan", "A", "."])
    }

    @Test func arabicAndNumbers() {
        let tokens = StanceTokenizer.tokens(of: "حيدر العبادي said 2,000")
        #expect(tokens.count == 6)
        #expect(tokens[0].kind == .word)
        #expect(tokens[3].kind == .number)
    }

    @Test func offsetsAreInTheWholeText() {
        let text = "ab cd ef"
        let range = text.index(text.startIndex, offsetBy: 3)..<text.endIndex
        let tokens = StanceTokenizer.tokens(in: text, range: range)
        #expect(tokens.map(\.start) == [3, 6])
    }

    @Test func hashesIgnoreCaseAndDots() {
        #expect(TokenHash.of("U.S.") == TokenHash.of("us"))
        #expect(StanceTokenizer.tokens(of: "Support")[0].lower == TokenHash.of("support"))
    }
}
