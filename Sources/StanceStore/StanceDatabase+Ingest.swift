import Foundation
import GRDB
import StanceModel

extension StanceDatabase {
    /// Stores one article in one transaction: new, unchanged (same id and hash: nothing is
    /// written) or replaced (same id, other hash: its claims are replaced).
    ///
    /// Actors, topics and events are shared between articles: one already stored keeps its name
    /// and kind (or label, date), new aliases and memberships are added. A claim must name actors
    /// and a topic stored before or declared in the document.
    @discardableResult
    public func ingest(_ document: ArticleDocument, at date: Date = Date()) throws(StoreError) -> IngestOutcome {
        let stamp = Self.timestamp(date)
        return try write { db in
            var keys = StoredKeys()
            return try Self.store(document, ingestedAt: stamp, keys: &keys, in: db)
        }
    }

    /// Stores several articles in one transaction (all or none); see ``ingest(_:at:)``.
    @discardableResult
    public func ingest(batch documents: [ArticleDocument], at date: Date = Date()) throws(StoreError) -> [IngestOutcome] {
        let stamp = Self.timestamp(date)
        return try write { db in
            var keys = StoredKeys()
            return try documents.map { try Self.store($0, ingestedAt: stamp, keys: &keys, in: db) }
        }
    }

    /// "2026-11-25T15:30:00Z".
    /// Written by hand: an `ISO8601DateFormatter` a call costs more than storing a small article.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = TimePoint(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let time = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    /// Whether `document` is stored already with the same content hash (storing it writes nothing).
    static func isUnchanged(_ document: ArticleDocument, in db: Database) throws -> Bool {
        let find = try RawStatement(db, sql: "SELECT contentHash FROM article WHERE documentId = ?")
        find.bind(1, document.id)
        defer { find.reset() }
        return try find.step() && find.string(0) == document.contentHash
    }

    /// Writes one document inside the caller's transaction, whose actor and topic keys `keys` caches.
    static func store(_ document: ArticleDocument, ingestedAt: String, keys: inout StoredKeys, in db: Database) throws
        -> IngestOutcome
    {
        let find = try RawStatement(db, sql: "SELECT id, contentHash FROM article WHERE documentId = ?")
        find.bind(1, document.id)
        var existing: (id: Int, hash: String?)?
        if try find.step() { existing = (find.int(0), find.string(1)) }
        find.reset()
        if let existing, existing.hash == document.contentHash { return .unchanged }

        let write = try RawStatement(
            db,
            sql: existing == nil
                ? """
                INSERT INTO article (contentHash, path, title, outlet, url, published, ingestedAt, claimCount, documentId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
                : """
                UPDATE article SET contentHash = ?, path = ?, title = ?, outlet = ?, url = ?, published = ?,
                ingestedAt = ?, claimCount = ? WHERE documentId = ?
                """)
        write.bind(1, document.contentHash)
        write.bind(2, document.path)
        write.bind(3, document.title)
        write.bind(4, document.outlet)
        write.bind(5, document.url)
        write.bind(6, document.published?.storedValue)
        write.bind(7, ingestedAt)
        write.bind(8, document.claims.count)
        write.bind(9, document.id)
        if let existing {
            try db.execute(sql: "DELETE FROM evidence WHERE articleId = ?", arguments: [existing.id])
            try db.execute(sql: "DELETE FROM claim WHERE articleId = ?", arguments: [existing.id])
            try write.run()
        } else {
            try write.run()
        }
        let articleID = existing?.id ?? Int(db.lastInsertedRowID)
        try storeDeclarations(
            actors: document.actors, topics: document.topics, events: document.events, keys: &keys, in: db)
        try storeClaims(document.claims, articleID: Int64(articleID), documentID: document.id, keys: &keys, in: db)
        return existing == nil ? .ingested : .replaced
    }

    /// Adds actors (with aliases and memberships), topics and events not stored yet.
    ///
    /// An actor or topic already stored is looked up, not inserted again (that would be a no-op),
    /// and its key goes into `keys` for the claims that follow.
    static func storeDeclarations(
        actors: [StanceActor], topics: [Topic], events: [Event], keys: inout StoredKeys, in db: Database
    ) throws {
        let actor = try RawStatement(db, sql: "INSERT OR IGNORE INTO actor (id, name, kind) VALUES (?, ?, ?)")
        let alias = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO alias (actorId, alias, position)
                VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM alias WHERE actorId = ?1))
                """)
        let membership = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO membership (actorId, parentId, validFrom, validUntil, position)
                VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position), -1) + 1 FROM membership WHERE actorId = ?1))
                """)
        for item in actors {
            if try keys.actor(item.id, in: db) == nil {
                actor.bind(1, item.id.rawValue)
                actor.bind(2, item.name)
                actor.bind(3, item.kind.rawValue)
                try actor.run()
            }
            if item.aliases.isEmpty && item.memberships.isEmpty || keys.hasDeclared(item) { continue }
            for name in item.aliases { try alias.execute(arguments: [item.id.rawValue, name]) }
            for member in item.memberships {
                try membership.execute(arguments: [
                    item.id.rawValue, member.parent.rawValue, member.span.start?.storedValue ?? 0,
                    member.span.end?.storedValue ?? 0,
                ])
            }
            keys.markDeclared(item)
        }
        let topic = try RawStatement(db, sql: "INSERT OR IGNORE INTO topic (id, label) VALUES (?, ?)")
        for item in topics where try keys.topic(item.id, in: db) == nil {
            topic.bind(1, item.id.rawValue)
            topic.bind(2, item.label)
            try topic.run()
        }
        let event = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event (id, name, date, aliases) VALUES (?, ?, ?, ?)")
        for item in events where keys.markEvent(item.id) {
            let aliases = String(decoding: try JSONEncoder().encode(item.aliases), as: UTF8.self)
            try event.execute(arguments: [item.id, item.name, item.date.storedValue, aliases])
        }
    }

    /// Inserts an article's claims and their evidence, in order.
    static func storeClaims(
        _ claims: [StanceClaim], articleID: Int64, documentID: String, keys: inout StoredKeys, in db: Database
    ) throws {
        let claimInsert = try RawStatement(
            db,
            sql: """
                INSERT INTO claim (articleId, position, source, target, topic, score, validFrom, validUntil)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let evidenceInsert = try RawStatement(
            db,
            sql: """
                INSERT INTO evidence (articleId, claimPosition, position, documentId, title, outlet, url, published,
                    quote, rangeStart, rangeEnd, timePhrase, speaker, speakerActor, method, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let article = Int(articleID)
        // The article's own columns, the same in most of its evidence records: bound again only when
        // they change (SQLite keeps a statement's bindings across runs and copies each text bound).
        var shared: (document: String, title: String?, outlet: String?, url: String?, published: Int?)?
        // Indices rather than `enumerated()`, which copies every claim and evidence record (a retain
        // and a release for each of their strings).
        for position in claims.indices {
            let claim = claims[position]
            guard let source = try keys.actor(claim.source, in: db), let target = try keys.actor(claim.target, in: db)
            else {
                throw StoreError.inconsistentGraph(
                    source: "article '\(documentID)'",
                    reason: "claim #\(position + 1) (\(claim.key)) names an actor that is neither declared nor stored")
            }
            var topic: Int64?
            if let id = claim.topic {
                guard let key = try keys.topic(id, in: db) else {
                    throw StoreError.inconsistentGraph(
                        source: "article '\(documentID)'",
                        reason: "claim #\(position + 1) (\(claim.key)) names a topic that is neither declared nor stored")
                }
                topic = key
            }
            claimInsert.bind(1, article)
            claimInsert.bind(2, position)
            claimInsert.bind(3, Int(source))
            claimInsert.bind(4, Int(target))
            claimInsert.bind(5, topic.map { Int($0) })
            claimInsert.bind(6, claim.stance.score)
            claimInsert.bind(7, claim.validTime.start?.storedValue)
            claimInsert.bind(8, claim.validTime.end?.storedValue)
            do {
                try claimInsert.run()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.inconsistentGraph(
                    source: "article '\(documentID)'",
                    reason: "claim #\(position + 1) (\(claim.key)) names an actor or topic that is neither declared nor stored")
            }
            for e in claim.evidence.indices {
                let item = claim.evidence[e]
                evidenceInsert.bind(1, article)
                evidenceInsert.bind(2, position)
                evidenceInsert.bind(3, e)
                let published = item.published?.storedValue
                if let shared, shared.document == item.documentID, shared.title == item.title,
                    shared.outlet == item.outlet, shared.url == item.url, shared.published == published
                {
                    // Bound already.
                } else {
                    evidenceInsert.bind(4, item.documentID)
                    evidenceInsert.bind(5, item.title)
                    evidenceInsert.bind(6, item.outlet)
                    evidenceInsert.bind(7, item.url)
                    evidenceInsert.bind(8, published)
                    shared = (item.documentID, item.title, item.outlet, item.url, published)
                }
                evidenceInsert.bind(9, item.quote)
                evidenceInsert.bind(10, item.characterRange?.lowerBound)
                evidenceInsert.bind(11, item.characterRange?.upperBound)
                evidenceInsert.bind(12, item.timePhrase)
                evidenceInsert.bind(13, item.speaker)
                evidenceInsert.bind(14, item.speakerActor?.rawValue)
                evidenceInsert.bind(15, item.method.rawValue)
                evidenceInsert.bind(16, item.confidence)
                try evidenceInsert.run()
            }
        }
    }
}
