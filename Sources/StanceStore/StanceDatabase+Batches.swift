import Foundation
import GRDB
import StanceModel

extension StanceDatabase {
    /// Runs `body` with an ``ArticleBatches`` that stores articles many to a transaction, each whole
    /// or not at all, holding the database's writer until `body` returns.
    ///
    /// What `body` leaves uncommitted is committed when it returns, and rolled back when it throws.
    /// A process killed midway keeps the batches committed before, each article fully in or not at
    /// all.
    ///
    /// - Parameter bulkLoad: drop the claim indexes at the first article written and build them
    ///   again once `body` is done (see ``prefersBulkLoad(articles:)``). Readers meanwhile get the
    ///   same answers, more slowly. Killed midway, the database keeps whole articles and lacks the
    ///   two indexes until it is next opened for writing, which builds them. SQLite's foreign-key
    ///   checks are off meanwhile: every key a claim or evidence row names is one this transaction
    ///   read or wrote (the article just written, actors and topics looked up or inserted, the claim
    ///   just inserted), so they would only repeat those look-ups; ``integrityProblems()`` checks.
    public func ingestInBatches<T>(
        maxArticles: Int = ArticleBatches.defaultMaxArticles, maxSeconds: Double = ArticleBatches.defaultMaxSeconds,
        bulkLoad: Bool = false, at date: Date = Date(), _ body: (ArticleBatches) throws -> T
    ) throws(StoreError) -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                let batches = ArticleBatches(
                    db: db, database: self, stamp: Self.timestamp(date), maxArticles: maxArticles, maxSeconds: maxSeconds,
                    bulkLoad: bulkLoad)
                // Outside any transaction, where SQLite takes this pragma.
                if bulkLoad { try db.execute(sql: "PRAGMA foreign_keys = OFF") }
                defer { if bulkLoad { try? db.execute(sql: "PRAGMA foreign_keys = ON") } }
                do {
                    let result = try body(batches)
                    try batches.commit()
                    try batches.finishBulkLoad()
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    try? batches.finishBulkLoad()
                    throw error
                }
            }
        } catch {
            throw failure(error)
        }
    }
}

/// Articles stored in batches: one transaction a batch, so that a kill loses at most the batch being
/// written and never part of an article.
///
/// An article that fails midway rolls back alone: the transaction is rolled back and the articles
/// written before it in the batch, kept in memory until their commit, are written again. (A
/// savepoint an article did the same, at the price of journaling the first change to every page
/// each article touches; failures are rare, articles many.)
///
/// Only valid inside ``StanceDatabase/ingestInBatches(maxArticles:maxSeconds:bulkLoad:at:_:)``.
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
    /// The articles written in the open transaction, to write again if a later one fails.
    private var written: [ArticleDocument] = []
    /// Articles stored in the open transaction.
    public var pending: Int { written.count }
    private var bulkLoad: BulkLoad

    /// Where a bulk load stands: its claim indexes are dropped at the first article that writes.
    enum BulkLoad {
        case off
        /// Asked for; the indexes are still there.
        case wanted
        /// Dropped in the open transaction: a rollback brings them back.
        case droppedInTransaction
        /// Dropped for good (committed): to build again at the end.
        case dropped
    }

    init(db: Database, database: StanceDatabase, stamp: String, maxArticles: Int, maxSeconds: Double, bulkLoad: Bool) {
        self.db = db
        self.database = database
        self.stamp = stamp
        self.maxArticles = maxArticles
        self.maxSeconds = maxSeconds
        self.bulkLoad = bulkLoad ? .wanted : .off
    }

    /// Stores one article in the open transaction (opening one if needed); see
    /// ``StanceDatabase/ingest(_:at:)``. When it throws, nothing of the article is stored and the
    /// articles before it in the batch are kept (written again in a new transaction), unless they
    /// cannot be written again (a full disk, an I/O error): ``pending`` is then 0.
    ///
    /// Between the rollback and writing them again another process may write: the outcomes they
    /// were stored with are then those of the second time, which ``commit()`` makes final.
    @discardableResult
    public func ingest(_ document: ArticleDocument) throws(StoreError) -> IngestOutcome {
        do {
            return try write(document)
        } catch {
            let earlier = written
            rollback()
            do {
                for document in earlier { try write(document) }
            } catch {
                rollback()
            }
            throw database.failure(error)
        }
    }

    /// Writes one article in the open transaction, opening one if needed.
    @discardableResult
    private func write(_ document: ArticleDocument) throws -> IngestOutcome {
        if !db.isInsideTransaction {
            try db.beginTransaction(.immediate)
            started = .now
            written.removeAll(keepingCapacity: true)
            // Another process may have written since the last batch: look keys up afresh.
            keys = StoredKeys()
        }
        if case .wanted = bulkLoad, try !StanceDatabase.isUnchanged(document, in: db) {
            try StanceDatabase.dropClaimIndexes(db)
            bulkLoad = .droppedInTransaction
        }
        let outcome = try StanceDatabase.store(document, ingestedAt: stamp, keys: &keys, in: db)
        written.append(document)
        return outcome
    }

    /// Whether the open transaction holds enough articles, or has been open long enough, to commit.
    public var isDue: Bool {
        guard pending > 0, let started else { return false }
        return pending >= maxArticles || (ContinuousClock.now - started) >= .seconds(maxSeconds)
    }

    /// Rolls the open transaction back, if any: none of its articles is stored.
    public func rollback() {
        if db.isInsideTransaction { try? db.rollback() }
        transactionEnded(committed: false)
        // Keys read or made in the rolled-back transaction may name rows that are gone.
        keys = StoredKeys()
    }

    /// Commits the open transaction, if any: its articles are then stored for good.
    public func commit() throws(StoreError) {
        do {
            if db.isInsideTransaction { try db.commit() }
            transactionEnded(committed: true)
        } catch {
            throw database.failure(error)
        }
    }

    private func transactionEnded(committed: Bool) {
        written.removeAll(keepingCapacity: true)
        started = nil
        if case .droppedInTransaction = bulkLoad { bulkLoad = committed ? .dropped : .wanted }
    }

    /// Builds the claim indexes again, in a transaction of its own, if a bulk load dropped them.
    ///
    func finishBulkLoad() throws {
        switch bulkLoad {
        case .off, .wanted: return
        case .droppedInTransaction, .dropped: break
        }
        if db.isInsideTransaction { try db.rollback() }
        try db.inTransaction(.immediate) {
            try StanceDatabase.createClaimIndexes(db)
            return .commit
        }
        bulkLoad = .off
    }
}
