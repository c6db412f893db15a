import Foundation
import GRDB
import StanceModel

extension StanceDatabase {
    /// Runs `body` with an ``ArticleBatches`` that stores articles one savepoint each, many to a
    /// transaction, holding the database's writer until `body` returns.
    ///
    /// What `body` leaves uncommitted is committed when it returns, and rolled back when it throws.
    /// A process killed midway keeps the batches committed before, each article fully in or not at
    /// all.
    public func ingestInBatches<T>(
        maxArticles: Int = ArticleBatches.defaultMaxArticles, maxSeconds: Double = ArticleBatches.defaultMaxSeconds,
        at date: Date = Date(), _ body: (ArticleBatches) throws -> T
    ) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                let batches = ArticleBatches(
                    db: db, database: self, stamp: Self.timestamp(date), maxArticles: maxArticles, maxSeconds: maxSeconds)
                do {
                    let result = try body(batches)
                    try batches.commit()
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    throw error
                }
            }
        } catch {
            throw failure(error)
        }
    }
}

/// Articles stored in batches: one transaction a batch, one savepoint an article, so that an
/// article that fails rolls back alone and the others of its batch are kept.
///
/// Only valid inside ``StanceDatabase/ingestInBatches(maxArticles:maxSeconds:at:_:)``.
public final class ArticleBatches {
    /// Articles a transaction at most, unless ``commit()`` is called earlier.
    public static let defaultMaxArticles = 1000
    /// Seconds a transaction stays open at most, counted from its first article.
    public static let defaultMaxSeconds = 0.5

    let db: Database
    let database: StanceDatabase
    private let stamp: String
    private let maxArticles: Int
    private let maxSeconds: Double
    private var keys = StoredKeys()
    private var started: ContinuousClock.Instant?
    /// Articles stored in the open transaction.
    public private(set) var pending = 0

    init(db: Database, database: StanceDatabase, stamp: String, maxArticles: Int, maxSeconds: Double) {
        self.db = db
        self.database = database
        self.stamp = stamp
        self.maxArticles = maxArticles
        self.maxSeconds = maxSeconds
    }

    /// Stores one article in its own savepoint of the open transaction (opening one if needed); see
    /// ``StanceDatabase/ingest(_:at:)``. When it throws, nothing of the article is stored and the
    /// articles before it in the batch are kept, unless SQLite itself rolled the transaction back
    /// (a full disk, an I/O error): ``pending`` is then 0.
    @discardableResult
    public func ingest(_ document: ArticleDocument) throws(StoreError) -> IngestOutcome {
        do {
            if !db.isInsideTransaction {
                try db.beginTransaction(.immediate)
                started = .now
                pending = 0
                // Another process may have written since the last batch: look keys up afresh.
                keys = StoredKeys()
            }
            let outcome: IngestOutcome
            // Prepared once (GRDB's `inSavepoint` parses its SQL each time).
            try RawStatement(db, sql: "SAVEPOINT article").run()
            do {
                outcome = try StanceDatabase.store(document, ingestedAt: stamp, keys: &keys, in: db)
                try RawStatement(db, sql: "RELEASE article").run()
            } catch {
                // Keys cached in the rolled-back savepoint may name rows that are gone. (Forgetting
                // them all is cheaper than copying the cache before each article, for a rare failure.)
                keys = StoredKeys()
                if db.isInsideTransaction {
                    try? RawStatement(db, sql: "ROLLBACK TO article").run()
                    try? RawStatement(db, sql: "RELEASE article").run()
                } else {
                    pending = 0
                }
                throw error
            }
            pending += 1
            return outcome
        } catch {
            throw database.failure(error)
        }
    }

    /// Whether the open transaction holds enough articles, or has been open long enough, to commit.
    public var isDue: Bool {
        guard pending > 0, let started else { return false }
        return pending >= maxArticles || (ContinuousClock.now - started) >= .seconds(maxSeconds)
    }

    /// Rolls the open transaction back, if any: none of its articles is stored.
    public func rollback() {
        if db.isInsideTransaction { try? db.rollback() }
        pending = 0
        started = nil
        keys = StoredKeys()
    }

    /// Commits the open transaction, if any: its articles are then stored for good.
    public func commit() throws(StoreError) {
        do {
            if db.isInsideTransaction { try db.commit() }
            pending = 0
            started = nil
        } catch {
            throw database.failure(error)
        }
    }
}
