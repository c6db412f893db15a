/// What libgraphviz read from DOT text, without laying it out: for checking generated DOT.
///
/// Attribute values are as libgraphviz stores them: `\"` inside a quoted string becomes `"`,
/// but other backslash escapes (`\n`, `\l`, `\\`) are kept as written, since Graphviz only
/// interprets them when it draws a label. Values are the ones Graphviz will use: a node or
/// subgraph inherits the defaults in force where it is created, so a nested cluster shows the
/// `label` of the cluster around it unless it sets its own.
public struct ParsedGraph: Sendable, Equatable {
    /// A node and the attributes set on it.
    public struct Node: Sendable, Equatable {
        public var name: String
        /// Attributes whose value differs from the root graph's declared default.
        public var attributes: [String: String]

        public init(name: String, attributes: [String: String] = [:]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// An edge from `tail` to `head` and the attributes set on it.
    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        /// Attributes whose value differs from the root graph's declared default.
        public var attributes: [String: String]

        public init(tail: String, head: String, attributes: [String: String] = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A subgraph (a cluster if its name starts with `cluster`) and what it holds.
    public struct Subgraph: Sendable, Equatable {
        /// The name as written; empty for an anonymous subgraph such as `{ rank=same; a b }`.
        public var name: String
        /// Graph attributes whose value here differs from the root graph's declared default,
        /// including those inherited from an enclosing subgraph.
        public var attributes: [String: String]
        /// The names of the nodes in this subgraph and the subgraphs inside it.
        public var nodes: [String]
        public var subgraphs: [Subgraph]

        public init(
            name: String, attributes: [String: String] = [:], nodes: [String] = [],
            subgraphs: [Subgraph] = []
        ) {
            self.name = name
            self.attributes = attributes
            self.nodes = nodes
            self.subgraphs = subgraphs
        }

        /// Whether Graphviz draws this subgraph as a box: its name starts with `cluster`.
        public var isCluster: Bool { name.hasPrefix("cluster") }
    }

    /// The graph's name as written; empty for an anonymous graph (`digraph { ... }`).
    public var name: String
    public var isDirected: Bool
    public var isStrict: Bool
    /// Root graph attributes with a non-empty value.
    public var graphAttributes: [String: String]
    /// The nodes in libgraphviz's order, which is the order they were first mentioned.
    public var nodes: [Node]
    /// The edges in the order they were written.
    public var edges: [Edge]
    /// The top-level subgraphs in the order they were written, each with its own subgraphs.
    public var subgraphs: [Subgraph]

    public init(
        name: String, isDirected: Bool, isStrict: Bool, graphAttributes: [String: String] = [:],
        nodes: [Node] = [], edges: [Edge] = [], subgraphs: [Subgraph] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.graphAttributes = graphAttributes
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// The first node named `name`, if any.
    public func node(named name: String) -> Node? {
        nodes.first { $0.name == name }
    }

    /// The edges from `tail` to `head`, in the order they were written.
    public func edges(from tail: String, to head: String) -> [Edge] {
        edges.filter { $0.tail == tail && $0.head == head }
    }

    /// The subgraph named `name`, searched depth first, if any.
    public func subgraph(named name: String) -> Subgraph? {
        var pending = subgraphs
        while !pending.isEmpty {
            let next = pending.removeFirst()
            if next.name == name { return next }
            pending.insert(contentsOf: next.subgraphs, at: 0)
        }
        return nil
    }
}
