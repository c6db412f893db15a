import Foundation
import GRDB
import StanceModel

extension StanceDatabase {
    /// The whole graph: every actor, topic, event and claim, claims ordered by article id, then
    /// their order in the article.
    /// - Complexity: O(claims + evidence); claims stream from SQLite into the graph's compact storage.
    public func loadGraph() throws(StoreError) -> StanceGraph {
        try loadGraph(claimsWhere: nil, arguments: [])
    }

    /// The graph of the claims that can be in force at `point`: those starting on or before its
    /// first day (or open at the start). Its snapshot at `point` equals the full graph's.
    ///
    /// A claim starting later can neither be in force at `point` nor close an earlier open end
    /// before it, so leaving it out changes nothing at `point`.
    public func loadGraph(forSnapshotAt point: TimePoint) throws(StoreError) -> StanceGraph {
        try loadGraph(
            claimsWhere: "c.validFrom IS NULL OR c.validFrom <= ?", arguments: [point.start.storedValue])
    }

    /// The snapshot at `point`, loading only the claims that can be in force then.
    public func snapshot(at point: TimePoint) throws(StoreError) -> Snapshot {
        try loadGraph(forSnapshotAt: point).snapshot(at: point)
    }

    func loadGraph(claimsWhere condition: String?, arguments: StatementArguments) throws(StoreError) -> StanceGraph {
        try read { db in try graph(in: db, claimsWhere: condition, arguments: arguments) }
    }

    /// The graph read within an open read transaction (so that it matches what else is read there).
    func graph(in db: Database, claimsWhere condition: String?, arguments: StatementArguments) throws -> StanceGraph {
        let actors = try Self.fetchActors(db)
        let topics = try Row.fetchAll(db, sql: "SELECT id, label FROM topic ORDER BY id").map { row in
            Topic(id: TopicID(row[0] as String), label: row[1])
        }
        let events = try Self.fetchEvents(db)
        let rows = try ClaimRows(db: db, condition: condition, arguments: arguments)
        do {
            let graph = try StanceGraph(actors: actors, topics: topics, events: events, claimSequence: rows)
            if let failure = rows.failure { throw failure }
            return graph
        } catch let error as ModelError {
            if let failure = rows.failure { throw failure }
            throw StoreError.inconsistentGraph(source: path, reason: error.errorDescription ?? "\(error)")
        }
    }

    static func fetchActors(_ db: Database) throws -> [StanceActor] {
        var aliases: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT actorId, alias FROM alias ORDER BY actorId, position") {
            aliases[row[0], default: []].append(row[1])
        }
        var memberships: [String: [Membership]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT actorId, parentId, validFrom, validUntil FROM membership ORDER BY actorId, position")
        {
            let span = TimeSpan(from: try point(row[2], "membership"), until: try point(row[3], "membership")) ?? .always
            memberships[row[0], default: []].append(Membership(parent: ActorID(row[1] as String), span: span))
        }
        return try Row.fetchAll(db, sql: "SELECT id, name, kind FROM actor ORDER BY id").map { row in
            let id: String = row[0]
            let kindText: String = row[2]
            guard let kind = ActorKind(rawValue: kindText) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "actor '\(id)' has unknown kind '\(kindText)'")
            }
            return StanceActor(
                id: ActorID(id), name: row[1], kind: kind, aliases: aliases[id] ?? [],
                memberships: memberships[id] ?? [])
        }
    }

    static func fetchEvents(_ db: Database) throws -> [Event] {
        try Row.fetchAll(db, sql: "SELECT id, name, date, aliases FROM event ORDER BY id").map { row in
            let id: String = row[0]
            guard let date = try point(row[2], "event '\(id)'") else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "event '\(id)' has no date")
            }
            let aliases = try JSONDecoder().decode([String].self, from: Data((row[3] as String).utf8))
            return Event(id: id, name: row[1], date: date, aliases: aliases)
        }
    }

    /// The point a stored date stands for: nil for NULL or 0 (open), an error for an impossible value.
    static func point(_ value: Int?, _ place: String) throws -> TimePoint? {
        guard let value, value != 0 else { return nil }
        guard let point = TimePoint(storedValue: value) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "\(place) has an impossible date \(value)")
        }
        return point
    }
}

/// The claims of a query, with their evidence, one at a time: the graph takes them as they come.
///
/// Iteration cannot throw, so the first failure ends the sequence and is kept in ``failure``.
final class ClaimRows: Sequence, IteratorProtocol {
    private let rows: RawStatement
    private var pending: (claimID: Int, claim: StanceClaim)?
    private var done = false
    private(set) var failure: (any Error)?
    /// The previous evidence record, whose strings the next one reuses when they are the same.
    private var previous: Evidence?
    /// Actors and topics by the integer key claims name them with.
    private let actors: [Int: ActorID]
    private let topics: [Int: TopicID]

    init(db: Database, condition: String?, arguments: StatementArguments) throws {
        actors = try Self.ids(db, sql: "SELECT key, id FROM actor", ActorID.init)
        topics = try Self.ids(db, sql: "SELECT key, id FROM topic", TopicID.init)
        rows = try RawStatement(
            db,
            sql: """
                SELECT c.articleId * 4294967296 + c.position, c.source, c.target, c.topic, c.score, c.validFrom, c.validUntil,
                    e.documentId, e.title, e.outlet, e.url, e.published, e.quote, e.rangeStart, e.rangeEnd,
                    e.timePhrase, e.speaker, e.speakerActor, e.method, e.confidence
                FROM article a
                JOIN claim c ON c.articleId = a.id
                LEFT JOIN evidence e ON e.articleId = c.articleId AND e.claimPosition = c.position
                \(condition.map { "WHERE \($0)" } ?? "")
                ORDER BY a.documentId, c.position, e.position
                """)
        try rows.statement.setArguments(arguments)
    }

    deinit { rows.reset() }

    /// The text ids of a table by integer key.
    private static func ids<ID>(_ db: Database, sql: String, _ make: (String) -> ID) throws -> [Int: ID] {
        let statement = try RawStatement(db, sql: sql)
        defer { statement.reset() }
        var ids: [Int: ID] = [:]
        while try statement.step() {
            if let id = statement.string(1) { ids[statement.int(0)] = make(id) }
        }
        return ids
    }

    func next() -> StanceClaim? {
        guard !done else { return nil }
        do {
            while try rows.step() {
                let claimID = rows.int(0)
                if let pending, pending.claimID == claimID {
                    if let evidence = try evidence() { self.pending?.claim.evidence.append(evidence) }
                    continue
                }
                let finished = pending?.claim
                pending = (claimID, try claim())
                if let finished { return finished }
            }
            finish()
            defer { pending = nil }
            return pending?.claim
        } catch {
            failure = error
            finish()
            return nil
        }
    }

    private func finish() {
        done = true
        rows.reset()
    }

    private func corrupt(_ message: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: message)
    }

    private func claim() throws -> StanceClaim {
        let score = rows.double(4)
        guard let stance = Stance(score: score) else { throw corrupt("claim \(rows.int(0)) has score \(score)") }
        guard let source = actors[rows.int(1)], let target = actors[rows.int(2)] else {
            throw corrupt("claim \(rows.int(0)) names actor key \(rows.int(1)) or \(rows.int(2)), which no actor has")
        }
        var topic: TopicID?
        if !rows.isNull(3) {
            guard let id = topics[rows.int(3)] else { throw corrupt("claim \(rows.int(0)) names topic key \(rows.int(3)), which no topic has") }
            topic = id
        }
        let start = try StanceDatabase.point(rows.optionalInt(5), "claim")
        let end = try StanceDatabase.point(rows.optionalInt(6), "claim")
        return StanceClaim(
            source: source, target: target, topic: topic,
            stance: stance, validTime: TimeSpan(from: start, until: end) ?? .always,
            evidence: try evidence().map { [$0] } ?? [])
    }

    private func evidence() throws -> Evidence? {
        guard let documentID = rows.string(7, reusing: previous?.documentID) else { return nil }
        guard let quote = rows.string(12, reusing: previous?.quote),
            let method = rows.string(18, reusing: previous?.method.rawValue)
        else {
            throw corrupt("evidence of claim \(rows.int(0)) has no quote or method")
        }
        let lower = rows.optionalInt(13)
        let upper = rows.optionalInt(14)
        let evidence = Evidence(
            documentID: documentID, title: rows.string(8, reusing: previous?.title),
            outlet: rows.string(9, reusing: previous?.outlet), url: rows.string(10, reusing: previous?.url),
            published: try StanceDatabase.point(rows.optionalInt(11), "evidence"), quote: quote,
            characterRange: lower.flatMap { lower in upper.flatMap { $0 >= lower ? lower..<$0 : nil } },
            timePhrase: rows.string(15, reusing: previous?.timePhrase), speaker: rows.string(16, reusing: previous?.speaker),
            speakerActor: rows.string(17).map(ActorID.init), method: ExtractionMethod(rawValue: method),
            confidence: rows.double(19))
        previous = evidence
        return evidence
    }
}
