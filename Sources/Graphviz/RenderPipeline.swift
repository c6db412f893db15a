import Foundation
internal import CGraphviz

/// What went wrong in one render. Engine and format travel as raw names so tests can ask for
/// plugins that do not exist; `GraphvizLibrary.render` maps this to `GraphvizError`.
enum RenderFailure: Error, Equatable {
    case read(message: String)
    case layout(message: String, unavailable: Bool)
    case render(message: String, unavailable: Bool)
}

/// The C signature of `gvRenderData`, generic over its length parameter, which is
/// `unsigned int *` in libgraphviz 2.42 and `size_t *` in later releases.
typealias RenderDataFunction<Length: BinaryInteger> = (
    OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
    UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?
) -> Int32

extension GraphvizCall {
    /// Reads, lays out and renders `dot`, freeing everything libgraphviz allocated.
    ///
    /// Order: `agmemread`, `gvLayout`, `gvRenderData`, `gvFreeRenderData`, `gvFreeLayout` (only
    /// after a successful layout), `agclose` (always).
    func render(
        _ dot: String, formatName: String, engineName: String
    ) throws(RenderFailure) -> Data {
        guard let context else {
            throw .layout(message: "libgvc could not create a context", unavailable: true)
        }
        let graph = try readGraph(dot)
        defer { _ = agclose(graph) }
        try layout(graph, engineName: engineName, context: context)
        defer { _ = gvFreeLayout(context, graph) }
        return try renderData(graph, formatName: formatName, context: context, using: gvRenderData)
    }

    /// Parses `dot` into a graph that the caller must `agclose`.
    ///
    /// Only the first graph in the text is read. A NUL byte is refused: libgraphviz would
    /// silently stop reading there.
    func readGraph(_ dot: String) throws(RenderFailure) -> UnsafeMutablePointer<Agraph_t> {
        if let nul = dot.utf8.firstIndex(of: 0) {
            let line = dot.utf8[..<nul].lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw .read(message: "NUL byte in line \(line): DOT text cannot contain one")
        }
        // cgraph's lexer is global: it counts lines across reads and keeps its lookahead past the
        // first graph (a trailing newline shifted the next text's error lines by one). Start each
        // text at line 1 and drain what is left afterwards.
        agsetfile(nil)
        let graph = agmemread(dot)
        let message = endPhase(failed: graph == nil, fallback: "the DOT text holds no graph")
        drainLexer()
        guard let graph else {
            throw .read(message: message ?? "the DOT text holds no graph")
        }
        if let message {
            _ = agclose(graph)
            throw .read(message: message)
        }
        return graph
    }

    /// Reads (and discards) what the lexer kept of the last text, so that the next read starts afresh.
    private func drainLexer() {
        while let rest = agmemread("") { _ = agclose(rest) }
        _ = endPhase(failed: false, fallback: "")
    }

    /// Lays `graph` out; on success the caller must `gvFreeLayout` it.
    private func layout(
        _ graph: UnsafeMutablePointer<Agraph_t>, engineName: String, context: OpaquePointer
    ) throws(RenderFailure) {
        let result = gvLayout(context, graph, engineName)
        guard let message = endPhase(failed: result != 0, fallback: "gvLayout returned \(result)")
        else { return }
        if result == 0 { _ = gvFreeLayout(context, graph) }
        let unavailable = result != 0 && !pluginNames(kind: "layout").contains(engineName)
        throw .layout(message: message, unavailable: unavailable)
    }

    /// Renders a laid-out graph and copies the bytes out before libgraphviz's buffer is freed.
    private func renderData<Length: BinaryInteger>(
        _ graph: UnsafeMutablePointer<Agraph_t>, formatName: String, context: OpaquePointer,
        using function: RenderDataFunction<Length>
    ) throws(RenderFailure) -> Data {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: Length = 0
        let result = function(context, graph, formatName, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        let message = endPhase(
            failed: result != 0 || buffer == nil || length <= 0,
            fallback: result != 0 ? "gvRenderData returned \(result)" : "no output was produced")
        if let message {
            let unavailable = result != 0 && !pluginNames(kind: "device").contains(formatName)
            throw .render(message: message, unavailable: unavailable)
        }
        guard let buffer else {
            throw .render(message: "no output was produced", unavailable: false)
        }
        return Data(bytes: buffer, count: Int(clamping: length))
    }
}
