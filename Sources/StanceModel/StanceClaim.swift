/// What a snapshot keeps one stance for: holder, target and (optional) topic.
public struct ClaimKey: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var source: ActorID
    public var target: ActorID
    public var topic: TopicID?

    public init(source: ActorID, target: ActorID, topic: TopicID? = nil) {
        self.source = source
        self.target = target
        self.topic = topic
    }

    /// By source, then target, then topic, a key without a topic first.
    public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
        (lhs.source, lhs.target, lhs.topic == nil ? 0 : 1, lhs.topic?.rawValue ?? "")
            < (rhs.source, rhs.target, rhs.topic == nil ? 0 : 1, rhs.topic?.rawValue ?? "")
    }

    public var description: String {
        "\(source) → \(target)" + (topic.map { " on \($0)" } ?? "")
    }
}

/// A stance of one actor toward another, optionally on a topic, valid over a span of time,
/// with the evidence that says so.
public struct StanceClaim: Hashable, Sendable, Codable {
    public var source: ActorID
    public var target: ActorID
    public var topic: TopicID?
    public var stance: Stance
    public var validTime: TimeSpan
    public var evidence: [Evidence]

    public init(
        source: ActorID, target: ActorID, topic: TopicID? = nil, stance: Stance,
        validTime: TimeSpan = .always, evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.topic = topic
        self.stance = stance
        self.validTime = validTime
        self.evidence = evidence
    }

    public var key: ClaimKey { ClaimKey(source: source, target: target, topic: topic) }

    /// The latest publication date among the evidence, if any has one.
    public var latestPublication: TimePoint? { evidence.compactMap(\.published).max() }

    /// The highest confidence among the evidence (1 for a claim with no evidence).
    ///
    /// A confidence that is not a number counts as 0, so that claims always rank in a total order.
    public var confidence: Double { evidence.map { $0.confidence.isNaN ? 0 : $0.confidence }.max() ?? 1 }
}
