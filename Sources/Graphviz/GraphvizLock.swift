import Foundation
internal import CGraphviz

/// The one process-wide lock around every call into libgraphviz, and the state it guards.
///
/// libgraphviz is not thread safe: its parser, error state, plugin caches and default
/// attributes are global, so even separate contexts on separate threads crash. Every call into
/// cgraph or gvc, context creation and installing the error hook included, happens inside
/// `run`, which hands its body a `GraphvizCall` as proof that the lock is held.
enum GraphvizLock {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var hookInstalled = false
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// Runs `body` holding the lock, with the error hook installed, the long-lived context
    /// created if it can be, and libgraphviz's sticky error level cleared.
    static func run<T, E: Error>(_ body: (borrowing GraphvizCall) throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        if !hookInstalled {
            _ = agseterrf(graphvizErrorHook)
            hookInstalled = true
        }
        if sharedContext == nil {
            // gvContext also declares the node label default "\N" for every later graph, so
            // create it before any parse too: parse results then never depend on history.
            sharedContext = gvContext()
        }
        _ = agreseterrors()
        ErrorCapture.reset()
        return try body(GraphvizCall(context: sharedContext))
    }
}

/// Proof that the caller holds `GraphvizLock`: only `GraphvizLock.run` makes one, and it
/// cannot be copied out of the closure it is lent to.
struct GraphvizCall: ~Copyable {
    /// The long-lived gvc context, or nil if libgvc could not create one.
    let context: OpaquePointer?

    fileprivate init(context: OpaquePointer?) {
        self.context = context
    }

    /// Ends a phase (parse, layout or render) and says whether it failed, and why.
    ///
    /// A phase failed if `failed` (its C result was nil or non-zero) or if `agerrors()` shows
    /// an error: some failures, such as a malformed HTML-like label, leave a zero result.
    /// Returns nil when the phase went well, else a one-line summary of what libgraphviz said
    /// (or `fallback` if it said nothing). Clears the sticky error level and the captured
    /// messages for the next phase either way.
    func endPhase(failed: Bool, fallback: @autoclosure () -> String) -> String? {
        let errorLevel = agerrors()
        _ = agreseterrors()
        let messages = ErrorCapture.drain()
        guard failed || errorLevel > 0 else { return nil }
        return GraphvizMessage.summary(of: messages, fallback: fallback())
    }

    /// The names of the plugins of one kind ("layout", "device", ...) that libgvc knows.
    func pluginNames(kind: String) -> Set<String> {
        guard let context else { return [] }
        var count: Int32 = 0
        guard let list = pluginList(gvPluginList, context: context, kind: kind, count: &count)
        else { return [] }
        defer { free(list) }
        var names: Set<String> = []
        for index in 0..<Int(max(count, 0)) {
            guard let name = list[index] else { continue }
            names.insert(String(cString: name))
            free(name)
        }
        return names
    }
}

/// A list of strings libgvc allocated, which the caller frees item by item.
private typealias PluginList = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

/// Calls `gvPluginList` as declared up to Graphviz 2.x, with an unused fourth parameter.
private func pluginList<Unused>(
    _ function: (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?, Unused?)
        -> PluginList?,
    context: OpaquePointer, kind: String, count: inout Int32
) -> PluginList? {
    kind.withCString { function(context, $0, &count, nil) }
}

/// Calls `gvPluginList` as declared by later releases, which dropped the unused parameter.
private func pluginList(
    _ function: (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?)
        -> PluginList?,
    context: OpaquePointer, kind: String, count: inout Int32
) -> PluginList? {
    kind.withCString { function(context, $0, &count) }
}
