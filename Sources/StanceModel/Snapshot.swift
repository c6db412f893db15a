/// The stance in force for one key at one moment, with the claims tied with it.
public struct SnapshotEntry: Hashable, Sendable {
    public let key: ClaimKey
    /// The claim in force: the latest start, then the latest publication, then the highest confidence.
    public let claim: StanceClaim
    /// Its position in the graph's claims.
    public let claimIndex: Int
    /// Other claims on the same key in force at the same moment that rank equally: kept, not dropped.
    public let ties: [StanceClaim]

    public var stance: Stance { claim.stance }
    /// The evidence of the claim in force and of its ties.
    public var evidence: [Evidence] { claim.evidence + ties.flatMap(\.evidence) }
}

/// Which claim won one key at one day: positions in the graph, ties as a range of a shared buffer.
struct Resolution: Sendable {
    var winner: Int32
    var tiesStart: Int32
    var tiesEnd: Int32

    static let none = Resolution(winner: -1, tiesStart: 0, tiesEnd: 0)
    var exists: Bool { winner >= 0 }
}

/// The entries of a snapshot, built as `SnapshotEntry` values when read.
public struct SnapshotEntries: RandomAccessCollection, Sendable {
    let graph: StanceGraph
    let keys: [Int32]
    let resolutions: [Resolution]
    let ties: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { keys.count }
    public subscript(position: Int) -> SnapshotEntry {
        graph.entry(key: keys[position], resolutions[position], ties: ties)
    }
}

/// The graph as it stood at one day: per key, the claim in force.
public struct Snapshot: Sendable {
    /// The day of the snapshot.
    public let date: TimePoint
    /// Entries ordered by key.
    public let entries: SnapshotEntries

    /// The actors of the entries, ordered by id.
    public var actors: [StanceActor] { entries.graph.actors(ofKeys: entries.keys) }
    /// The topics of the entries, ordered by id.
    public var topics: [Topic] { entries.graph.topics(ofKeys: entries.keys) }
}

extension StanceGraph {
    /// The graph at `point` (its first day, for a month or year): for each key the claim in force.
    ///
    /// A claim is in force when its valid span contains the day, an open end running until a later
    /// claim on the same key starts. Among those, the latest start wins, then the latest
    /// publication, then the highest confidence; equal ones are kept as ties. Entries are built
    /// as values only when read.
    /// - Complexity: O(number of claims).
    public func snapshot(at point: TimePoint) -> Snapshot {
        let day = ClaimIndex.clamp(point.firstDay)
        var keys: [Int32] = []
        var resolutions: [Resolution] = []
        var ties: [Int32] = []
        for k in index.keys.indices {
            let resolution = resolve(key: k, day: day, ties: &ties)
            guard resolution.exists else { continue }
            keys.append(Int32(k))
            resolutions.append(resolution)
        }
        return Snapshot(
            date: point.start, entries: SnapshotEntries(graph: self, keys: keys, resolutions: resolutions, ties: ties))
    }

    func resolve(key k: Int, day: Int32, ties: inout [Int32]) -> Resolution {
        let first = Int32(ties.count)
        let winner = index.resolve(key: k, day: day, collectingTies: true, into: &ties)
        return winner < 0 ? .none : Resolution(winner: winner, tiesStart: first, tiesEnd: Int32(ties.count))
    }

    func entry(key k: Int32, _ resolution: Resolution, ties: [Int32]) -> SnapshotEntry {
        SnapshotEntry(
            key: index.keys[Int(k)], claim: claims[Int(resolution.winner)],
            claimIndex: Int(resolution.winner),
            ties: ties[Int(resolution.tiesStart)..<Int(resolution.tiesEnd)].map { claims[Int($0)] })
    }

    /// The actors named by the keys at these index positions, ordered by id.
    func actors(ofKeys keys: [Int32]) -> [StanceActor] {
        var used = [Bool](repeating: false, count: index.actorIDs.count)
        for k in keys {
            used[Int(index.keySource[Int(k)])] = true
            used[Int(index.keyTarget[Int(k)])] = true
        }
        return used.indices.compactMap { used[$0] ? actors[index.actorIDs[$0]] : nil }
    }

    /// The topics named by the keys at these index positions, ordered by id.
    func topics(ofKeys keys: [Int32]) -> [Topic] {
        var used = [Bool](repeating: false, count: index.topicIDs.count)
        for k in keys where index.keyTopic[Int(k)] >= 0 { used[Int(index.keyTopic[Int(k)])] = true }
        return used.indices.compactMap { used[$0] ? topics[index.topicIDs[$0]] : nil }
    }
}
