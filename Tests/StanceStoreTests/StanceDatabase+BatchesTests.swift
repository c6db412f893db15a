import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("database ingest in batches")
struct StanceDatabaseBatchesTests {
    @Test("a bad article rolls back alone: the others of its batch are stored, and so is a later one naming the same actors")
    func badArticleRollsBackAlone() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        var bad = DatabaseFixtures.document("c")
        bad.claims[0].source = "nobody"
        let outcomes = try database.ingestInBatches { batches in
            var outcomes: [IngestOutcome?] = []
            // The bad article first: the actors it declared are rolled back with it, and declared again after.
            outcomes.append(try? batches.ingest(bad))
            #expect(batches.pending == 0)
            outcomes.append(try batches.ingest(DatabaseFixtures.document("a")))
            outcomes.append(try batches.ingest(DatabaseFixtures.document("b")))
            #expect(batches.pending == 2)
            return outcomes
        }
        #expect(outcomes == [nil, .ingested, .ingested])
        #expect(try database.articles().map(\.id).sorted() == ["a", "b"])
        #expect(try database.integrityProblems() == [])
        bad.claims[0].source = DatabaseFixtures.document("c").claims[0].source
        #expect(try database.ingest(bad) == .ingested)
    }

    @Test("articles are stored only once their transaction commits; a throwing body rolls back what is pending")
    func commitsInBatches() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        struct Stop: Error {}
        #expect(throws: StoreError.self) {
            try database.ingestInBatches(maxArticles: 2) { batches in
                try batches.ingest(DatabaseFixtures.document("a"))
                #expect(!batches.isDue)
                try batches.ingest(DatabaseFixtures.document("b"))
                #expect(batches.isDue)
                try batches.commit()
                #expect(batches.pending == 0)
                try batches.ingest(DatabaseFixtures.document("c"))
                throw Stop()
            }
        }
        #expect(try database.articles().map(\.id).sorted() == ["a", "b"])
        let again = try database.ingestInBatches { batches in
            try ["a", "b", "c"].map { try batches.ingest(DatabaseFixtures.document($0)) }
        }
        #expect(again == [.unchanged, .unchanged, .ingested])
        #expect(try database.counts().articles == 3)
    }
}
