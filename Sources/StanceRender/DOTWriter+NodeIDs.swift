import StanceModel

extension DOTWriter {
    /// The actor each node of ``snapshot(_:title:options:)``'s diagram stands for, by node id
    /// ("n0", "n1", ...): lets a page turn the SVG's `<title>n0</title>` back into an actor.
    public static func nodeIDs(ofSnapshot snapshot: Snapshot) -> [String: ActorID] {
        let edges = SnapshotEdges(snapshot)
        return NodeTable(actors: snapshot.actors, keys: edges.entries.map(\.entry.key)).actorsByNodeID
    }

    /// The actor each node of ``shift(_:title:options:)``'s diagram stands for, by node id.
    public static func nodeIDs(ofShift shift: Shift) -> [String: ActorID] {
        NodeTable(actors: shift.actors, keys: shift.entries.map(\.key)).actorsByNodeID
    }
}

extension NodeTable {
    var actorsByNodeID: [String: ActorID] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.nodeID, $0.id) })
    }
}
