import Foundation

/// A failure reported by libgraphviz, carrying the message Graphviz gave.
public enum GraphvizError: Error, LocalizedError, Equatable, Sendable {
    /// The DOT text could not be read; `line` is the line Graphviz named, if it named one.
    case syntax(message: String, line: Int?)
    /// The layout engine ran but reported an error (for example a malformed HTML-like label).
    case layoutFailed(engine: LayoutEngine, message: String)
    /// Laid out, but the output could not be produced in this format.
    case renderFailed(format: GraphvizFormat, message: String)
    /// This layout engine is not installed or its plugin is not loaded.
    case engineUnavailable(engine: LayoutEngine, message: String)
    /// No installed plugin renders this format.
    case formatUnavailable(format: GraphvizFormat, message: String)

    /// One line saying what failed and what Graphviz said about it.
    public var errorDescription: String? {
        switch self {
        case .syntax(let message, _):
            "Graphviz could not read the DOT text: \(message)"
        case .layoutFailed(let engine, let message):
            "Graphviz layout with '\(engine.rawValue)' failed: \(message)"
        case .renderFailed(let format, let message):
            "Graphviz could not render \(format.rawValue.uppercased()): \(message)"
        case .engineUnavailable(let engine, let message):
            "Graphviz layout engine '\(engine.rawValue)' is not available here: \(message)"
        case .formatUnavailable(let format, let message):
            "Graphviz cannot write \(format.rawValue.uppercased()) here: \(message)"
        }
    }

    /// The message Graphviz gave, without Swift's framing.
    public var graphvizMessage: String {
        switch self {
        case .syntax(let message, _), .layoutFailed(_, let message),
            .renderFailed(_, let message), .engineUnavailable(_, let message),
            .formatUnavailable(_, let message):
            message
        }
    }
}
