import Foundation
import StanceLLM
import StanceTestSupport
import Testing

/// The client against a real HTTP server on 127.0.0.1: retries, back-off, faults, the key.
@Suite struct ChatClientTests {
    let server: FakeChatServer

    init() throws { server = try #require(FakeChatServer.shared, "python3 must be able to start the fake server") }

    func raw(_ behaviour: String, timeout: Double = 10, attempts: Int = 2) throws -> String {
        let client = ChatClient(configuration: try LLMFixtures.configuration(server.url(behaviour), timeout: timeout, attempts: attempts))
        return try client.complete(system: "system", user: "user", schema: ["type": "object"]) { .success($0) }
    }

    func failure(_ behaviour: String, timeout: Double = 10, attempts: Int = 2) throws -> LLMError {
        do {
            let answer = try raw(behaviour, timeout: timeout, attempts: attempts)
            Issue.record("expected an error, got \(answer)")
            throw LLMError.missingModel
        } catch let error as LLMError {
            return error
        }
    }

    @Test func sendsTheKeyAsBearerTokenTheModelAndTheSchema() throws {
        let echoed = try raw("echo")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(echoed.utf8)) as? [String: Any])
        #expect(object["authorization"] as? String == "Bearer \(LLMFixtures.key)")
        let request = try #require(object["request"] as? [String: Any])
        #expect(request["model"] as? String == "fake")
        #expect(request["temperature"] as? Int == 0)
        #expect(request["max_tokens"] as? Int == 2_048)
        let format = try #require(request["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
    }

    @Test func aFiveHundredThenASuccessIsRetried() throws {
        #expect(try raw("flaky").contains("claims"))
    }

    @Test func aServerThatRejectsTheSchemaIsAskedWithout() throws {
        #expect(try raw("no-schema", attempts: 1).contains("claims"))
    }

    @Test func aServerThatKnowsOnlyJSONObjectIsAskedWithTheSchemaInThatForm() throws {
        let url = server.url("object-only")
        let client = ChatClient(configuration: try LLMFixtures.configuration(url, attempts: 1))
        for _ in 0..<2 {
            let answer = try client.complete(system: "s", user: "u", schema: ["type": "object"]) { .success($0) }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(answer.utf8)) as? [String: Any])
            let format = try #require(object["response_format"] as? [String: Any])
            #expect(format["type"] as? String == "json_object")
            #expect((format["schema"] as? [String: Any])?["type"] as? String == "object")
        }
        #expect(try server.requests(url) == 3, "one rejected form, then the second form twice")
    }

    @Test func tooManyRequestsEndsInOneClearErrorWithoutTheKey() throws {
        let error = try failure("busy", attempts: 3)
        #expect(error == .httpStatus(url: "", attempts: 3, status: 429, body: "").withURLAndBody(of: error))
        let message = error.localizedDescription
        #expect(message.contains("HTTP 429 after 3 attempts"))
        #expect(!message.contains(LLMFixtures.key))
        #expect(message.contains("[redacted]"))
    }

    @Test func aSlowServerTimesOut() throws {
        let error = try failure("slow", timeout: 0.5, attempts: 2)
        guard case .timedOut(_, let attempts, _) = error else {
            Issue.record("expected a timeout, got \(error)")
            return
        }
        #expect(attempts == 2)
        #expect(error.localizedDescription.contains("no answer within 0.5 s after 2 attempts"))
    }

    @Test func aServerThatIsDownIsUnreachable() throws {
        let client = ChatClient(configuration: try LLMFixtures.configuration("http://127.0.0.1:1/v1", attempts: 2))
        #expect {
            _ = try client.complete(system: "s", user: "u") { .success($0) }
        } throws: { error in
            guard case .unreachable(let url, 2, _)? = error as? LLMError else { return false }
            return url == "http://127.0.0.1:1/v1" && !error.localizedDescription.contains(LLMFixtures.key)
        }
    }

    @Test func anAnswerThatIsNoChatCompletionIsInvalid() throws {
        let error = try failure("not-completion")
        guard case .invalidAnswer(_, 2, let reason) = error else {
            Issue.record("expected an invalid answer, got \(error)")
            return
        }
        #expect(reason.contains("not a chat completion"))
    }

    @Test func unparsableContentIsRetriedThenAnError() throws {
        let client = ChatClient(configuration: try LLMFixtures.configuration(server.url("count"), attempts: 3))
        // The content counts the requests; the parse rejects the first two.
        let count = try client.complete(system: "s", user: "u") { content -> Result<String, ParseFailure> in
            content.contains("\"count\": 3") ? .success(content) : .failure(ParseFailure("not yet"))
        }
        #expect(count.contains("3"))
    }

    @Test func theKeyIsNeverInTheConfigurationsDescription() throws {
        let configuration = try LLMFixtures.configuration("http://127.0.0.1:8080/v1")
        #expect(!configuration.description.contains(LLMFixtures.key))
        #expect(!String(describing: configuration).contains(LLMFixtures.key))
        #expect(!String(reflecting: configuration).contains(LLMFixtures.key))
        #expect(configuration.hasAPIKey)
    }

    @Test func theKeyComesFromTheEnvironmentVariable() {
        #expect(LLMConfiguration.apiKey(from: ["STANCEGRAPH_LLM_API_KEY": "abc"]) == "abc")
        #expect(LLMConfiguration.apiKey(from: ["STANCEGRAPH_LLM_API_KEY": ""]) == nil)
        #expect(LLMConfiguration.apiKey(from: [:]) == nil)
    }

    @Test func aBadURLOrNoModelIsRefused() {
        #expect(throws: LLMError.invalidURL("ftp://x")) { try LLMConfiguration(baseURL: "ftp://x", model: "m", apiKey: nil) }
        #expect(throws: LLMError.missingModel) { try LLMConfiguration(baseURL: "http://x/v1", model: " ", apiKey: nil) }
    }
}

extension LLMError {
    /// This error with the URL and body of `other` (to compare only status and attempts).
    func withURLAndBody(of other: LLMError) -> LLMError {
        guard case .httpStatus(_, let attempts, let status, _) = self, case .httpStatus(let url, _, _, let body) = other else {
            return self
        }
        return .httpStatus(url: url, attempts: attempts, status: status, body: body)
    }
}
