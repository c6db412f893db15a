import Foundation
import GRDB
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("database bulk load")
struct StanceDatabaseBulkLoadTests {
    private let allIndexes: Set<String> = ["claim_on_source_target_topic", "claim_on_target"]

    /// The claim indexes present, as another connection sees them (only what is committed).
    private func claimIndexes(at path: String) throws -> Set<String> {
        let other = try StanceDatabase(path: path, options: .init(readOnly: true))
        return allIndexes.subtracting(try other.missingClaimIndexes())
    }

    @Test("a bulk load drops the claim indexes at the first article written and builds them again at its end")
    func dropsAndRebuilds() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a"))
        try database.ingestInBatches(bulkLoad: true) { batches in
            // An unchanged article writes nothing: the indexes stay.
            #expect(try batches.ingest(DatabaseFixtures.document("a")) == .unchanged)
            try batches.commit()
            #expect(try claimIndexes(at: database.path) == allIndexes)
            try batches.ingest(DatabaseFixtures.document("b"))
            try batches.commit()
            #expect(try claimIndexes(at: database.path) == [])
            try batches.ingest(DatabaseFixtures.document("c"))
        }
        #expect(try claimIndexes(at: database.path) == allIndexes)
        #expect(try database.counts().claims == 9)
        #expect(try database.integrityProblems() == [])
        #expect(try database.claims(matching: ClaimFilter(actor: "borduria")).count == 9)
    }

    @Test("indexes dropped in a transaction that rolls back are back; a bad article in a bulk load rolls back alone")
    func rollbackKeepsIndexes() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        struct Stop: Error {}
        #expect(throws: StoreError.self) {
            try database.ingestInBatches(bulkLoad: true) { batches in
                try batches.ingest(DatabaseFixtures.document("a"))
                throw Stop()
            }
        }
        #expect(try claimIndexes(at: database.path) == allIndexes)
        #expect(try database.counts().articles == 0)
        var bad = DatabaseFixtures.document("c")
        bad.claims[0].target = "nobody"
        let outcomes = try database.ingestInBatches(bulkLoad: true) { batches in
            var outcomes = [try? batches.ingest(DatabaseFixtures.document("a"))]
            outcomes.append(try? batches.ingest(bad))
            // Rolled back with its transaction; the article before it written again.
            #expect(batches.pending == 1)
            outcomes.append(try? batches.ingest(DatabaseFixtures.document("b")))
            #expect(batches.pending == 2)
            return outcomes
        }
        #expect(outcomes == [.ingested, nil, .ingested])
        #expect(try database.articles().map(\.id) == ["a", "b"])
        #expect(try claimIndexes(at: database.path) == allIndexes)
        #expect(try database.integrityProblems() == [])
    }

    @Test("a database whose bulk load was killed gets its claim indexes back when opened for writing, not read-only")
    func restoredAtOpen() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a"))
        // What a bulk load killed after its first commit leaves.
        try database.write { db in try StanceDatabase.dropClaimIndexes(db) }
        #expect(try claimIndexes(at: database.path) == [])
        let reader = try StanceDatabase(path: database.path, options: .init(readOnly: true))
        #expect(try reader.claims(matching: ClaimFilter(actor: "green-front")).count == 3)
        #expect(try claimIndexes(at: database.path) == [])
        _ = try StanceDatabase(path: database.path)
        #expect(try claimIndexes(at: database.path) == allIndexes)
        #expect(try database.integrityProblems() == [])
    }

    @Test("before migrations run, missing claim indexes are built; a file with no claim table is left alone")
    func restoredBeforeMigrating() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.write { db in try StanceDatabase.dropClaimIndexes(db) }
        try database.write { db in try StanceDatabase.restoreClaimIndexesBeforeMigrating(db) }
        #expect(try claimIndexes(at: database.path) == allIndexes)
        let empty = try DatabaseQueue()
        try empty.write { db in try StanceDatabase.restoreClaimIndexesBeforeMigrating(db) }
        #expect(try empty.read { db in try db.tableExists("claim") } == false)
    }

    @Test("a bulk load is preferred for at least 500 articles and as many as are stored")
    func preference() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        #expect(try !database.prefersBulkLoad(articles: 499))
        #expect(try database.prefersBulkLoad(articles: 500))
        try database.ingestInBatches { batches in
            for n in 0..<600 { try batches.ingest(DatabaseFixtures.document("d\(n)", claims: 1)) }
        }
        #expect(try !database.prefersBulkLoad(articles: 599))
        #expect(try database.prefersBulkLoad(articles: 600))
    }
}
