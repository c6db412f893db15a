import Foundation

/// Where the model server is and how to talk to it.
///
/// The API key comes only from the environment (``apiKeyVariable``), never from a flag or a file,
/// and is never printed: `description` leaves it out.
public struct LLMConfiguration: Sendable, CustomStringConvertible {
    /// The environment variable the API key is read from.
    public static let apiKeyVariable = "STANCEGRAPH_LLM_API_KEY"

    /// The base URL of the OpenAI-compatible API ("http://127.0.0.1:8080/v1"); requests go to
    /// `BASE/chat/completions`.
    public var baseURL: URL
    /// The model's name as the server knows it.
    public var model: String
    /// Sent as `Authorization: Bearer KEY` when set.
    let apiKey: String?
    /// Seconds to wait for one answer.
    public var timeout: Double
    /// Attempts per request (the first and the retries).
    public var attempts: Int
    /// Seconds before the first retry; doubled before each further one.
    public var backOff: Double
    /// Requests of one article in flight at once.
    public var concurrentRequests: Int
    /// An article's paragraphs are sent in chunks of at most about this many characters.
    public var chunkCharacters: Int
    /// Whether to ask for structured output (`response_format` with a JSON schema); servers that
    /// reject it are asked again without.
    public var structuredOutput: Bool
    /// Tokens one answer may have at most (`max_tokens`): a small model that repeats itself stops
    /// there, and the claims complete by then are read.
    public var maxTokens: Int

    /// - Throws: ``LLMError/invalidURL(_:)`` for a URL that is not http(s), ``LLMError/missingModel``.
    public init(
        baseURL: String, model: String, apiKey: String?, timeout: Double = 120, attempts: Int = 3, backOff: Double = 1,
        concurrentRequests: Int = 2, chunkCharacters: Int = 6_000, structuredOutput: Bool = true, maxTokens: Int = 2_048
    ) throws(LLMError) {
        let trimmed = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let url = URL(string: trimmed), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil
        else { throw .invalidURL(baseURL) }
        guard !model.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingModel }
        self.baseURL = url
        self.model = model
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backOff = max(0, backOff)
        self.concurrentRequests = max(1, concurrentRequests)
        self.chunkCharacters = max(500, chunkCharacters)
        self.structuredOutput = structuredOutput
        self.maxTokens = max(16, maxTokens)
    }

    /// The key from ``apiKeyVariable`` in `environment`, if set and not empty.
    public static func apiKey(from environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        environment[apiKeyVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The endpoint requests are posted to.
    var completionsURL: URL { baseURL.appendingPathComponent("chat/completions") }

    /// Whether a key is set (the key itself is never shown).
    public var hasAPIKey: Bool { apiKey != nil }

    /// "MODEL at URL", with whether a key is set; never the key.
    public var description: String {
        "\(model) at \(baseURL.absoluteString)" + (hasAPIKey ? " (key from \(Self.apiKeyVariable))" : "")
    }

    /// `text` with the key, if it occurs, replaced by "[redacted]".
    func redacting(_ text: String) -> String {
        guard let apiKey, !apiKey.isEmpty else { return text }
        return text.replacingOccurrences(of: apiKey, with: "[redacted]")
    }
}
