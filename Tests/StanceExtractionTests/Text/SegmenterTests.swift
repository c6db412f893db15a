import Testing

@testable import StanceExtraction

@Suite struct SegmenterTests {
    @Test func sentencesAreTrimmedAndInOrder() {
        let text = "  Avalon backs Borduria.  Borduria thanks Avalon!   Will it last?  "
        #expect(TextFixtures.sentences(text) == ["Avalon backs Borduria.", "Borduria thanks Avalon!", "Will it last?"])
    }

    @Test func rangesPointIntoTheTextAndRespectTheBody() {
        let text = "HEADER LINE\n\nAvalon backs Borduria. It said so."
        let body = text.range(of: "Avalon")!.lowerBound..<text.endIndex
        let sentences = Segmenter.sentences(in: text, body: body)
        #expect(sentences.map { String(text[$0.range]) } == ["Avalon backs Borduria.", "It said so."])
        #expect(sentences.allSatisfy { body.contains($0.range.lowerBound) })
    }

    @Test func keptTokensAreTheSentencesOwnAndOnlyWhenComplete() throws {
        let long = "Then " + (0..<450).map { "w\($0)" }.joined(separator: " ") + "."
        let text = "Avalon backs Borduria, officials said. \(long) A caption, Fredville, May 4, 2020."
        let body = text.startIndex..<text.endIndex
        let (sentences, tokens) = Segmenter.segment(text, body: body, keepTokens: true)
        #expect(sentences == Segmenter.sentences(in: text, body: body))
        #expect(tokens.count == sentences.count)
        try #require(sentences.count == 2)
        // The first sentence's tokens, as the tokenizer makes them; none for one past 400 tokens.
        #expect(tokens[0] == WordTokenizer.tokens(in: text, range: sentences[0].range))
        #expect(tokens[1] == nil)
        #expect(Segmenter.segment(text, body: body, keepTokens: false).tokens == [nil, nil])
    }

    @Test func theSeedSegmentsAsAReaderWould() throws {
        let article = try ArticleReader.read(contentsOf: TextFixtures.seed)
        let sentences = Segmenter.sentences(in: article.text, body: article.body)
        let texts = sentences.map { String(article.text[$0.range]) }
        #expect(texts.count == 29)
        #expect(texts.contains("Last year, the U.S. and Iraq reached an agreement to wind down the military mission of the American-led coalition fighting the Islamic State (IS) by September 2025."))
        #expect(texts.contains { $0.hasPrefix("“If the argument for removing the U.S. troops from Iraq was... the region is stable, ...that") })
        #expect(sentences.last?.paragraph == 12)
        #expect(sentences.first?.paragraph == 0)
    }

    @Test func emptyAndBlankBodiesGiveNoSentences() {
        #expect(TextFixtures.sentences("").isEmpty)
        #expect(TextFixtures.sentences(" \n\r\n\t ").isEmpty)
    }

    @Test func aSentenceWithoutFinalPunctuationIsKept() {
        #expect(TextFixtures.sentences("Avalon backs Borduria") == ["Avalon backs Borduria"])
    }
}
