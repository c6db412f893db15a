import Foundation
import GRDB

extension StanceDatabase {
    /// The claim indexes a bulk load drops while it writes and builds again at its end, with the
    /// statements that create them (as the migrations did). A migration that changes them must
    /// change them here too.
    ///
    /// Kept up to date row by row, these two random-order indexes are most of an ingest's cost:
    /// every batch dirties nearly all their pages, and each dirty page is written to the WAL again.
    /// Built once from the finished table, they cost a sort.
    static let claimIndexes: [(name: String, sql: String)] = [
        ("claim_on_source_target_topic", "CREATE INDEX IF NOT EXISTS claim_on_source_target_topic ON claim(source, target, topic)"),
        ("claim_on_target", "CREATE INDEX IF NOT EXISTS claim_on_target ON claim(target)"),
    ]

    /// Articles an ingest must be expected to write, at least, for ``prefersBulkLoad(articles:)``.
    public static let bulkLoadMinimumArticles = 500

    /// Whether an ingest of `articles` articles is better done as a bulk load (claim indexes dropped
    /// while it writes, built again at its end): when it brings at least
    /// ``bulkLoadMinimumArticles`` and at least as many articles as are stored already, so that
    /// building the indexes over every claim costs less than keeping them up to date.
    public func prefersBulkLoad(articles: Int) throws(StoreError) -> Bool {
        guard articles >= Self.bulkLoadMinimumArticles else { return false }
        return try articles >= read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// The names of the claim indexes that are missing: dropped by a bulk load under way, or by one
    /// killed (until the next open for writing).
    func missingClaimIndexes() throws(StoreError) -> [String] {
        try read { db in try Self.missingClaimIndexes(db) }
    }

    static func missingClaimIndexes(_ db: Database) throws -> [String] {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        return claimIndexes.map(\.name).filter { !present.contains($0) }
    }

    /// Drops the claim indexes, in the caller's transaction.
    static func dropClaimIndexes(_ db: Database) throws {
        for index in claimIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
    }

    /// Creates the claim indexes that are missing, in the caller's transaction.
    static func createClaimIndexes(_ db: Database) throws {
        for index in claimIndexes { try db.execute(sql: index.sql) }
    }

    /// Builds the claim indexes a killed bulk load left dropped before migrations run, so that each
    /// migration finds the schema the ones before it left.
    static func restoreClaimIndexesBeforeMigrating(_ db: Database) throws {
        guard try db.tableExists("claim"), try !missingClaimIndexes(db).isEmpty else { return }
        try createClaimIndexes(db)
    }

    /// Builds again the claim indexes a killed bulk load left dropped; nothing when none is missing.
    ///
    /// Called when a database is opened for writing, so that a bulk load killed midway (`kill -9`)
    /// costs at most one index build at the next open. Reading needs no index: a database opened
    /// read-only is answered, more slowly, without them.
    func restoreClaimIndexes() throws(StoreError) {
        if try missingClaimIndexes().isEmpty { return }
        try write { db in try Self.createClaimIndexes(db) }
    }
}
