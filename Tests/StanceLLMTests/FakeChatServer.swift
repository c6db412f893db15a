import Foundation
import StanceExtraction
import StanceLLM
import StanceModel

/// The chat-completions server of `fake_chat_server.py`, started once for the test process on
/// 127.0.0.1; it exits when the test process does (its standard input closes).
final class FakeChatServer: Sendable {
    static let shared: FakeChatServer? = FakeChatServer()

    let port: Int
    private let process: Process

    private init?() {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fake_chat_server.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = Pipe()
        do { try process.run() } catch { return nil }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let port = text.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap({ Int($0) }) else { return nil }
        self.port = port
        self.process = process
    }

    /// The base URL of a behaviour ("valid", "flaky", ...), unique per call so counters start afresh.
    func url(_ behaviour: String) -> String { "http://127.0.0.1:\(port)/\(behaviour)~\(UUID().uuidString)/v1" }
}

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
