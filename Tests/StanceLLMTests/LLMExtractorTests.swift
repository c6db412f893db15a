import Foundation
import StanceExtraction
import StanceLLM
import StanceModel
import StanceTestSupport
import Testing

/// The extractor against the fake server: what verification keeps and drops, and why.
@Suite struct LLMExtractorTests {
    let server: FakeChatServer

    init() throws { server = try #require(FakeChatServer.shared, "python3 must be able to start the fake server") }

    func extract(_ behaviour: String) throws -> LLMExtraction {
        try LLMFixtures.extractor(behaviour, server: server).extract(LLMFixtures.article)
    }

    @Test func validClaimsAreKeptWithTheArticlesSentenceAsQuote() throws {
        let extraction = try extract("valid")
        let claims = extraction.result.claims
        try #require(claims.count == 2)
        #expect(extraction.rejections.isEmpty)
        #expect(claims[0].key == ClaimKey(source: "iran", target: "israel"))
        #expect(claims[0].stance == .opposes)
        let text = LLMFixtures.article.text
        for claim in claims {
            let evidence = try #require(claim.evidence.first)
            #expect(evidence.method.rawValue == "llm:fake@v1")
            let range = try #require(evidence.characterRange)
            let scalars = Array(text.unicodeScalars)[range]
            #expect(String(String.UnicodeScalarView(scalars)) == evidence.quote)
            #expect(text.contains(evidence.quote))
        }
        #expect(claims[0].evidence[0].quote == "Iran condemned Israel on Monday.")
        #expect(claims[1].key == ClaimKey(source: "united-states", target: "iraq", topic: "security-agreement"))
        #expect(claims[1].evidence[0].timePhrase?.lowercased() == "last year")
        #expect(claims[1].validTime.start == TimePoint(year: 2024))
        #expect(extraction.result.actors.map(\.id).contains("iraq"))
        #expect(extraction.result.keys.count == claims.count)
    }

    @Test func anAnswerInProseAndACodeFenceIsRead() throws {
        #expect(try extract("fenced").result.claims.count == 2)
    }

    @Test func aSentenceNumberOutOfRangeIsDroppedAndCounted() throws {
        let extraction = try extract("out-of-range")
        #expect(extraction.result.claims.count == 1)
        #expect(extraction.rejections.map(\.reason) == [.sentenceOutOfRange])
        #expect(extraction.proposed == 2)
        #expect(extraction.rejectionSummary == "1 sentence-out-of-range")
    }

    @Test func anActorTheSentenceLacksIsDropped() throws {
        let extraction = try extract("missing-actor")
        #expect(extraction.result.claims.isEmpty)
        #expect(extraction.rejections.map(\.reason) == [.targetNotInSentence])
        #expect(extraction.rejections[0].description.contains("the target is not named in that sentence"))
    }

    @Test func aTimePhraseNotInTheSentenceAndAnUnknownStanceAreDropped() throws {
        let extraction = try extract("bad-time")
        #expect(extraction.result.claims.isEmpty)
        #expect(Set(extraction.rejections.map(\.reason)) == [.timeNotInSentence, .unknownStance])
    }

    @Test func malformedJSONEveryTimeFailsTheArticleWithOneError() throws {
        #expect {
            _ = try extract("malformed")
        } throws: { error in
            guard case .invalidAnswer(_, 2, let reason)? = error as? LLMError else { return false }
            return reason.contains("no JSON") && !error.localizedDescription.contains(LLMFixtures.key)
        }
    }

    @Test func aFiveHundredThenASuccessGivesTheClaims() throws {
        #expect(try extract("flaky").result.claims.count == 2)
    }

    @Test func aTimeoutFailsTheArticle() throws {
        let extractor = LLMExtractor(
            client: ChatClient(configuration: try LLMFixtures.configuration(server.url("slow"), timeout: 0.5, attempts: 1)),
            lexicon: LLMFixtures.lexicon)
        #expect {
            _ = try extractor.extract(LLMFixtures.article)
        } throws: { error in
            if case .timedOut? = error as? LLMError { return true }
            return false
        }
    }

    @Test func anArticleWithFewerThanTwoActorsSendsNoRequest() throws {
        // The server is down: any request would fail.
        let extractor = LLMExtractor(
            client: ChatClient(configuration: try LLMFixtures.configuration("http://127.0.0.1:1/v1", attempts: 1)),
            lexicon: LLMFixtures.lexicon)
        let article = Article(id: "one", text: "Iran held an election.\n", published: TimePoint(year: 2025))
        let extraction = try extractor.extract(article)
        #expect(extraction.requests == 0)
        #expect(extraction.result.claims.isEmpty)
    }
}
