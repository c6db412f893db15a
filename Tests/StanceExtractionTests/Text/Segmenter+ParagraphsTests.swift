import Testing

@testable import StanceExtraction

@Suite struct SegmenterParagraphTests {
    func paragraphs(_ text: String) -> [Int] {
        Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex).map(\.paragraph)
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(paragraphs("A one.\n\nB two. C three.\n \nD four.") == [0, 1, 1, 2])
        #expect(paragraphs("A one.\r\n\r\nB two.\r\rC three.") == [0, 1, 2])
    }

    @Test func aLineEndingASentenceEndsItsParagraph() {
        #expect(paragraphs("Avalon backs Borduria.\nBorduria thanks it.") == [0, 1])
    }

    @Test func hardWrappedLinesStayOneParagraph() {
        let text = "Avalon backs Borduria in the long dispute over\nthe river, officials said on Monday. It\nsaid more."
        #expect(paragraphs(text) == [0, 0])
        #expect(TextFixtures.sentences(text).first == "Avalon backs Borduria in the long dispute over\nthe river, officials said on Monday.")
    }

    @Test func headingsAndIndentedLinesStartParagraphs() {
        // The heading is a paragraph of its own, and furniture beside prose: no sentence.
        #expect(TextFixtures.sentences("Background\nAvalon backs Borduria.") == ["Avalon backs Borduria."])
        #expect(paragraphs("Avalon backs Borduria in the long dispute, officials say,\n  Borduria thanks it.") == [0, 1])
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(TextFixtures.sentences("Avalon backs,\n\nBorduria thanks it.") == ["Avalon backs,", "Borduria thanks it."])
    }
}
