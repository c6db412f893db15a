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
        // A corrected span may start earlier than the claim as stored: corrected claims are always read.
        try loadGraph(
            claimsWhere: """
                c.validFrom IS NULL OR c.validFrom <= ? OR EXISTS (SELECT 1 FROM claimReview r
                WHERE r.articleId = c.articleId AND r.claimPosition = c.position AND r.decision = 'correct')
                """,
            arguments: [point.start.storedValue])
    }

    /// The whole graph, as ``loadGraph()``, with the reference of each claim: `references[i]` names
    /// the stored claim at position `i` of the graph.
    public func loadGraphWithReferences() throws(StoreError) -> (graph: StanceGraph, references: [ClaimReference]) {
        try read { db in
            var collected: [Int]? = []
            let graph = try graph(in: db, claimsWhere: nil, arguments: [], references: &collected)
            let references = collected ?? []
            guard references.count == graph.claims.count else {
                throw StoreError.inconsistentGraph(
                    source: path, reason: "\(references.count) claims read, \(graph.claims.count) in the graph")
            }
            return (graph, references.map(ClaimReference.init(packed:)))
        }
    }

    /// The snapshot at `point`, loading only the claims that can be in force then.
    public func snapshot(at point: TimePoint) throws(StoreError) -> Snapshot {
        try loadGraph(forSnapshotAt: point).snapshot(at: point)
    }

    func loadGraph(claimsWhere condition: String?, arguments: StatementArguments) throws(StoreError) -> StanceGraph {
        try read { db in try graph(in: db, claimsWhere: condition, arguments: arguments) }
    }

    /// The graph read within an open read transaction (so that it matches what else is read there).
    ///
    /// With `reviewed`, rejected claims are left out and corrected ones corrected (see
    /// ``recordReview(_:correction:of:reviewer:at:)``); without, claims are read as stored.
    func graph(
        in db: Database, claimsWhere condition: String?, arguments: StatementArguments, reviewed: Bool = true
    ) throws -> StanceGraph {
        var references: [Int]?
        return try graph(in: db, claimsWhere: condition, arguments: arguments, reviewed: reviewed, references: &references)
    }

    func graph(
        in db: Database, claimsWhere condition: String?, arguments: StatementArguments, reviewed: Bool = true,
        references: inout [Int]?
    ) throws -> StanceGraph {
        let actors = try Self.fetchActors(db)
        let topics = try Row.fetchAll(db, sql: "SELECT id, label FROM topic ORDER BY id").map { row in
            Topic(id: TopicID(row[0] as String), label: row[1])
        }
        let events = try Self.fetchEvents(db)
        let rows = try ClaimRows(
            db: db, condition: condition, arguments: arguments, overrides: reviewed ? try Self.claimOverrides(db) : [:],
            collectsReferences: references != nil)
        do {
            let graph = try StanceGraph(actors: actors, topics: topics, events: events, claimSequence: rows)
            if let failure = rows.failure { throw failure }
            if references != nil { references = rows.references }
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
/// Two cursors walk the articles in the same order, one over the claims and one over the evidence
/// (a merge, rather than one index look-up of evidence a claim). Iteration cannot throw, so the
/// first failure ends the sequence and is kept in ``failure``.
final class ClaimRows: Sequence, IteratorProtocol {
    private let claims: RawStatement
    private let evidenceRows: RawStatement
    /// Whether `evidenceRows` stands on a row not yet taken.
    private var evidenceAhead = false
    private var done = false
    private(set) var failure: (any Error)?
    /// The previous evidence record, whose strings the next one reuses when they are the same.
    private var previous: Evidence?
    /// Actors and topics by the integer key claims name them with, looked up as claims name them
    /// (a query that selects a few claims reads only their actors).
    private var actors: [Int: ActorID] = [:]
    private var topics: [Int: TopicID] = [:]
    private let actorLookup: RawStatement
    private let topicLookup: RawStatement
    /// Reviews to apply: rejected claims are skipped, corrected ones rewritten.
    private let overrides: [Int: ClaimOverride]
    private let collectsReferences: Bool
    /// The numbers of the claims handed out, in order, when collected.
    private(set) var references: [Int] = []

    /// Reads the claims that pass `condition` (SQL on `c`, the claim table). With `selective`, SQLite
    /// picks the join order (a condition that finds few claims through an index, sorting them
    /// after); otherwise both cursors walk the articles in order and nothing is sorted.
    init(
        db: Database, condition: String?, arguments: StatementArguments, selective: Bool = false,
        overrides: [Int: ClaimOverride] = [:], collectsReferences: Bool = false
    ) throws {
        self.overrides = overrides
        self.collectsReferences = collectsReferences
        actorLookup = try RawStatement(db, sql: "SELECT id FROM actor WHERE key = ?")
        topicLookup = try RawStatement(db, sql: "SELECT id FROM topic WHERE key = ?")
        let filter = condition.map { "WHERE \($0)" } ?? ""
        let join = selective ? "JOIN" : "CROSS JOIN"
        claims = try RawStatement(
            db,
            sql: """
                SELECT c.articleId * 4294967296 + c.position, c.source, c.target, c.topic, c.score, c.validFrom, c.validUntil
                FROM article a
                \(join) claim c ON c.articleId = a.id
                \(filter)
                ORDER BY a.documentId, c.position
                """)
        // Without a condition every evidence record is read, and the claim table need not be
        // visited; with one, only the evidence of the claims it selects.
        let evidenceColumns = """
            e.articleId * 4294967296 + e.claimPosition, e.documentId, e.title, e.outlet, e.url, e.published, e.quote,
            e.rangeStart, e.rangeEnd, e.timePhrase, e.speaker, e.speakerActor, e.method, e.confidence
            """
        evidenceRows = try RawStatement(
            db,
            sql: condition == nil
                ? """
                SELECT \(evidenceColumns)
                FROM article a
                CROSS JOIN evidence e ON e.articleId = a.id
                ORDER BY a.documentId, e.claimPosition, e.position
                """
                : """
                SELECT \(evidenceColumns)
                FROM article a
                \(join) claim c ON c.articleId = a.id
                \(join) evidence e ON e.articleId = c.articleId AND e.claimPosition = c.position
                \(filter)
                ORDER BY a.documentId, c.position, e.position
                """)
        try claims.statement.setArguments(arguments)
        try evidenceRows.statement.setArguments(arguments)
        evidenceAhead = try evidenceRows.step()
    }

    deinit { finish() }

    /// The actor stored under `key`, nil when there is none.
    private func actor(_ key: Int) throws -> ActorID? {
        if let id = actors[key] { return id }
        let id = try Self.lookUp(key, actorLookup).map(ActorID.init)
        actors[key] = id
        return id
    }

    /// The topic stored under `key`, nil when there is none.
    private func topic(_ key: Int) throws -> TopicID? {
        if let id = topics[key] { return id }
        let id = try Self.lookUp(key, topicLookup).map(TopicID.init)
        topics[key] = id
        return id
    }

    private static func lookUp(_ key: Int, _ statement: RawStatement) throws -> String? {
        statement.bind(1, key)
        defer { statement.reset() }
        return try statement.step() ? statement.string(0) : nil
    }

    func next() -> StanceClaim? {
        guard !done else { return nil }
        do {
            while true {
                guard try claims.step() else {
                    if evidenceAhead {
                        throw corrupt("evidence of claim \(evidenceRows.int(0)) follows no claim in the same article order")
                    }
                    finish()
                    return nil
                }
                let claimID = claims.int(0)
                var claim = try claim()
                while evidenceAhead, evidenceRows.int(0) == claimID {
                    claim.evidence.append(try evidence())
                    evidenceAhead = try evidenceRows.step()
                }
                if !overrides.isEmpty, let override = overrides[claimID] {
                    switch override {
                    case .reject: continue
                    case .correct(let correction): claim = correction.applied(to: claim)
                    }
                }
                if collectsReferences { references.append(claimID) }
                return claim
            }
        } catch {
            failure = error
            finish()
            return nil
        }
    }

    private func finish() {
        done = true
        claims.reset()
        evidenceRows.reset()
    }

    private func corrupt(_ message: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CORRUPT, message: message)
    }

    private func claim() throws -> StanceClaim {
        let score = claims.double(4)
        guard let stance = Stance(score: score) else { throw corrupt("claim \(claims.int(0)) has score \(score)") }
        guard let source = try actor(claims.int(1)), let target = try actor(claims.int(2)) else {
            throw corrupt("claim \(claims.int(0)) names actor key \(claims.int(1)) or \(claims.int(2)), which no actor has")
        }
        var topicID: TopicID?
        if !claims.isNull(3) {
            guard let id = try topic(claims.int(3)) else {
                throw corrupt("claim \(claims.int(0)) names topic key \(claims.int(3)), which no topic has")
            }
            topicID = id
        }
        let start = try StanceDatabase.point(claims.optionalInt(5), "claim")
        let end = try StanceDatabase.point(claims.optionalInt(6), "claim")
        return StanceClaim(
            source: source, target: target, topic: topicID, stance: stance,
            validTime: TimeSpan(from: start, until: end) ?? .always, evidence: [])
    }

    private func evidence() throws -> Evidence {
        let rows = evidenceRows
        guard let documentID = rows.string(1, reusing: previous?.documentID),
            let quote = rows.string(6, reusing: previous?.quote),
            let method = rows.string(12, reusing: previous?.method.rawValue)
        else {
            throw corrupt("evidence of claim \(rows.int(0)) has no document, quote or method")
        }
        let lower = rows.optionalInt(7)
        let upper = rows.optionalInt(8)
        let evidence = Evidence(
            documentID: documentID, title: rows.string(2, reusing: previous?.title),
            outlet: rows.string(3, reusing: previous?.outlet), url: rows.string(4, reusing: previous?.url),
            published: try StanceDatabase.point(rows.optionalInt(5), "evidence"), quote: quote,
            characterRange: lower.flatMap { lower in upper.flatMap { $0 >= lower ? lower..<$0 : nil } },
            timePhrase: rows.string(9, reusing: previous?.timePhrase), speaker: rows.string(10, reusing: previous?.speaker),
            speakerActor: rows.string(11).map(ActorID.init), method: ExtractionMethod(rawValue: method),
            confidence: rows.double(13))
        previous = evidence
        return evidence
    }
}
