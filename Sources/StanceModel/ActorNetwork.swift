/// Which actor-by-actor network of Discourse Network Analyzer: agreement or disagreement.
public enum NetworkKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// Weight: the objects toward which both actors hold a stance of the same sign.
    case congruence
    /// Weight: the objects toward which the two actors hold stances of opposite signs.
    case conflict
}

/// What two actors' stances are compared on: each target, or each target and topic.
public enum NetworkObject: String, CaseIterable, Sendable, Codable, Hashable {
    /// A target and topic (no topic counts as a topic of its own).
    case targetTopic = "target-topic"
    /// A target, whatever the topic: an actor may then hold both signs toward it.
    case target
}

/// One object two holders are compared on: a target, and the topic when objects are target and topic.
public struct NetworkConcept: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let target: ActorID
    public let topic: TopicID?

    public init(target: ActorID, topic: TopicID?) {
        self.target = target
        self.topic = topic
    }

    /// "united-states", "united-states [us-troop-presence-iraq]".
    public var description: String { target.rawValue + (topic.map { " [\($0)]" } ?? "") }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.target, lhs.topic?.rawValue ?? "") < (rhs.target, rhs.topic?.rawValue ?? "")
    }
}

/// An undirected, weighted edge between two actors, `first` before `second` by id.
public struct NetworkEdge: Hashable, Sendable {
    public let first: ActorID
    public let second: ActorID
    /// The objects the two agree (congruence) or disagree (conflict) on, sorted.
    public let concepts: [NetworkConcept]
    /// How many objects: `concepts.count`.
    public var weight: Int { concepts.count }
}

/// An actor-by-actor network at one date, as in Discourse Network Analyzer.
public struct ActorNetwork: Sendable {
    public let kind: NetworkKind
    public let object: NetworkObject
    public let date: TimePoint
    public let topic: TopicID?
    /// Edges ordered by the two ids.
    public let edges: [NetworkEdge]
    /// Every holder of a signed stance that was compared (whether or not it has an edge), by id.
    public let holders: [ActorID]

    public init(
        kind: NetworkKind, object: NetworkObject, date: TimePoint, topic: TopicID?, edges: [NetworkEdge], holders: [ActorID]
    ) {
        (self.kind, self.object, self.date, self.topic) = (kind, object, date.start, topic)
        (self.edges, self.holders) = (edges, holders)
    }

    /// The edges of `kind` between the holders of `stances`, one stance per holder, target and topic.
    ///
    /// A holder's signs toward an object are the signs of its non-neutral stances on it (neutral
    /// agrees and disagrees with nothing). Two holders are congruent on an object when they share
    /// a sign on it, in conflict when one holds a positive and the other a negative stance on it;
    /// with ``NetworkObject/target``, both can be true. A holder is never compared with itself,
    /// and the two may be each other's targets.
    /// - Complexity: O(holders² × objects) in the worst case; O(stances + pairs sharing an object).
    public static func edges(
        _ kind: NetworkKind, of stances: [(key: ClaimKey, stance: Stance)], by object: NetworkObject
    ) -> [NetworkEdge] {
        var signs: [NetworkConcept: [ActorID: Set<Polarity>]] = [:]
        for (key, stance) in stances where stance.polarity != .neutral {
            let concept = NetworkConcept(target: key.target, topic: object == .target ? nil : key.topic)
            signs[concept, default: [:]][key.source, default: []].insert(stance.polarity)
        }
        var shared: [Pair: [NetworkConcept]] = [:]
        for (concept, byHolder) in signs {
            let holders = byHolder.keys.sorted()
            for (i, a) in holders.enumerated() {
                for b in holders[(i + 1)...] {
                    let (signsA, signsB) = (byHolder[a] ?? [], byHolder[b] ?? [])
                    let counts: Bool =
                        switch kind {
                        case .congruence: !signsA.isDisjoint(with: signsB)
                        case .conflict:
                            (signsA.contains(.positive) && signsB.contains(.negative))
                                || (signsA.contains(.negative) && signsB.contains(.positive))
                        }
                    if counts { shared[Pair(first: a, second: b), default: []].append(concept) }
                }
            }
        }
        return shared.keys.sorted().map { NetworkEdge(first: $0.first, second: $0.second, concepts: shared[$0, default: []].sorted()) }
    }

    private struct Pair: Hashable, Comparable {
        let first: ActorID
        let second: ActorID
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }
}

extension StanceGraph {
    /// The congruence or conflict network of the stances in force at `date` (on `topic` only, when given).
    /// - Complexity: O(claims) for the snapshot, then as ``ActorNetwork/edges(_:of:by:)``.
    public func network(
        _ kind: NetworkKind, at date: TimePoint, topic: TopicID? = nil, by object: NetworkObject = .targetTopic
    ) -> ActorNetwork {
        let stances = snapshot(at: date).entries
            .filter { topic == nil || $0.key.topic == topic }
            .map { (key: $0.key, stance: $0.stance) }
        let holders = Set(stances.filter { $0.stance.polarity != .neutral }.map(\.key.source)).sorted()
        return ActorNetwork(
            kind: kind, object: object, date: date, topic: topic,
            edges: ActorNetwork.edges(kind, of: stances, by: object), holders: holders)
    }
}
