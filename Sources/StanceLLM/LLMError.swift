import Foundation

/// Errors of the language-model extractor: configuration, the server, and its answers.
///
/// Every message is one line that names the server (its base URL, never the key) and what went
/// wrong. The API key never appears in a message: bodies quoted from the server have it redacted.
public enum LLMError: Error, LocalizedError, Equatable, Hashable, Sendable {
    /// `--llm-url` is missing or not an http(s) URL.
    case invalidURL(String)
    /// No model name was given.
    case missingModel
    /// The server could not be reached (refused, reset, name not found) after every attempt.
    case unreachable(url: String, attempts: Int, reason: String)
    /// No answer within the timeout, after every attempt.
    case timedOut(url: String, attempts: Int, seconds: Double)
    /// The server answered with an HTTP error status after every attempt (the last one is given).
    case httpStatus(url: String, attempts: Int, status: Int, body: String)
    /// The answers were not chat completions whose content holds the claims' JSON, after every attempt.
    case invalidAnswer(url: String, attempts: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .invalidURL(let value):
            "invalid --llm-url '\(value)': give the server's base URL, e.g. http://127.0.0.1:8080/v1"
        case .missingModel:
            "no model given: use --llm-model NAME (the name the server knows the model by)"
        case .unreachable(let url, let attempts, let reason):
            "\(url): cannot reach the model server after \(Self.tries(attempts)): \(Self.oneLine(reason))"
        case .timedOut(let url, let attempts, let seconds):
            "\(url): no answer within \(Self.seconds(seconds)) after \(Self.tries(attempts))"
        case .httpStatus(let url, let attempts, let status, let body):
            "\(url): HTTP \(status) after \(Self.tries(attempts))" + (body.isEmpty ? "" : ": \(Self.oneLine(body))")
        case .invalidAnswer(let url, let attempts, let reason):
            "\(url): no usable answer after \(Self.tries(attempts)): \(Self.oneLine(reason))"
        }
    }

    /// Whether trying again may help (every server fault; not a bad configuration).
    var isRetryable: Bool {
        switch self {
        case .invalidURL, .missingModel: false
        case .httpStatus(_, _, let status, _): status == 429 || status >= 500
        default: true
        }
    }

    /// The same error counting `attempts` tries.
    func after(attempts: Int) -> LLMError {
        switch self {
        case .invalidURL, .missingModel: self
        case .unreachable(let url, _, let reason): .unreachable(url: url, attempts: attempts, reason: reason)
        case .timedOut(let url, _, let seconds): .timedOut(url: url, attempts: attempts, seconds: seconds)
        case .httpStatus(let url, _, let status, let body): .httpStatus(url: url, attempts: attempts, status: status, body: body)
        case .invalidAnswer(let url, _, let reason): .invalidAnswer(url: url, attempts: attempts, reason: reason)
        }
    }

    static func tries(_ n: Int) -> String { n == 1 ? "1 attempt" : "\(n) attempts" }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : String(format: "%.1f s", s)
    }

    /// `text` on one line, at most 200 characters.
    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count > 200 ? String(flat.prefix(200)) + "…" : flat
    }
}
