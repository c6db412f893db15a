import Foundation
import StanceExtraction
import StanceLLM
import StanceModel
import StanceTestSupport

/// What the tests share: the article the fake answers are about, and configured clients.
enum LLMFixtures {
    static let key = "sk-test-SECRET-0123456789"

    /// Sentence 1 names Iran and Israel; sentence 2 the United States and Iraq, with "last year".
    static let article = Article(
        id: "fixture", text: "Iran condemned Israel on Monday.\n\nLast year the United States signed a security agreement with Iraq.\n",
        published: TimePoint(year: 2025, month: 1, day: 31))

    static let lexicon: Lexicon = {
        do { return try Lexicon.bundled() } catch { preconditionFailure("the bundled lexicon must load: \(error)") }
    }()

    static func configuration(_ url: String, timeout: Double = 10, attempts: Int = 2) throws -> LLMConfiguration {
        try LLMConfiguration(baseURL: url, model: "fake", apiKey: key, timeout: timeout, attempts: attempts, backOff: 0)
    }

    static func extractor(_ behaviour: String, server: FakeChatServer) throws -> LLMExtractor {
        LLMExtractor(client: ChatClient(configuration: try configuration(server.url(behaviour))), lexicon: lexicon)
    }
}
