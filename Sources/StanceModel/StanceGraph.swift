/// The temporal stance graph: actors, topics, events and the claims between actors, indexed
/// for snapshots, shifts and timelines.
///
/// A value type: mutation rebuilds the index, so add claims in batches.
public struct StanceGraph: Sendable {
    public private(set) var actors: [ActorID: StanceActor]
    public private(set) var topics: [TopicID: Topic]
    /// Events ordered by date, then id.
    public private(set) var events: [Event]
    /// Claims in the order they were added; their position is their index in the graph.
    public private(set) var claims: [StanceClaim]
    private(set) var index: ClaimIndex

    /// A graph; every claim must name actors (and topics) given here.
    public init(
        actors: [StanceActor] = [], topics: [Topic] = [], events: [Event] = [],
        claims: [StanceClaim] = []
    ) throws(ModelError) {
        self.actors = [:]
        self.topics = [:]
        self.events = []
        self.claims = []
        index = ClaimIndex()
        try add(actors: actors, topics: topics, events: events, claims: claims)
    }

    /// Adds actors, topics, events and claims, then rebuilds the index.
    ///
    /// An actor, topic or event whose id is already known keeps its first name and kind; aliases
    /// and memberships are merged. Throws, changing nothing, if a claim names an unknown actor or topic.
    /// - Complexity: O(n log n) in the number of claims of the graph.
    public mutating func add(
        actors newActors: [StanceActor] = [], topics newTopics: [Topic] = [],
        events newEvents: [Event] = [], claims newClaims: [StanceClaim] = []
    ) throws(ModelError) {
        var actors = self.actors
        for actor in newActors {
            if var known = actors[actor.id] {
                for alias in actor.aliases where !known.aliases.contains(alias) { known.aliases.append(alias) }
                for membership in actor.memberships where !known.memberships.contains(membership) {
                    known.memberships.append(membership)
                }
                actors[actor.id] = known
            } else {
                actors[actor.id] = actor
            }
        }
        var topics = self.topics
        for topic in newTopics where topics[topic.id] == nil { topics[topic.id] = topic }
        for (position, claim) in newClaims.enumerated() {
            let where_ = "#\(claims.count + position + 1) (\(claim.key))"
            guard actors[claim.source] != nil else { throw .unknownActor(claim.source, inClaim: where_) }
            guard actors[claim.target] != nil else { throw .unknownActor(claim.target, inClaim: where_) }
            if let topic = claim.topic, topics[topic] == nil { throw .unknownTopic(topic, inClaim: where_) }
        }
        var events = self.events
        for event in newEvents where !events.contains(where: { $0.id == event.id }) { events.append(event) }
        events.sort { ($0.date.firstDay, $0.id) < ($1.date.firstDay, $1.id) }

        self.actors = actors
        self.topics = topics
        self.events = events
        claims.append(contentsOf: newClaims)
        index = ClaimIndex(claims: claims, actors: actors)
    }

    /// Adds everything another graph holds.
    public mutating func merge(_ other: StanceGraph) throws(ModelError) {
        try add(
            actors: other.sortedActors, topics: other.sortedTopics, events: other.events,
            claims: other.claims)
    }

    /// Actors ordered by id.
    public var sortedActors: [StanceActor] { actors.values.sorted { $0.id < $1.id } }
    /// Topics ordered by id.
    public var sortedTopics: [Topic] { topics.values.sorted { $0.id < $1.id } }

    /// The event whose id, name or alias is `name` (ignoring case).
    public func event(named name: String) throws(ModelError) -> Event {
        guard let event = events.first(where: { $0.isNamed(name) }) else {
            throw .unknownEvent(name, known: events.map(\.id))
        }
        return event
    }

    /// The latest day the graph knows of: the latest claim start, claim end or publication date.
    public var latestDate: TimePoint? {
        var latest: Int?
        for claim in claims {
            let days = [claim.validTime.start?.firstDay, claim.validTime.end.map { $0.endDay - 1 }]
                + claim.evidence.map { $0.published.map { $0.endDay - 1 } }
            for case let day? in days { latest = max(latest ?? day, day) }
        }
        return latest.map { TimePoint(dayNumber: $0) }
    }

    /// The span over which claim number `position` is in force: its valid time, with an open end
    /// closed the day before a later claim on the same key starts.
    public func effectiveSpan(ofClaimAt position: Int) -> TimeSpan {
        let valid = claims[position].validTime
        let end = index.end[position]
        guard valid.end == nil, end != ClaimIndex.open.upperBound else { return valid }
        return TimeSpan(from: valid.start, until: TimePoint(dayNumber: Int(end) - 1)) ?? valid
    }

    /// Whether claim number `position` is in force on the first day of `point`.
    public func isInForce(claimAt position: Int, at point: TimePoint) -> Bool {
        let day = ClaimIndex.clamp(point.firstDay)
        return index.start[position] <= day && day < index.end[position]
    }
}
