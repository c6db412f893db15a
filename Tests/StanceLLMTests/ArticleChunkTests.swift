import StanceExtraction
import StanceLLM
import Testing

/// Long articles are sent in chunks of whole paragraphs.
@Suite struct ArticleChunkTests {
    @Test func paragraphsAreKeptWholeAndNumbersRunOn() {
        let paragraph = "Iran condemned Israel. Iraq welcomed the deal."
        let text = Array(repeating: paragraph, count: 4).joined(separator: "\n\n")
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        #expect(sentences.count == 8)
        let chunks = ArticleChunk.chunks(of: sentences, in: text, limit: 100)
        #expect(chunks.map(\.numbers) == [[1, 2], [3, 4], [5, 6], [7, 8]])
        #expect(ArticleChunk.chunks(of: sentences, in: text, limit: 10_000).map(\.numbers) == [Array(1...8)])
    }

    @Test func aParagraphLongerThanTheLimitIsCutBetweenSentences() {
        let text = "Iran condemned Israel. Iraq welcomed the deal. Turkey praised Qatar."
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        let chunks = ArticleChunk.chunks(of: sentences, in: text, limit: 60)
        #expect(chunks.flatMap(\.numbers) == [1, 2, 3])
        #expect(chunks.count > 1)
    }
}
