import StanceModel

extension DOTWriter {
    /// The DOT of a snapshot rolled up: each actor drawn inside the cluster of its umbrella (the
    /// outermost actor it belongs to on that day, see `Snapshot.umbrella(of:)`), the umbrella's
    /// own node in it too; stances within a group drawn one by one, and those between two groups
    /// (an actor outside any umbrella is a group of its own) aggregated into one edge per
    /// direction labelled with their count and levels, coloured by their mean score.
    ///
    /// Aggregated edges join the umbrellas' nodes (or a group's first member) and are clipped at
    /// the cluster borders (`compound`, `ltail`, `lhead`: `dot` only; other engines draw them to
    /// the nodes; `fdp` keeps the clusters, `sfdp` draws none).
    /// - Complexity: O(n log n) in the number of entries and actors.
    static func rollUp(_ snapshot: Snapshot, title: String?, options: DiagramOptions) -> String {
        let edges = SnapshotEdges(snapshot)
        var actors = snapshot.actors
        var group: [ActorID: ActorID] = [:]
        for actor in snapshot.actors {
            guard let umbrella = snapshot.umbrella(of: actor.id) else { continue }
            group[actor.id] = umbrella.id
            group[umbrella.id] = umbrella.id
            if !actors.contains(where: { $0.id == umbrella.id }) { actors.append(umbrella) }
        }
        let nodes = NodeTable(actors: actors, keys: edges.entries.map(\.entry.key))
        let topics = TopicTable(snapshot.topics)
        var graph = makeGraph(
            name: "stances", title: options.title(title ?? DiagramText.snapshotTitle(snapshot)), nodes: nil,
            layout: options.layout)
        graph.statement("graph", DOTAttributes(["compound": "true"]))
        let clusters = Dictionary(grouping: nodes.entries.filter { group[$0.id] != nil }) { group[$0.id]! }
        for umbrella in clusters.keys.sorted() {
            var box = DOTAttributes(["style": "rounded,filled", "color": "#90a4ae", "fillcolor": "#fafafa"])
            box.set("label", nodes.name(umbrella), maxCharacters: DiagramStyle.nameLimit)
            box.set("fontsize", number: DiagramStyle.clusterFontSize)
            graph.subgraph(clusterName(umbrella, nodes: nodes), box) { inner in
                for entry in clusters[umbrella] ?? [] { nodes.write(entry, into: &inner) }
            }
        }
        for entry in nodes.entries where group[entry.id] == nil { nodes.write(entry, into: &graph) }

        let groupOf = { (id: ActorID) in group[id] ?? id }
        var between: [ClaimKey: [SnapshotEntry]] = [:]
        for item in edges.entries {
            let (from, to) = (groupOf(item.entry.key.source), groupOf(item.entry.key.target))
            guard from != to else {
                graph.edge(
                    nodes.nodeID(item.entry.key.source), nodes.nodeID(item.entry.key.target),
                    snapshotEdge(item.entry, parallel: item.parallel, nodes: nodes, topics: topics, layout: options.layout))
                continue
            }
            between[ClaimKey(source: from, target: to), default: []].append(item.entry)
        }
        for (key, entries) in between.sorted(by: { $0.key < $1.key }) {
            if entries.count == 1, let entry = entries.first,
                let item = edges.entries.first(where: { $0.entry.key == entry.key })
            {
                graph.edge(
                    nodes.nodeID(entry.key.source), nodes.nodeID(entry.key.target),
                    snapshotEdge(entry, parallel: item.parallel, nodes: nodes, topics: topics, layout: options.layout))
                continue
            }
            var attributes = aggregateEdge(entries, nodes: nodes, topics: topics, labelled: !options.layout.isLarge)
            if clusters[key.source] != nil { attributes.set("ltail", clusterName(key.source, nodes: nodes)) }
            if clusters[key.target] != nil { attributes.set("lhead", clusterName(key.target, nodes: nodes)) }
            graph.edge(nodes.nodeID(key.source), nodes.nodeID(key.target), attributes)
        }
        if edges.entries.isEmpty { writeEmptyNote("No stances in force on \(snapshot.date)", into: &graph) }
        Legend.snapshot(kinds: nodes.kinds).write(into: &graph)
        return graph.text
    }

    /// `cluster_n3`: the cluster of the umbrella drawn as node `n3`.
    static func clusterName(_ umbrella: ActorID, nodes: NodeTable) -> String {
        "cluster_" + nodes.nodeID(umbrella)
    }

    /// One edge for several stances between two groups: "3 stances: 2 supports, 1 opposes",
    /// coloured by their mean score, wider the more there are; the tooltip lists them (and holds
    /// the label alone in a big graph, when not `labelled`).
    static func aggregateEdge(
        _ entries: [SnapshotEntry], nodes: NodeTable, topics: TopicTable, labelled: Bool = true
    ) -> DOTAttributes {
        let mean = entries.map(\.stance.score).reduce(0, +) / Double(entries.count)
        var attributes = DiagramStyle.edge(Stance(score: mean) ?? .neutral)
        var counts: [StanceLevel: Int] = [:]
        for entry in entries { counts[entry.stance.level, default: 0] += 1 }
        let levels = StanceLevel.allCases.reversed().compactMap { level in
            counts[level].map { "\($0) \(level.rawValue)" }
        }
        let label = "\(entries.count) stances: " + levels.joined(separator: ", ")
        if labelled { attributes.set("label", label) }
        attributes.set("penwidth", number: min(6, 1.2 + Double(entries.count).squareRoot()))
        attributes.set("style", "bold")
        let limit = 30
        var lines = [label]
        for entry in entries.prefix(limit) {
            lines.append(
                DiagramText.dyad(
                    source: nodes.name(entry.key.source), target: nodes.name(entry.key.target),
                    topic: topics.label(entry.key.topic)) + ": " + entry.stance.level.rawValue)
        }
        if entries.count > limit { lines.append("+\(entries.count - limit) more") }
        annotate(&attributes, tooltip: lines.joined(separator: "\n"), link: nil)
        return attributes
    }
}
