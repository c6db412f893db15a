/// One claim on a timeline, with the span over which it was in force.
public struct TimelineSegment: Hashable, Sendable {
    public let key: ClaimKey
    public let claim: StanceClaim
    public let claimIndex: Int
    /// The claim's valid time with an open end closed where a later claim on the key starts.
    public let effectiveSpan: TimeSpan
}

/// The stances of one actor toward another over time.
public struct Timeline: Sendable {
    public let source: ActorID
    public let target: ActorID
    public let topic: TopicID?
    /// Segments ordered by key, then start.
    public let segments: [TimelineSegment]
}

extension StanceGraph {
    /// Every claim of `source` toward `target` — on `topic`, or on any topic when `topic` is nil —
    /// ordered by key, then start.
    /// - Complexity: O(number of keys + claims of the dyad).
    public func timeline(source: ActorID, target: ActorID, topic: TopicID? = nil) -> Timeline {
        var segments: [TimelineSegment] = []
        for (k, key) in index.keys.enumerated()
        where key.source == source && key.target == target && (topic == nil || key.topic == topic) {
            for position in Int(index.keyStart[k])..<Int(index.keyStart[k + 1]) {
                let c = Int(index.order[position])
                segments.append(
                    TimelineSegment(
                        key: key, claim: claims[c], claimIndex: c, effectiveSpan: effectiveSpan(ofClaimAt: c)))
            }
        }
        return Timeline(source: source, target: target, topic: topic, segments: segments)
    }
}
