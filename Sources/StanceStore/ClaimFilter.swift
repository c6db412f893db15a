import StanceModel

/// Which claims to list: by actor (as holder or target), topic, a time range the valid span must
/// overlap, extraction method and article. Every field left nil matches everything.
public struct ClaimFilter: Hashable, Sendable {
    public var actor: ActorID?
    public var topic: TopicID?
    /// The range's first point: a claim must be valid on or after its first day.
    public var from: TimePoint?
    /// The range's last point: a claim must be valid on or before its last day.
    public var until: TimePoint?
    /// A method such as `manual` or `rules@0.1`: some evidence must have it.
    public var method: ExtractionMethod?
    /// An article (document) id: some evidence must come from it.
    public var article: String?

    public init(
        actor: ActorID? = nil, topic: TopicID? = nil, from: TimePoint? = nil, until: TimePoint? = nil,
        method: ExtractionMethod? = nil, article: String? = nil
    ) {
        self.actor = actor
        self.topic = topic
        self.from = from
        self.until = until
        self.method = method
        self.article = article
    }

    /// Whether `claim` passes every condition.
    public func matches(_ claim: StanceClaim) -> Bool {
        if let actor, claim.source != actor, claim.target != actor { return false }
        if let topic, claim.topic != topic { return false }
        if let from, let end = claim.validTime.endDay, end <= from.firstDay { return false }
        if let until, let start = claim.validTime.firstDay, start >= until.endDay { return false }
        if let method, !claim.evidence.contains(where: { $0.method == method }) { return false }
        if let article, !claim.evidence.contains(where: { $0.documentID == article }) { return false }
        return true
    }
}
