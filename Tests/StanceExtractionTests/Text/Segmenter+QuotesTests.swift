import Testing

@testable import StanceExtraction

@Suite struct SegmenterQuoteTests {
    func quotes(_ text: String) -> [[String]] {
        Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex).map { TextFixtures.strings($0.quotes, in: text) }
    }

    @Test func curlyAndStraightQuotes() {
        #expect(quotes("He said, “We stay.”") == [["We stay."]])
        #expect(quotes("He said, \"We stay,\" and left.") == [["We stay,"]])
        #expect(quotes("He said, ‘We stay,’ and left.") == [["We stay,"]])
        #expect(quotes("He said, 'We stay,' and left.") == [["We stay,"]])
        #expect(quotes("He said, «We stay» and left.") == [["We stay"]])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(quotes("Avalon’s army and the factions’ push don’t change Borduria's plans.") == [[]])
        #expect(quotes("It was the ’90s and the '80s.") == [[]])
    }

    @Test func nestedQuotesStayInsideTheOuterOne() {
        #expect(quotes("He said, “They called it ‘a betrayal’ today.”") == [["They called it ‘a betrayal’ today."]])
        #expect(quotes("He said, \"They called it 'a betrayal' today.\"") == [["They called it 'a betrayal' today."]])
    }

    @Test func aQuoteSpanningSentencesIsSharedOut() {
        let text = "“We stay. We are needed here,” the minister said."
        #expect(quotes(text) == [["We stay."], ["We are needed here,"]])
    }

    @Test func unbalancedQuotesCloseAtTheParagraphEnd() {
        #expect(quotes("He said, “We stay and fight\n\nNext paragraph here.") == [["We stay and fight"], []])
        #expect(quotes("We stay,” he said.") == [["We stay,"]])
        #expect(quotes("“““ ” ” ‘ ’ ’ \" ' \" '") .count == 1)
    }
}
