import Foundation

/// The chat-completions server of `fake_chat_server.py`, started once for the test process on
/// 127.0.0.1; it exits when the test process does (its standard input closes).
///
/// The first path segment of a URL picks how it answers ("valid", "flaky", "slow", …; see the
/// script); ``requests(_:)`` says how many chat requests a URL's server received.
public final class FakeChatServer: Sendable {
    public static let shared: FakeChatServer? = FakeChatServer()

    public let port: Int
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
    public func url(_ behaviour: String) -> String { "http://127.0.0.1:\(port)/\(behaviour)~\(UUID().uuidString)/v1" }

    /// How many chat-completions requests the server of `url` (from ``url(_:)``) has received.
    public func requests(_ url: String) throws -> Int {
        guard let base = URL(string: url), let segment = base.pathComponents.dropFirst().first,
            let countURL = URL(string: "http://127.0.0.1:\(port)/\(segment)/requests")
        else { throw CocoaError(.fileReadInvalidFileName) }
        let data = try Data(contentsOf: countURL)
        guard let count = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return count
    }
}
