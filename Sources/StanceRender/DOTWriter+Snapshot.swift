import StanceModel

extension DOTWriter {
    /// The DOT of a snapshot: one node per actor, one edge per stance in force.
    ///
    /// Edges are coloured by polarity and as thick as the stance is intense; each is labelled with
    /// its stance, the start of its valid time and its topic, carries its quote (and speaker,
    /// source, ties) as a tooltip and links to its source when the evidence has an http(s) URL.
    /// Parallel claims on one key in force that day are one edge, "×N" in its label and the
    /// strongest quote in its tooltip. With ``DiagramOptions/rollUp`` members are drawn inside
    /// their umbrella and edges between groups aggregated (see ``rollUp(_:title:options:)``).
    /// - Parameter title: the caption at the top; "Stances on DATE" when nil.
    /// - Complexity: O(n log n) in the number of entries and actors.
    public static func snapshot(_ snapshot: Snapshot, title: String? = nil, options: DiagramOptions = DiagramOptions())
        -> String
    {
        if options.rollUp { return rollUp(snapshot, title: title, options: options) }
        let edges = SnapshotEdges(snapshot)
        let nodes = NodeTable(actors: snapshot.actors, keys: edges.entries.map(\.entry.key))
        let topics = TopicTable(snapshot.topics)
        var graph = makeGraph(
            name: "stances", title: options.title(title ?? DiagramText.snapshotTitle(snapshot)), nodes: nodes,
            layout: options.layout)
        for item in edges.entries {
            graph.edge(
                nodes.nodeID(item.entry.key.source), nodes.nodeID(item.entry.key.target),
                snapshotEdge(item.entry, parallel: item.parallel, nodes: nodes, topics: topics, layout: options.layout))
        }
        if edges.entries.isEmpty { writeEmptyNote("No stances in force on \(snapshot.date)", into: &graph) }
        Legend.snapshot(kinds: nodes.kinds).write(into: &graph)
        return graph.text
    }

    /// The attributes of the edge of one snapshot entry, with the claims in force on its key.
    static func snapshotEdge(
        _ entry: SnapshotEntry, parallel: [StanceClaim] = [], nodes: NodeTable, topics: TopicTable,
        layout: DiagramLayout = .standard
    ) -> DOTAttributes {
        let stance = entry.stance
        let topic = topics.label(entry.key.topic)
        let time = DiagramText.validTime(entry.claim.validTime)
        let count = max(1, parallel.count)
        var attributes = DiagramStyle.edge(stance)
        let level = stance.level.rawValue + (count > 1 ? " ×\(count)" : "")
        if layout.isLarge {
            attributes.merge(DiagramStyle.largeEdge(stance))
        } else {
            attributes.set("label", DiagramText.edgeLabel(stance: level, topic: topic, time: time), maxCharacters: 200)
        }
        let heading =
            DiagramText.dyad(source: nodes.name(entry.key.source), target: nodes.name(entry.key.target), topic: topic)
            + ": " + level + (time.map { " (\($0)" + ")" } ?? "")
        let evidence = count > 1 ? DiagramText.evidence(ofParallel: parallel) : DiagramText.evidence(of: entry)
        let tooltip = ([heading] + evidence + DiagramText.contradiction(of: entry.claim, among: parallel)).joined(separator: "\n")
        annotate(&attributes, tooltip: tooltip, link: DiagramText.link(of: entry))
        return attributes
    }
}

/// The entries of a snapshot in key order, each with every claim in force on its key.
struct SnapshotEdges {
    let entries: [(entry: SnapshotEntry, parallel: [StanceClaim])]

    init(_ snapshot: Snapshot) {
        entries = snapshot.entries.indices
            .map { (entry: snapshot.entries[$0], parallel: snapshot.claimsInForce(forEntryAt: $0).map(\.claim)) }
            .sorted { $0.entry.key < $1.entry.key }
    }
}
