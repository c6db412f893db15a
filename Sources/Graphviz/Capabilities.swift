extension GraphvizLibrary {
    /// Whether one layout engine can render one format on this machine.
    public struct Capability: Sendable, Equatable {
        public var engine: LayoutEngine
        public var format: GraphvizFormat
        /// Why the test render failed, or nil if it worked.
        public var error: String?

        public init(engine: LayoutEngine, format: GraphvizFormat, error: String? = nil) {
            self.engine = engine
            self.format = format
            self.error = error
        }

        /// Whether the test render worked.
        public var works: Bool { error == nil }
    }

    /// Renders a one-node graph with every engine in every format and says what worked.
    ///
    /// For a `doctor` command: a missing plugin configuration (Graphviz's `config6a`) or a
    /// missing cairo plugin shows up here as failing pairs, with Graphviz's message.
    /// - Complexity: one render per engine and format pair, in `LayoutEngine` then
    ///   `GraphvizFormat` order.
    public static func capabilities() -> [Capability] {
        let probe = #"digraph capabilities { probe [label="Graphviz"] }"#
        return LayoutEngine.allCases.flatMap { engine in
            GraphvizFormat.allCases.map { format in
                do {
                    _ = try render(probe, format: format, engine: engine)
                    return Capability(engine: engine, format: format)
                } catch {
                    let message = (error as? GraphvizError)?.errorDescription ?? "\(error)"
                    return Capability(engine: engine, format: format, error: message)
                }
            }
        }
    }
}
