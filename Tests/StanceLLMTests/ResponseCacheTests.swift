import Foundation
import StanceExtraction
import StanceLLM
import StanceModel
import StanceTestSupport
import Testing

/// A cache of answers in memory, as the database keeps them.
final class MemoryCache: ResponseCache, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [ResponseKey: String] = [:]

    func answer(for key: ResponseKey) -> String? { lock.withLock { answers[key] } }
    func store(_ content: String, for key: ResponseKey) { lock.withLock { answers[key] = content } }
    var keys: [ResponseKey] { lock.withLock { Array(answers.keys) } }
    func replaceAll(with content: String) { lock.withLock { for key in answers.keys { answers[key] = content } } }
}

/// Answers kept in a cache are not asked for again.
@Suite struct ResponseCacheTests {
    let server: FakeChatServer

    init() throws { server = try #require(FakeChatServer.shared, "python3 must be able to start the fake server") }

    func extractor(_ url: String, cache: MemoryCache, model: String = "fake") throws -> LLMExtractor {
        let configuration = try LLMConfiguration(baseURL: url, model: model, apiKey: nil, timeout: 10, attempts: 1, backOff: 0)
        return LLMExtractor(client: ChatClient(configuration: configuration), lexicon: LLMFixtures.lexicon, cache: cache)
    }

    @Test func aSecondReadIsAnsweredFromTheCacheWithTheSameClaims() throws {
        let url = server.url("valid")
        let cache = MemoryCache()
        let first = try extractor(url, cache: cache).extract(LLMFixtures.article)
        #expect(first.requests == 1 && first.cached == 0)
        #expect(try server.requests(url) == 1)
        let key = try #require(cache.keys.first)
        #expect(key.model == "fake" && key.promptVersion == Prompt.version && key.articleText == LLMFixtures.article.text)

        let second = try extractor(url, cache: cache).extract(LLMFixtures.article)
        #expect(second.cached == 1)
        #expect(try server.requests(url) == 1, "no request sent")
        #expect(second.result.claims == first.result.claims)
    }

    @Test func anotherModelOrAChangedArticleAsksAgain() throws {
        let url = server.url("valid")
        let cache = MemoryCache()
        _ = try extractor(url, cache: cache).extract(LLMFixtures.article)
        _ = try extractor(url, cache: cache, model: "other").extract(LLMFixtures.article)
        #expect(try server.requests(url) == 2)
        let changed = Article(
            id: "fixture", text: LLMFixtures.article.text + "\nIran praised Iraq.\n", published: LLMFixtures.article.published)
        _ = try extractor(url, cache: cache).extract(changed)
        #expect(try server.requests(url) == 3)
        #expect(cache.keys.count == 3)
    }

    @Test func aCachedAnswerThatNoLongerParsesIsAskedForAgain() throws {
        let url = server.url("valid")
        let cache = MemoryCache()
        _ = try extractor(url, cache: cache).extract(LLMFixtures.article)
        cache.replaceAll(with: "not json")
        let again = try extractor(url, cache: cache).extract(LLMFixtures.article)
        #expect(again.cached == 0 && again.result.claims.count == 2)
        #expect(try server.requests(url) == 2)
    }

    @Test func anAnswerThatDoesNotParseIsNotCached() throws {
        let cache = MemoryCache()
        #expect(throws: LLMError.self) { _ = try extractor(server.url("malformed"), cache: cache).extract(LLMFixtures.article) }
        #expect(cache.keys.isEmpty)
    }
}
