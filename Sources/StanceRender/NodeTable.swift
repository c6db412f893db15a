import StanceModel

/// The nodes of a diagram: one per actor, numbered in id order.
struct NodeTable {
    struct Entry {
        let id: ActorID
        let nodeID: String
        /// Nil for an id that no actor of the diagram describes (drawn with its id as name).
        let actor: StanceActor?
        var name: String { actor?.name ?? id.rawValue }
    }

    let entries: [Entry]
    private let nodeIDs: [ActorID: String]
    private let names: [ActorID: String]

    /// The actors, deduplicated by id, plus any id used by `keys` but missing from `actors`.
    init(actors: [StanceActor], keys: [ClaimKey]) {
        var byID: [ActorID: StanceActor] = [:]
        let ordered = actors.sorted { ($0.id, $0.name, $0.kind.rawValue) < ($1.id, $1.name, $1.kind.rawValue) }
        for actor in ordered where byID[actor.id] == nil { byID[actor.id] = actor }
        var ids = Set(byID.keys)
        for key in keys {
            ids.insert(key.source)
            ids.insert(key.target)
        }
        entries = ids.sorted().enumerated().map { Entry(id: $1, nodeID: "n\($0)", actor: byID[$1]) }
        nodeIDs = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.nodeID) })
        names = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.name) })
    }

    func nodeID(_ id: ActorID) -> String { nodeIDs[id] ?? id.rawValue }
    func name(_ id: ActorID) -> String { names[id] ?? id.rawValue }

    /// The kinds of the actors, in declaration order.
    var kinds: [ActorKind] {
        let present = Set(entries.compactMap(\.actor?.kind))
        return ActorKind.allCases.filter(present.contains)
    }

    /// Writes one node statement per actor.
    func write(into graph: inout DOTGraph) {
        for entry in entries { write(entry, into: &graph) }
    }

    /// Writes the node statement of one actor.
    func write(_ entry: Entry, into graph: inout DOTGraph) {
        var attributes = entry.actor.map { DiagramStyle.node($0.kind) } ?? DiagramStyle.unknownNode
        attributes.set("label", entry.name, maxCharacters: DiagramStyle.nameLimit)
        let tooltip = entry.actor.map(DiagramText.actorTooltip) ?? "\(entry.id.rawValue) — unknown actor"
        attributes.set("tooltip", tooltip, context: .tooltip, maxCharacters: 2 * DiagramStyle.detailLimit)
        graph.node(entry.nodeID, attributes)
    }
}

/// Topic labels by id; an id with no topic shows as itself.
struct TopicTable {
    private let labels: [TopicID: String]

    init(_ topics: [Topic]) {
        var labels: [TopicID: String] = [:]
        for topic in topics.sorted(by: { ($0.id, $0.label) < ($1.id, $1.label) }) where labels[topic.id] == nil {
            labels[topic.id] = topic.label
        }
        self.labels = labels
    }

    func label(_ id: TopicID?) -> String? { id.map { labels[$0] ?? $0.rawValue } }
}
