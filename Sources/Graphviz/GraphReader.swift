internal import CGraphviz

/// Walks a graph libgraphviz has read and copies it into a `ParsedGraph`.
///
/// Only made inside `GraphvizLock.run`, and only used while the graph is open.
struct GraphReader {
    private typealias Graph = UnsafeMutablePointer<Agraph_t>
    private typealias Symbol = UnsafeMutablePointer<Agsym_t>

    private let root: Graph
    private let graphSymbols: [Symbol]
    private let nodeSymbols: [Symbol]
    private let edgeSymbols: [Symbol]

    init(root: UnsafeMutablePointer<Agraph_t>, call: borrowing GraphvizCall) {
        self.root = root
        // Int32(...): these are macros in 2.42 but enum constants (imported as Int) later.
        graphSymbols = Self.symbols(of: root, kind: Int32(AGRAPH))
        nodeSymbols = Self.symbols(of: root, kind: Int32(AGNODE))
        edgeSymbols = Self.symbols(of: root, kind: Int32(AGEDGE))
    }

    /// Copies the whole graph.
    ///
    /// - Complexity: O((V + E) × A + E log E) for V nodes, E edges and A declared attributes.
    func parsedGraph() -> ParsedGraph {
        var nodes: [ParsedGraph.Node] = []
        var edges: [(sequence: UInt64, edge: ParsedGraph.Edge)] = []
        var node = agfstnode(root)
        while let current = node {
            let tail = Self.name(of: current)
            nodes.append(
                ParsedGraph.Node(name: tail, attributes: attributes(of: current, nodeSymbols)))
            var edge = agfstout(root, current)
            while let out = edge {
                let head = Self.name(of: out.pointee.node)
                let parsed = ParsedGraph.Edge(
                    tail: tail, head: head, attributes: attributes(of: out, edgeSymbols))
                edges.append((UInt64(out.pointee.base.tag.seq), parsed))
                edge = agnxtout(root, out)
            }
            node = agnxtnode(root, current)
        }
        return ParsedGraph(
            name: Self.graphName(of: root),
            isDirected: agisdirected(root) != 0,
            isStrict: agisstrict(root) != 0,
            graphAttributes: attributes(of: root, graphSymbols, comparedToDefault: false),
            nodes: nodes,
            edges: edges.sorted { $0.sequence < $1.sequence }.map(\.edge),
            subgraphs: subgraphs(of: root))
    }

    /// The subgraphs directly inside `graph`, in the order they were written.
    private func subgraphs(of graph: Graph) -> [ParsedGraph.Subgraph] {
        var found: [(sequence: UInt64, subgraph: ParsedGraph.Subgraph)] = []
        var subgraph = agfstsubg(graph)
        while let current = subgraph {
            var nodes: [String] = []
            var node = agfstnode(current)
            while let member = node {
                nodes.append(Self.name(of: member))
                node = agnxtnode(current, member)
            }
            let parsed = ParsedGraph.Subgraph(
                name: Self.graphName(of: current),
                attributes: attributes(of: current, graphSymbols),
                nodes: nodes, subgraphs: subgraphs(of: current))
            found.append((UInt64(current.pointee.base.tag.seq), parsed))
            subgraph = agnxtsubg(current)
        }
        return found.sorted { $0.sequence < $1.sequence }.map(\.subgraph)
    }

    /// The attributes of `object` whose value differs from the root's declared default, or,
    /// unless `comparedToDefault`, all those with a non-empty value.
    ///
    /// The root graph needs the second form: a graph attribute set at the top level becomes
    /// the declared default itself, so it never differs from it.
    private func attributes<Object>(
        of object: UnsafeMutablePointer<Object>, _ symbols: [Symbol], comparedToDefault: Bool = true
    ) -> [String: String] {
        var attributes: [String: String] = [:]
        for symbol in symbols {
            guard let value = agxget(object, symbol) else { continue }
            let text = String(cString: value)
            let defaultText = comparedToDefault
                ? symbol.pointee.defval.map { String(cString: $0) } ?? "" : ""
            if text != defaultText, let name = symbol.pointee.name {
                attributes[String(cString: name)] = text
            }
        }
        return attributes
    }

    /// The attribute symbols the root graph declares for objects of `kind`.
    private static func symbols(of root: Graph, kind: Int32) -> [Symbol] {
        var symbols: [Symbol] = []
        var symbol = agnxtattr(root, kind, nil)
        while let current = symbol {
            symbols.append(current)
            symbol = agnxtattr(root, kind, current)
        }
        return symbols
    }

    /// The name of a graph or subgraph, empty if it has none.
    ///
    /// libgraphviz names anonymous graphs `%` and a number that grows with every graph read
    /// in the process, which would make results depend on history.
    private static func graphName(of graph: Graph) -> String {
        let name = name(of: graph)
        let isGenerated = name.hasPrefix("%") && name.count > 1
            && name.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        return isGenerated ? "" : name
    }

    /// The name libgraphviz gives `object`, copied at once (anonymous names use a static buffer).
    private static func name<Object>(of object: UnsafeMutablePointer<Object>?) -> String {
        guard let object, let name = agnameof(object) else { return "" }
        return String(cString: name)
    }
}
