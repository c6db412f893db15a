import Foundation
import GRDB
import StanceModel

/// An actor with how many stored claims it holds and is the target of.
public struct ActorSummary: Hashable, Sendable {
    public var actor: StanceActor
    public var claimsHeld: Int
    public var claimsTargeted: Int
}

extension StanceDatabase {
    /// The stored articles, ordered by id.
    public func articles() throws(StoreError) -> [StoredArticle] {
        try read { db in try Self.fetchArticles(db) }
    }

    static func fetchArticles(_ db: Database) throws -> [StoredArticle] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT documentId, contentHash, path, title, outlet, url, published, ingestedAt, claimCount
                FROM article ORDER BY documentId
                """
        ).map { row in
            StoredArticle(
                id: row[0], contentHash: row[1], path: row[2], title: row[3], outlet: row[4], url: row[5],
                published: try point(row[6], "article"), ingestedAt: row[7], claimCount: row[8])
        }
    }

    /// How many articles, claims and evidence records are stored.
    public func counts() throws(StoreError) -> (articles: Int, claims: Int, evidence: Int) {
        try read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0
            )
        }
    }

    /// Every actor with its claim counts, ordered by id.
    public func actorSummaries() throws(StoreError) -> [ActorSummary] {
        try read { db in
            var held: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT a.id, n FROM (SELECT source, count(*) AS n FROM claim GROUP BY source) JOIN actor a ON a.key = source") {
                held[row[0]] = row[1]
            }
            var targeted: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT a.id, n FROM (SELECT target, count(*) AS n FROM claim GROUP BY target) JOIN actor a ON a.key = target") {
                targeted[row[0]] = row[1]
            }
            return try Self.fetchActors(db).map { actor in
                ActorSummary(
                    actor: actor, claimsHeld: held[actor.id.rawValue] ?? 0,
                    claimsTargeted: targeted[actor.id.rawValue] ?? 0)
            }
        }
    }

    /// The stored claims that pass `filter`, in graph order, selected in SQL through the indexes;
    /// rejected claims left out, corrected ones corrected (the filter sees them as stored).
    public func claims(matching filter: ClaimFilter) throws(StoreError) -> [StanceClaim] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let actor = filter.actor {
            conditions.append(
                "(c.source = (SELECT key FROM actor WHERE id = ?) OR c.target = (SELECT key FROM actor WHERE id = ?))")
            arguments += [actor.rawValue, actor.rawValue]
        }
        if let topic = filter.topic {
            conditions.append("c.topic = (SELECT key FROM topic WHERE id = ?)")
            arguments.append(topic.rawValue)
        }
        if let from = filter.from {
            // The end's last day must be on or after the first day of `from`: compare at the end's precision.
            let day = from.start
            conditions.append(
                """
                (c.validUntil IS NULL OR CASE WHEN c.validUntil % 10000 = 0 THEN c.validUntil / 10000 >= ?
                WHEN c.validUntil % 100 = 0 THEN c.validUntil / 100 >= ? ELSE c.validUntil >= ? END)
                """)
            arguments += [day.year, day.storedValue / 100, day.storedValue]
        }
        if let until = filter.until {
            conditions.append("(c.validFrom IS NULL OR c.validFrom <= ?)")
            arguments.append(until.last.storedValue)
        }
        if let method = filter.method {
            conditions.append("EXISTS (SELECT 1 FROM evidence m WHERE m.articleId = c.articleId AND m.claimPosition = c.position AND m.method = ?)")
            arguments.append(method.rawValue)
        }
        if let article = filter.article {
            conditions.append("EXISTS (SELECT 1 FROM evidence d WHERE d.articleId = c.articleId AND d.claimPosition = c.position AND d.documentId = ?)")
            arguments.append(article)
        }
        let condition = conditions.isEmpty ? nil : conditions.joined(separator: " AND ")
        return try read { db in
            let rows = try ClaimRows(
                db: db, condition: condition, arguments: StatementArguments(arguments), selective: condition != nil,
                overrides: try Self.claimOverrides(db))
            let claims = Array(rows)
            if let failure = rows.failure { throw failure }
            return claims
        }
    }
}

extension StanceDatabase {
    /// SQLite's `PRAGMA integrity_check` and `foreign_key_check`: an empty list when the file is sound.
    public func integrityProblems() throws(StoreError) -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "foreign key of \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? -1) points nowhere"
            }
            return integrity + foreignKeys
        }
    }
}
