import StanceModel

extension DOTWriter {
    /// The DOT of a shift: every key with a stance at either moment, styled by how it changed.
    ///
    /// Flipped, strengthened and weakened edges are bold and labelled "before → after"; appeared
    /// edges are dashed, ended ones dotted, unchanged ones faded. Colour follows the stance after
    /// (the stance before for an ended edge). Tooltips give both quotes; links go to the source
    /// of the stance after (of the stance before for an ended edge).
    /// - Parameter title: the caption at the top; "Shift from DATE to DATE — across EVENT (DATE)"
    ///   when nil.
    /// - Complexity: O(n log n) in the number of entries and actors.
    /// - Parameter options: the layout (a big graph's edges have no labels) and a note for the title.
    public static func shift(_ shift: Shift, title: String? = nil, options: DiagramOptions = DiagramOptions()) -> String {
        let entries = shift.entries.sorted { $0.key < $1.key }
        let nodes = NodeTable(actors: shift.actors, keys: entries.map(\.key))
        let topics = TopicTable(shift.topics)
        var graph = makeGraph(
            name: "shift", title: options.title(title ?? DiagramText.shiftTitle(shift)), nodes: nodes, layout: options.layout)
        for entry in entries {
            graph.edge(
                nodes.nodeID(entry.key.source), nodes.nodeID(entry.key.target),
                shiftEdge(entry, shift: shift, nodes: nodes, topics: topics, layout: options.layout))
        }
        if entries.isEmpty {
            writeEmptyNote("No stances on \(shift.from) or \(shift.to)", into: &graph)
        }
        let counts = Dictionary(uniqueKeysWithValues: ShiftKind.allCases.map { ($0, shift.count($0)) })
        Legend.shift(kinds: nodes.kinds, counts: counts).write(into: &graph)
        return graph.text
    }

    /// The attributes of the edge of one shift entry.
    static func shiftEdge(
        _ entry: ShiftEntry, shift: Shift, nodes: NodeTable, topics: TopicTable, layout: DiagramLayout = .standard
    ) -> DOTAttributes {
        let before = entry.before?.stance.level.rawValue
        let after = entry.after?.stance.level.rawValue
        let topic = topics.label(entry.key.topic)
        let shown = entry.kind == .ended ? entry.before ?? entry.after : entry.after ?? entry.before
        let time = shown.flatMap { DiagramText.validTime($0.claim.validTime) }
        let change: String =
            switch entry.kind {
            case .flipped, .strengthened, .weakened: "\(before ?? "none") → \(after ?? "none")"
            case .appeared, .unchanged: after ?? before ?? "none"
            case .ended: before ?? after ?? "none"
            }
        let stance: String =
            switch entry.kind {
            case .appeared: change + " (new)"
            case .ended: change + " (ended)"
            default: change
            }
        var attributes = DiagramStyle.edge(entry.kind, before: entry.before?.stance, after: entry.after?.stance)
        if !layout.isLarge {
            attributes.set(
                "label", DiagramText.edgeLabel(stance: stance, topic: topic, time: time), maxCharacters: 200)
        }

        var lines = [
            DiagramText.dyad(source: nodes.name(entry.key.source), target: nodes.name(entry.key.target), topic: topic)
                + ": \(change) (\(entry.kind.rawValue))"
        ]
        for (moment, day, side) in [("Before", shift.from, entry.before), ("After", shift.to, entry.after)] {
            guard let side else {
                lines.append("\(moment) (\(day)): no stance")
                continue
            }
            let time = DiagramText.validTime(side.claim.validTime).map { ", \($0)" } ?? ""
            lines.append("\(moment) (\(day)): \(side.stance.level.rawValue)\(time)")
            lines.append(contentsOf: DiagramText.evidence(of: side))
        }
        let link = entry.kind == .ended ? DiagramText.link(of: entry.before) : DiagramText.link(of: entry.after)
        annotate(&attributes, tooltip: lines.joined(separator: "\n"), link: link)
        return attributes
    }
}
