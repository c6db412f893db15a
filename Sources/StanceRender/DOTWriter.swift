import StanceModel

/// Writes snapshots and shifts as Graphviz DOT text.
///
/// Pure Swift: no Graphviz needed. The output is deterministic — the same snapshot or shift
/// gives byte-identical DOT whatever order its actors come in: nodes get synthetic IDs (`n0`,
/// `n1`, ...) in actor-id order, edges follow their keys, attributes are sorted, numbers have a
/// fixed notation. Every name, topic and quote appears only inside an escaped, length-capped
/// quoted string (see ``DOTEscaping``).
public enum DOTWriter {}

extension DOTWriter {
    /// A graph with the shared look, its nodes written, ready for edges.
    static func makeGraph(
        name: String, title: String, nodes: NodeTable?, layout: DiagramLayout = .standard
    ) -> DOTGraph {
        var graphAttributes = DiagramStyle.graph(title: title)
        var nodeAttributes = DiagramStyle.nodeDefaults
        var edgeAttributes = DiagramStyle.edgeDefaults
        if layout.isLarge {
            graphAttributes.merge(DiagramStyle.largeGraph)
            nodeAttributes.merge(DiagramStyle.largeNodeDefaults)
            edgeAttributes.merge(DiagramStyle.largeEdgeDefaults)
        }
        var graph = DOTGraph(name: name, attributes: graphAttributes)
        graph.statement("node", nodeAttributes)
        graph.statement("edge", edgeAttributes)
        nodes?.write(into: &graph)
        return graph
    }

    /// Adds a tooltip (shown on the edge and on its label) and, when there is one, a link.
    static func annotate(_ attributes: inout DOTAttributes, tooltip: String, link: String?) {
        attributes.set("tooltip", tooltip, context: .tooltip, maxCharacters: 3 * DiagramStyle.quoteLimit)
        attributes.set("labeltooltip", tooltip, context: .tooltip, maxCharacters: 3 * DiagramStyle.quoteLimit)
        if let link {
            attributes.set("URL", escaped: link)
            attributes.set("target", "_blank")
        }
    }

    /// A note in place of edges when the diagram has none.
    static func writeEmptyNote(_ text: String, into graph: inout DOTGraph) {
        var attributes = DOTAttributes(["shape": "plaintext", "fontcolor": "#757575"])
        attributes.set("label", text)
        graph.node("empty", attributes)
    }
}
