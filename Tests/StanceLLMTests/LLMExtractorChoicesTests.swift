import Foundation
import StanceExtraction
import StanceModel
import Testing

@testable import StanceLLM

/// What the schema lets the model claim: only actors a sentence names, and its time phrases.
@Suite struct LLMExtractorChoicesTests {
    @Test func eachSentenceOffersItsOwnActorsOfAnotherSideAndItsTimePhrases() throws {
        let article = LLMFixtures.article
        let extractor = LLMExtractor(
            client: ChatClient(configuration: try LLMFixtures.configuration("http://127.0.0.1:1/v1")), lexicon: LLMFixtures.lexicon)
        let sentences = Segmenter.sentences(in: article.text, body: article.body)
        let verifier = ClaimVerifier(article: article, sentences: sentences, lexicon: LLMFixtures.lexicon)
        let choices = extractor.choices(
            in: ArticleChunk(numbers: [1, 2]), sentences: sentences, text: article.text, aliases: [], verifier: verifier)
        let first = choices.filter { $0.sentence == 1 }
        #expect(Set(first.map(\.source)) == ["iran", "israel"])
        #expect(first.first { $0.source == "iran" }?.targets == ["israel"])
        #expect(first.allSatisfy { $0.times == ["on Monday"] || $0.times == ["Monday"] })
        let second = choices.filter { $0.sentence == 2 }
        #expect(second.first { $0.source == "united-states" }?.targets == ["iraq"])
        #expect(second.allSatisfy { $0.times.map { $0.lowercased() }.contains("last year") })
    }
}
