/// The statements of one DOT graph, written line by line in the order they are added.
struct DOTGraph {
    private var lines: [String]
    private let indent: String
    /// `->` in a `digraph`, `--` in an undirected `graph`.
    private let edgeOperator: String

    /// A `digraph` (never `strict`: parallel stances over time are the point) named `name`, or
    /// an undirected `graph` when `directed` is false.
    init(name: String, attributes: DOTAttributes, directed: Bool = true) {
        indent = "  "
        edgeOperator = directed ? " -> " : " -- "
        lines = [(directed ? "digraph " : "graph ") + DOTEscaping.quoted(name) + " {"]
        statement("graph", attributes)
    }

    private init(subgraph name: String, attributes: DOTAttributes, indent: String, edgeOperator: String) {
        self.indent = indent + "  "
        self.edgeOperator = edgeOperator
        lines = [indent + "subgraph " + DOTEscaping.quoted(name) + " {"]
        statement("graph", attributes)
    }

    /// `graph [...]`, `node [...]` or `edge [...]`: defaults for what follows.
    mutating func statement(_ keyword: String, _ attributes: DOTAttributes) {
        guard !attributes.values.isEmpty else { return }
        lines.append(indent + keyword + " " + attributes.rendered)
    }

    /// A node statement; `id` is quoted here.
    mutating func node(_ id: String, _ attributes: DOTAttributes) {
        lines.append(indent + Self.line(DOTEscaping.quoted(id), attributes))
    }

    /// An edge statement `tail -> head` (`tail -- head` in an undirected graph); the IDs are quoted here.
    mutating func edge(_ tail: String, _ head: String, _ attributes: DOTAttributes) {
        lines.append(indent + Self.line(DOTEscaping.quoted(tail) + edgeOperator + DOTEscaping.quoted(head), attributes))
    }

    /// A subgraph (a cluster when `name` starts with `cluster`), filled in by `body`.
    mutating func subgraph(_ name: String, _ attributes: DOTAttributes, _ body: (inout DOTGraph) -> Void) {
        var inner = DOTGraph(subgraph: name, attributes: attributes, indent: indent, edgeOperator: edgeOperator)
        body(&inner)
        lines.append(contentsOf: inner.lines)
        lines.append(indent + "}")
    }

    /// The DOT text, ending with a newline.
    var text: String {
        (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    private static func line(_ head: String, _ attributes: DOTAttributes) -> String {
        let list = attributes.rendered
        return list.isEmpty ? head : head + " " + list
    }
}
