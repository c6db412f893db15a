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
        return try write { db in try Self.store(document, ingestedAt: stamp, in: db) }
    }

    /// Stores several articles in one transaction (all or none); see ``ingest(_:at:)``.
    @discardableResult
    public func ingest(batch documents: [ArticleDocument], at date: Date = Date()) throws(StoreError) -> [IngestOutcome] {
        let stamp = Self.timestamp(date)
        return try write { db in try documents.map { try Self.store($0, ingestedAt: stamp, in: db) } }
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

    /// Writes one document inside the caller's transaction.
    static func store(_ document: ArticleDocument, ingestedAt: String, in db: Database) throws -> IngestOutcome {
        let existing = try Row.fetchOne(
            db, sql: "SELECT id, contentHash FROM article WHERE documentId = ?", arguments: [document.id])
        let outcome: IngestOutcome
        let articleID: Int64
        let fields: [(any DatabaseValueConvertible)?] = [
            document.contentHash, document.path, document.title, document.outlet, document.url,
            document.published?.storedValue, ingestedAt, document.claims.count,
        ]
        if let existing {
            articleID = existing["id"]
            if (existing["contentHash"] as String) == document.contentHash { return .unchanged }
            outcome = .replaced
            try db.execute(sql: "DELETE FROM claim WHERE articleId = ?", arguments: [articleID])
            try db.execute(
                sql: """
                    UPDATE article SET contentHash = ?, path = ?, title = ?, outlet = ?, url = ?, published = ?,
                    ingestedAt = ?, claimCount = ? WHERE id = ?
                    """, arguments: StatementArguments(fields + [articleID]))
        } else {
            outcome = .ingested
            try db.execute(
                sql: """
                    INSERT INTO article (documentId, contentHash, path, title, outlet, url, published, ingestedAt, claimCount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: StatementArguments([document.id] + fields))
            articleID = db.lastInsertedRowID
        }
        try storeDeclarations(actors: document.actors, topics: document.topics, events: document.events, in: db)
        try storeClaims(document.claims, articleID: articleID, documentID: document.id, in: db)
        return outcome
    }

    /// Adds actors (with aliases and memberships), topics and events not stored yet.
    static func storeDeclarations(actors: [StanceActor], topics: [Topic], events: [Event], in db: Database) throws {
        let actor = try db.cachedStatement(sql: "INSERT OR IGNORE INTO actor (id, name, kind) VALUES (?, ?, ?)")
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
            try actor.execute(arguments: [item.id.rawValue, item.name, item.kind.rawValue])
            for name in item.aliases { try alias.execute(arguments: [item.id.rawValue, name]) }
            for member in item.memberships {
                try membership.execute(arguments: [
                    item.id.rawValue, member.parent.rawValue, member.span.start?.storedValue ?? 0,
                    member.span.end?.storedValue ?? 0,
                ])
            }
        }
        let topic = try db.cachedStatement(sql: "INSERT OR IGNORE INTO topic (id, label) VALUES (?, ?)")
        for item in topics { try topic.execute(arguments: [item.id.rawValue, item.label]) }
        let event = try db.cachedStatement(sql: "INSERT OR IGNORE INTO event (id, name, date, aliases) VALUES (?, ?, ?, ?)")
        for item in events {
            let aliases = String(decoding: try JSONEncoder().encode(item.aliases), as: UTF8.self)
            try event.execute(arguments: [item.id, item.name, item.date.storedValue, aliases])
        }
    }

    /// Inserts an article's claims and their evidence, in order.
    static func storeClaims(_ claims: [StanceClaim], articleID: Int64, documentID: String, in db: Database) throws {
        let claimStatement = try db.cachedStatement(
            sql: """
                INSERT INTO claim (articleId, position, source, target, topic, score, validFrom, validUntil)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let evidenceStatement = try db.cachedStatement(
            sql: """
                INSERT INTO evidence (claimId, position, documentId, title, outlet, url, published, quote,
                    rangeStart, rangeEnd, timePhrase, speaker, speakerActor, method, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (position, claim) in claims.enumerated() {
            do {
                try claimStatement.execute(arguments: [
                    articleID, position, claim.source.rawValue, claim.target.rawValue, claim.topic?.rawValue,
                    claim.stance.score, claim.validTime.start?.storedValue, claim.validTime.end?.storedValue,
                ])
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw StoreError.inconsistentGraph(
                    source: "article '\(documentID)'",
                    reason: "claim #\(position + 1) (\(claim.key)) names an actor or topic that is neither declared nor stored")
            }
            let claimID = db.lastInsertedRowID
            for (e, item) in claim.evidence.enumerated() {
                try evidenceStatement.execute(arguments: [
                    claimID, e, item.documentID, item.title, item.outlet, item.url, item.published?.storedValue,
                    item.quote, item.characterRange?.lowerBound, item.characterRange?.upperBound, item.timePhrase,
                    item.speaker, item.speakerActor?.rawValue, item.method.rawValue, item.confidence,
                ])
            }
        }
    }
}
