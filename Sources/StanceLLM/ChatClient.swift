import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A client of an OpenAI-compatible chat-completions endpoint (Ollama, llama.cpp's server, vLLM,
/// hosted services), over Foundation's `URLSession`.
///
/// Each request is tried up to `configuration.attempts` times, waiting `backOff`, then twice
/// that, and so on between tries, when the server cannot be reached, does not answer within the
/// timeout, answers 429 or 5xx, or answers with something `parse` rejects (invalid JSON); then it
/// throws one ``LLMError`` for the last fault. The key is sent as a bearer token and never put in
/// an error, a log or a file.
///
/// Structured output is asked for as OpenAI's `json_schema` response format (llama.cpp's own
/// server, vLLM, Ollama, hosted services); a server that answers that with 400 or 422 is asked with
/// `json_object` and the schema (llama-cpp-python's server, which answers the first with a 500
/// naming `response_format`), then with no response format at all.
public struct ChatClient: Sendable {
    public let configuration: LLMConfiguration
    let session: URLSession
    /// The response formats the server rejected so far: later requests start past them.
    let formatsRejected = Counter()

    public init(configuration: LLMConfiguration) {
        self.configuration = configuration
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = configuration.timeout
        sessionConfiguration.timeoutIntervalForResource = configuration.timeout
        sessionConfiguration.httpMaximumConnectionsPerHost = configuration.concurrentRequests
        session = URLSession(configuration: sessionConfiguration)
    }

    /// The server's answer to a system and a user message, as `parse` reads its content.
    ///
    /// `parse` returns nil with a reason when the content is unusable; that is retried like a
    /// server fault. `schema` (a JSON schema) is sent as `response_format` when structured output
    /// is on and the server has not rejected it.
    public func complete<Answer>(
        system: String, user: String, schema: [String: any Sendable]? = nil,
        parse: (String) -> Result<Answer, ParseFailure>
    ) throws(LLMError) -> Answer {
        var last: LLMError = .unreachable(url: endpointName, attempts: 0, reason: "no attempt made")
        var attempt = 0
        while attempt < configuration.attempts {
            if attempt > 0 {
                Thread.sleep(forTimeInterval: configuration.backOff * pow(2, Double(attempt - 1)))
            }
            attempt += 1
            let format = configuration.structuredOutput ? ResponseFormat(level: formatsRejected.value) : nil
            let body = requestBody(system: system, user: user, schema: schema, format: format)
            switch exchange(body) {
            case .success(let content):
                switch parse(content) {
                case .success(let answer): return answer
                case .failure(let failure): last = .invalidAnswer(url: endpointName, attempts: attempt, reason: failure.reason)
                }
            case .failure(let error):
                // A server that does not know this response format says so with a 400 or 422 (or, as
                // llama-cpp-python's does, a 500 naming response_format): ask again with the next form
                // (not counted as an attempt).
                if let format, schema != nil, case .httpStatus(_, _, let status, let body) = error,
                    status == 400 || status == 422 || body.contains("response_format")
                {
                    formatsRejected.raise(above: format.rawValue)
                    attempt -= 1
                    continue
                }
                last = error
                guard error.isRetryable else { return try rethrow(error, attempts: attempt) }
            }
        }
        return try rethrow(last, attempts: attempt)
    }

    private func rethrow<T>(_ error: LLMError, attempts: Int) throws(LLMError) -> T { throw error.after(attempts: attempts) }

    /// The base URL, as errors name the server.
    var endpointName: String { configuration.baseURL.absoluteString }

    /// One POST and its outcome: the message content, or the fault.
    func exchange(_ body: Data) -> Result<String, LLMError> {
        var request = URLRequest(url: configuration.completionsURL, timeoutInterval: configuration.timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let key = configuration.apiKey { request.setValue("Bearer \(key)", forHTTPHeaderField: "Authorization") }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.store(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        done.wait()
        return interpret(outcome.take())
    }

    /// What one exchange's data, response and error mean.
    func interpret(_ raw: (data: Data?, response: URLResponse?, error: (any Error)?)) -> Result<String, LLMError> {
        if let error = raw.error {
            if let urlError = error as? URLError, urlError.code == .timedOut {
                return .failure(.timedOut(url: endpointName, attempts: 1, seconds: configuration.timeout))
            }
            return .failure(
                .unreachable(url: endpointName, attempts: 1, reason: configuration.redacting(error.localizedDescription)))
        }
        let status = (raw.response as? HTTPURLResponse)?.statusCode ?? 0
        let text = String(decoding: raw.data ?? Data(), as: UTF8.self)
        guard (200..<300).contains(status) else {
            return .failure(
                .httpStatus(
                    url: endpointName, attempts: 1, status: status, body: configuration.redacting(String(text.prefix(300)))))
        }
        switch CompletionResponse.content(of: raw.data ?? Data()) {
        case .success(let content): return .success(content)
        case .failure(let failure):
            return .failure(.invalidAnswer(url: endpointName, attempts: 1, reason: configuration.redacting(failure.reason)))
        }
    }

    /// The JSON body of a chat-completions request: deterministic sampling, at most
    /// `maxTokens` tokens, the schema in the given response format if any.
    func requestBody(system: String, user: String, schema: [String: any Sendable]?, format: ResponseFormat? = .jsonSchema)
        -> Data
    {
        var body: [String: Any] = [
            "model": configuration.model,
            "messages": [["role": "system", "content": system], ["role": "user", "content": user]],
            "temperature": 0,
            "max_tokens": configuration.maxTokens,
            "stream": false,
        ]
        switch (schema, format) {
        case (let schema?, .jsonSchema?):
            body["response_format"] = [
                "type": "json_schema", "json_schema": ["name": "stance_claims", "strict": true, "schema": schema],
            ]
        case (let schema?, .jsonObject?):
            body["response_format"] = ["type": "json_object", "schema": schema]
        default:
            break
        }
        // Every value above is a string, number, bool, array or dictionary: serialization cannot fail.
        return (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
    }
}

/// Why an answer's content was not usable.
public struct ParseFailure: Error, Sendable, Hashable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// How structured output is asked for, in the order tried.
enum ResponseFormat: Int, Sendable {
    /// `{"type": "json_schema", "json_schema": {"name", "strict", "schema"}}` (OpenAI's form).
    case jsonSchema
    /// `{"type": "json_object", "schema": …}` (llama-cpp-python's server).
    case jsonObject

    /// The form after `level` forms were rejected; nil once every form was.
    init?(level: Int) { self.init(rawValue: level) }
}

/// A thread-safe number that only goes up.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    var value: Int { lock.withLock { current } }
    /// Makes the value at least `level + 1`.
    func raise(above level: Int) { lock.withLock { current = max(current, level + 1) } }
}

/// The result of one data task, handed from URLSession's queue to the waiting thread.
final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: URLResponse?
    private var error: (any Error)?

    func store(data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.withLock {
            self.data = data
            self.response = response
            self.error = error
        }
    }

    func take() -> (data: Data?, response: URLResponse?, error: (any Error)?) {
        lock.withLock { (data, response, error) }
    }
}
