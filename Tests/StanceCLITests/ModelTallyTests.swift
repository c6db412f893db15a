import StanceExtraction
import StanceLLM
import StanceModel
import Testing

@testable import StanceCLI

@Suite("model tally")
struct ModelTallyTests {
    @Test("eval's summary of the model: requests, cache, time, rejections by reason, agreements")
    func summary() {
        let tally = ModelTally()
        let article = Article(id: "a", text: "Iran condemned Israel.\n", published: TimePoint(year: 2025))
        let empty = ExtractionResult(article: article)
        let dropped = ProposedClaim(sentence: 9, source: "iran", target: "israel", stance: "opposes")
        tally.add(
            LLMExtraction(
                result: empty,
                rejections: [
                    Rejection(claim: dropped, reason: .sentenceOutOfRange), Rejection(claim: dropped, reason: .sentenceOutOfRange),
                    Rejection(claim: dropped, reason: .sourceNotInSentence),
                ], proposed: 3, requests: 2, cached: 1), seconds: 3)
        tally.add(LLMExtraction(result: empty, proposed: 0, requests: 1, cached: 0), seconds: 1)
        tally.add(agreements: 2, conflicts: 1)
        #expect(
            tally.text(merged: true) == """
                Model: 2 articles, 3 requests (1 from the cache), 4.0 s waiting (2.0 s an article); 3 claims proposed, 0 kept, 3 dropped
                Dropped: 2 sentence-out-of-range, 1 source-not-in-sentence
                Rules and model: 2 agreements, 1 conflicts (both kept)

                """)
        #expect(!tally.text(merged: false).contains("Rules and model"))
    }
}
