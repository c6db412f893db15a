import Foundation
internal import CGraphviz

/// libgraphviz, called in process: render DOT text, read it back, and report what works here.
///
/// Every call takes one process-wide lock, because libgraphviz keeps global state and is not
/// thread safe; concurrent callers are served one at a time. Messages libgraphviz would print
/// to stderr are captured and thrown as `GraphvizError` instead.
public enum GraphvizLibrary {
    /// Renders DOT text in process to the bytes of an SVG, PNG or PDF file.
    ///
    /// - Throws: `GraphvizError` with Graphviz's own message: `.syntax` when the text cannot
    ///   be read, `.layoutFailed` or `.engineUnavailable` from layout (a malformed HTML-like
    ///   label is a layout error), `.renderFailed` or `.formatUnavailable` from rendering.
    public static func render(
        _ dot: String, format: GraphvizFormat, engine: LayoutEngine = .dot
    ) throws -> Data {
        do {
            return try GraphvizLock.run { (call) throws(RenderFailure) in
                try call.render(dot, formatName: format.rawValue, engineName: engine.rawValue)
            }
        } catch {
            throw GraphvizError(error, format: format, engine: engine)
        }
    }

    /// The libgraphviz version string, such as "2.43.0"; "unknown" if libgvc cannot start.
    public static var version: String {
        GraphvizLock.run { call in
            guard let context = call.context, let version = gvcVersion(context) else {
                return "unknown"
            }
            return String(cString: version)
        }
    }
}

extension GraphvizError {
    /// The public error for a render of `format` with `engine` that failed with `failure`.
    init(_ failure: RenderFailure, format: GraphvizFormat, engine: LayoutEngine) {
        switch failure {
        case .read:
            self = .syntax(from: failure)
        case .layout(let message, let unavailable):
            self = unavailable
                ? .engineUnavailable(engine: engine, message: message)
                : .layoutFailed(engine: engine, message: message)
        case .render(let message, let unavailable):
            self = unavailable
                ? .formatUnavailable(format: format, message: message)
                : .renderFailed(format: format, message: message)
        }
    }

    /// The syntax error for a parse that failed with `failure`, which can only be a read failure.
    static func syntax(from failure: RenderFailure) -> GraphvizError {
        switch failure {
        case .read(let message), .layout(let message, _), .render(let message, _):
            .syntax(message: message, line: lineNumber(in: message))
        }
    }

    /// The line number in a message such as "syntax error in line 3 near '->'", if any.
    static func lineNumber(in message: String) -> Int? {
        guard let match = message.firstMatch(of: #/in line (\d+)/#) else { return nil }
        return Int(match.output.1)
    }
}

extension GraphvizLibrary {
    /// Reads DOT text with libgraphviz, without laying it out, and returns what it read.
    ///
    /// Use it to check generated DOT: that every value survived escaping, that nodes, edges
    /// and clusters are all there.
    /// - Throws: `GraphvizError.syntax` with Graphviz's message when the text cannot be read.
    public static func parse(_ dot: String) throws -> ParsedGraph {
        do {
            return try GraphvizLock.run { (call) throws(RenderFailure) in
                let graph = try call.readGraph(dot)
                defer { _ = agclose(graph) }
                return GraphReader(root: graph, call: call).parsedGraph()
            }
        } catch {
            throw GraphvizError.syntax(from: error)
        }
    }
}
