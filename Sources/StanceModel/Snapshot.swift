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

/// The graph as it stood at one day: per key, the claim in force.
public struct Snapshot: Sendable {
    /// The day of the snapshot.
    public let date: TimePoint
    /// Entries ordered by key.
    public let entries: [SnapshotEntry]
    /// The actors of the entries, ordered by id.
    public let actors: [StanceActor]
    /// The topics of the entries, ordered by id.
    public let topics: [Topic]
}

extension StanceGraph {
    /// The graph at `point` (its first day, for a month or year): for each key the claim in force.
    ///
    /// A claim is in force when its valid span contains the day, an open end running until a later
    /// claim on the same key starts. Among those, the latest start wins, then the latest
    /// publication, then the highest confidence; equal ones are kept as ties.
    /// - Complexity: O(number of claims).
    public func snapshot(at point: TimePoint) -> Snapshot {
        let day = ClaimIndex.clamp(point.firstDay)
        var entries: [SnapshotEntry] = []
        for k in index.keys.indices {
            guard let (winner, ties) = index.resolve(key: k, day: day, withTies: true) else { continue }
            entries.append(entry(key: k, winner: winner, ties: ties))
        }
        let keys = entries.map(\.key)
        return Snapshot(
            date: point.start, entries: entries, actors: actors(of: keys), topics: topics(of: keys))
    }

    func entry(key k: Int, winner: Int32, ties: [Int32]) -> SnapshotEntry {
        SnapshotEntry(
            key: index.keys[k], claim: claims[Int(winner)], claimIndex: Int(winner),
            ties: ties.map { claims[Int($0)] })
    }

    /// The actors named by `keys`, ordered by id.
    func actors(of keys: [ClaimKey]) -> [StanceActor] {
        var used = Set<ActorID>()
        for key in keys {
            used.insert(key.source)
            used.insert(key.target)
        }
        return used.sorted().compactMap { actors[$0] }
    }

    /// The topics named by `keys`, ordered by id.
    func topics(of keys: [ClaimKey]) -> [Topic] {
        Set(keys.compactMap(\.topic)).sorted().compactMap { topics[$0] }
    }
}
