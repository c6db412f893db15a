import StanceModel

extension DOTWriter {
    /// The DOT of a snapshot: one node per actor, one edge per stance in force.
    ///
    /// Edges are coloured by polarity and as thick as the stance is intense; each is labelled with
    /// its stance, the start of its valid time and its topic, carries its quote (and speaker,
    /// source, ties) as a tooltip and links to its source when the evidence has an http(s) URL.
    /// - Parameter title: the caption at the top; "Stances on DATE" when nil.
    /// - Complexity: O(n log n) in the number of entries and actors.
    public static func snapshot(_ snapshot: Snapshot, title: String? = nil) -> String {
        let entries = snapshot.entries.sorted { $0.key < $1.key }
        let nodes = NodeTable(actors: snapshot.actors, keys: entries.map(\.key))
        let topics = TopicTable(snapshot.topics)
        var graph = makeGraph(
            name: "stances", title: title ?? DiagramText.snapshotTitle(snapshot), nodes: nodes)
        for entry in entries {
            graph.edge(
                nodes.nodeID(entry.key.source), nodes.nodeID(entry.key.target),
                snapshotEdge(entry, nodes: nodes, topics: topics))
        }
        if entries.isEmpty { writeEmptyNote("No stances in force on \(snapshot.date)", into: &graph) }
        Legend.snapshot(kinds: nodes.kinds).write(into: &graph)
        return graph.text
    }

    /// The attributes of the edge of one snapshot entry.
    static func snapshotEdge(_ entry: SnapshotEntry, nodes: NodeTable, topics: TopicTable) -> DOTAttributes {
        let stance = entry.stance
        let topic = topics.label(entry.key.topic)
        let time = DiagramText.validTime(entry.claim.validTime)
        var attributes = DiagramStyle.edge(stance)
        attributes.set(
            "label", DiagramText.edgeLabel(stance: stance.level.rawValue, topic: topic, time: time),
            maxCharacters: 200)
        let heading =
            DiagramText.dyad(source: nodes.name(entry.key.source), target: nodes.name(entry.key.target), topic: topic)
            + ": " + stance.level.rawValue + (time.map { " (\($0))" } ?? "")
        let tooltip = ([heading] + DiagramText.evidence(of: entry)).joined(separator: "\n")
        annotate(&attributes, tooltip: tooltip, link: DiagramText.link(of: entry))
        return attributes
    }
}
