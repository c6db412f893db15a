import StanceModel

extension DOTWriter {
    /// The DOT of a congruence or conflict network: an undirected `graph`, one node per actor with
    /// an edge, one edge per pair, as wide as its weight is to the heaviest and labelled with it.
    ///
    /// Congruence edges are green, conflict edges red; each edge's tooltip names what the pair
    /// agrees or disagrees on. Node names, kinds and tooltips come from `graph`.
    /// - Parameter title: the caption at the top; "Congruence network on DATE (…)" when nil.
    /// - Complexity: O(n log n) in the number of edges and actors.
    public static func network(_ network: ActorNetwork, in graph: StanceGraph, title: String? = nil) -> String {
        let keys = network.edges.map { ClaimKey(source: $0.first, target: $0.second) }
        let actors = Set(keys.flatMap { [$0.source, $0.target] }).compactMap { graph.actors[$0] }
        let nodes = NodeTable(actors: actors, keys: keys)
        let topics = TopicTable(graph.sortedTopics)
        var dot = DOTGraph(
            name: network.kind.rawValue, attributes: DiagramStyle.graph(title: title ?? DiagramText.networkTitle(network)),
            directed: false)
        dot.statement("node", DiagramStyle.nodeDefaults)
        var edgeDefaults = DiagramStyle.edgeDefaults
        edgeDefaults.set("len", number: 1.6)
        edgeDefaults.set("fontsize", number: 14)
        dot.statement("edge", edgeDefaults)
        nodes.write(into: &dot)
        let heaviest = network.edges.map(\.weight).max() ?? 1
        for edge in network.edges {
            dot.edge(
                nodes.nodeID(edge.first), nodes.nodeID(edge.second),
                networkEdge(
                    edge, kind: network.kind, heaviest: heaviest, nodes: nodes, topics: topics,
                    name: { graph.actors[$0]?.name ?? $0.rawValue }))
        }
        if network.edges.isEmpty {
            writeEmptyNote("No pair of actors \(DiagramText.networkRelation(network.kind)) on \(network.date)", into: &dot)
        }
        return dot.text
    }

    /// The attributes of one network edge; `name` gives the names of the targets in its tooltip.
    static func networkEdge(
        _ edge: NetworkEdge, kind: NetworkKind, heaviest: Int, nodes: NodeTable, topics: TopicTable,
        name: (ActorID) -> String
    ) -> DOTAttributes {
        let polarity: Polarity = kind == .congruence ? .positive : .negative
        var attributes = DOTAttributes([
            "color": DiagramStyle.color(polarity), "fontcolor": DiagramStyle.fontColor(polarity),
            "weight": String(edge.weight),
        ])
        attributes.set("penwidth", number: DiagramStyle.networkPenWidth(weight: edge.weight, heaviest: heaviest))
        attributes.set("label", String(edge.weight))
        let objects = edge.concepts.map { concept in
            name(concept.target) + (topics.label(concept.topic).map { " on \($0)" } ?? "")
        }
        let heading =
            "\(nodes.name(edge.first)) — \(nodes.name(edge.second)): \(DiagramText.networkRelation(kind)) on \(edge.weight)"
        annotate(&attributes, tooltip: ([heading] + objects.map { "• " + $0 }).joined(separator: "\n"), link: nil)
        return attributes
    }
}

extension DiagramStyle {
    /// Pen width of a network edge: 1.2 for the lightest up to 7 for the heaviest of the diagram.
    static func networkPenWidth(weight: Int, heaviest: Int) -> Double {
        guard heaviest > 1 else { return 2 }
        return 1.2 + 5.8 * Double(max(weight - 1, 0)) / Double(heaviest - 1)
    }
}

extension DiagramText {
    /// "agree", "disagree".
    static func networkRelation(_ kind: NetworkKind) -> String {
        switch kind {
        case .congruence: "agree"
        case .conflict: "disagree"
        }
    }

    /// "Congruence network on 2025-01-31, topic us-troop-presence-iraq", then on a second line
    /// what the edges count.
    static func networkTitle(_ network: ActorNetwork) -> String {
        let object = network.object == .target ? "targets" : "targets and topics"
        let side = network.kind == .congruence ? "the same side" : "opposite sides"
        return "\(network.kind.rawValue.capitalized) network on \(network.date)"
            + (network.topic.map { ", topic \($0)" } ?? "")
            + "\nedge width and label: how many \(object) two actors take \(side) on"
    }
}
