/// The temporal stance graph: actors, topics, events and the claims between actors, indexed
/// for snapshots, shifts and timelines.
///
/// A value type: mutation rebuilds the index, so add claims in batches. Claims are kept in a
/// compact form and handed out as `StanceClaim` values on access (see ``claims``).
public struct StanceGraph: Sendable {
    public private(set) var actors: [ActorID: StanceActor]
    public private(set) var topics: [TopicID: Topic]
    /// Events ordered by date, then id.
    public private(set) var events: [Event]
    private(set) var storage: GraphStorage
    private(set) var index: ClaimIndex

    /// A graph; every claim must name actors (and topics) given here.
    public init(
        actors: [StanceActor] = [], topics: [Topic] = [], events: [Event] = [],
        claims: [StanceClaim] = []
    ) throws(ModelError) {
        try self.init(actors: actors, topics: topics, events: events, claimSequence: claims)
    }

    /// A graph from claims produced one at a time: a million claims never need to exist as
    /// `StanceClaim` values at once.
    public init(
        actors: [StanceActor] = [], topics: [Topic] = [], events: [Event] = [],
        claimSequence: some Sequence<StanceClaim>
    ) throws(ModelError) {
        self.actors = [:]
        self.topics = [:]
        self.events = []
        storage = GraphStorage()
        index = ClaimIndex()
        try add(actors: actors, topics: topics, events: events, claimSequence: claimSequence)
    }

    /// The claims in the order they were added; a claim's position is its index in the graph.
    public var claims: ClaimList { ClaimList(storage: storage) }

    /// Adds actors, topics, events and claims, then rebuilds the index.
    ///
    /// An actor, topic or event whose id is already known keeps its first name and kind; aliases
    /// and memberships are merged. Throws, changing nothing, if a claim names an unknown actor or topic.
    /// - Complexity: O(n log n) in the number of claims of the graph.
    public mutating func add(
        actors newActors: [StanceActor] = [], topics newTopics: [Topic] = [],
        events newEvents: [Event] = [], claims newClaims: [StanceClaim] = []
    ) throws(ModelError) {
        try add(actors: newActors, topics: newTopics, events: newEvents, claimSequence: newClaims)
    }

    /// Adds actors, topics, events and a sequence of claims; see ``add(actors:topics:events:claims:)``.
    public mutating func add(
        actors newActors: [StanceActor] = [], topics newTopics: [Topic] = [],
        events newEvents: [Event] = [], claimSequence newClaims: some Sequence<StanceClaim>
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

        let mark = storage.mark
        for actor in newActors { storage.register(actor: actor.id) }
        for topic in newTopics { storage.register(topic: topic.id) }
        for claim in newClaims where !storage.append(claim) {
            let position = storage.claims.count + 1
            storage.rollBack(to: mark)
            let where_ = "#\(position) (\(claim.key))"
            if actors[claim.source] == nil {
                throw .unknownActor(claim.source, inClaim: where_)
            }
            if actors[claim.target] == nil {
                throw .unknownActor(claim.target, inClaim: where_)
            }
            throw .unknownTopic(claim.topic ?? "", inClaim: where_)
        }

        var events = self.events
        for event in newEvents where !events.contains(where: { $0.id == event.id }) { events.append(event) }
        events.sort { ($0.date.firstDay, $0.id) < ($1.date.firstDay, $1.id) }

        self.actors = actors
        self.topics = topics
        self.events = events
        index = ClaimIndex(storage: storage)
    }

    /// Adds everything another graph holds.
    public mutating func merge(_ other: StanceGraph) throws(ModelError) {
        try add(
            actors: other.sortedActors, topics: other.sortedTopics, events: other.events,
            claimSequence: other.claims)
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

    /// The latest day the graph knows of: the latest claim start, the last day of the latest
    /// claim end, or of the latest publication.
    public var latestDate: TimePoint? { index.latestDay.map { TimePoint(dayNumber: Int($0)) } }

    /// The first day of the earliest claim start (claims with an open start aside).
    public var earliestStart: TimePoint? { index.earliestStart.map { TimePoint(dayNumber: Int($0)) } }

    /// The ids of the documents the evidence comes from, sorted.
    public var documentIDs: [String] { Set(storage.documents.values.map(\.id)).sorted() }

    /// The span over which claim number `position` is in force: its valid time, with an open end
    /// closed the day before a later claim on the same key starts.
    public func effectiveSpan(ofClaimAt position: Int) -> TimeSpan {
        let valid = storage.claims[position].validTime
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

/// The claims of a graph, built as `StanceClaim` values when read.
public struct ClaimList: RandomAccessCollection, Equatable, Sendable {
    let storage: GraphStorage

    public static func == (lhs: ClaimList, rhs: ClaimList) -> Bool { lhs.elementsEqual(rhs) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.claims.count }
    public subscript(position: Int) -> StanceClaim { storage.claim(at: position) }
}
