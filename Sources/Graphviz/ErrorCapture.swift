import Foundation
internal import CGraphviz

/// Collects what libgraphviz reports through its error hook during one phase of a call.
///
/// libgraphviz hands the hook each message in pieces (`"Error"`, `": "`, then text ending in a
/// newline; continuation lines come without a prefix), so pieces are joined until a newline
/// completes a line. The state is global because the hook is a C function pointer that cannot
/// capture anything; it is only read or written while `GraphvizLock` is held, since the hook
/// only runs inside calls made under that lock.
enum ErrorCapture {
    nonisolated(unsafe) private static var pending = ""
    nonisolated(unsafe) private static var lines: [String] = []

    /// Forgets everything collected so far.
    static func reset() {
        pending = ""
        lines = []
    }

    /// Adds one piece of a message, completing a line at each newline.
    static func receive(_ piece: String) {
        pending += piece
        while let newline = pending.firstIndex(where: \.isNewline) {
            lines.append(String(pending[..<newline]))
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    /// The messages collected since the last reset, continuation lines joined to the message
    /// they continue; clears the collection.
    static func drain() -> [GraphvizMessage] {
        if !pending.isEmpty { lines.append(pending) }
        let messages = GraphvizMessage.group(lines)
        reset()
        return messages
    }
}

/// libgraphviz's error hook. A `@convention(c)` function: it captures nothing and writes to
/// `ErrorCapture`, so nothing reaches stderr.
func graphvizErrorHook(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let piece { ErrorCapture.receive(String(cString: piece)) }
    return 0
}

/// One message libgraphviz reported, with its level.
struct GraphvizMessage: Equatable, Sendable {
    /// How serious libgraphviz said the message was.
    enum Level: Equatable, Sendable { case error, warning }

    var level: Level
    var text: String

    /// Groups raw lines into messages: a line starting `Error: ` or `Warning: ` opens one,
    /// any other line continues the previous one (libgraphviz's `AGPREV`).
    static func group(_ lines: [String]) -> [GraphvizMessage] {
        var messages: [GraphvizMessage] = []
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if let text = trimmed.dropping(prefix: "Error:") {
                messages.append(GraphvizMessage(level: .error, text: text))
            } else if let text = trimmed.dropping(prefix: "Warning:") {
                messages.append(GraphvizMessage(level: .warning, text: text))
            } else if let last = messages.indices.last {
                messages[last].text += " " + trimmed
            } else {
                messages.append(GraphvizMessage(level: .error, text: trimmed))
            }
        }
        return messages
    }

    /// One line summing up `messages`: the errors if there are any, else the warnings, else
    /// `fallback`.
    static func summary(of messages: [GraphvizMessage], fallback: String) -> String {
        let errors = messages.filter { $0.level == .error }
        let chosen = errors.isEmpty ? messages : errors
        let text = chosen.map(\.text).joined(separator: "; ")
        return text.isEmpty ? fallback : text
    }
}

extension String {
    /// The rest of the string after `prefix`, trimmed, or nil if it does not start with it.
    fileprivate func dropping(prefix: String) -> String? {
        guard hasPrefix(prefix) else { return nil }
        return dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
    }
}
