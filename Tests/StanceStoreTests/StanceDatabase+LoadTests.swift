import Foundation
import GRDB
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("database load")
struct StanceDatabaseLoadTests {
    @Test("the loaded graph has every claim of the stored articles, ordered by article id")
    func loadsEverything() throws {
        let (database, graph, folder) = try DatabaseFixtures.synthetic(claims: 2_000)
        defer { folder.remove() }
        let loaded = try database.loadGraph()
        #expect(loaded.claims.count == graph.claims.count)
        #expect(Set(loaded.claims) == Set(graph.claims))
        let documents = loaded.claims.map { $0.evidence[0].documentID }
        #expect(documents == documents.sorted())
        #expect(loaded.sortedActors == graph.sortedActors)
    }

    @Test("a snapshot from the database, loading only claims started by then, equals the full graph's")
    func snapshotEqualsFullGraph() throws {
        let (database, graph, folder) = try DatabaseFixtures.synthetic(claims: 3_000)
        defer { folder.remove() }
        let full = try database.loadGraph()
        #expect(full.claims.count == graph.claims.count)
        for text in ["1999-12-31", "2003-05", "2010", "2013-12-01", "2020-02-29", "2027-06-30"] {
            let point = Fixtures.date(text)
            let partial = try database.loadGraph(forSnapshotAt: point)
            #expect(partial.claims.count <= full.claims.count)
            let expected = full.snapshot(at: point)
            let actual = try database.snapshot(at: point)
            #expect(actual.entries.map(\.key) == expected.entries.map(\.key), "at \(text)")
            #expect(actual.entries.map(\.claim) == expected.entries.map(\.claim), "at \(text)")
            #expect(actual.entries.map(\.ties) == expected.entries.map(\.ties), "at \(text)")
        }
    }

    @Test("claims with no, one and several evidence records come back with exactly theirs, filtered or not")
    func evidenceMerge() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        var first = DatabaseFixtures.document("b", claims: 4)
        let extra = first.claims[3].evidence[0]
        first.claims[0].evidence = []
        first.claims[1].evidence += [extra, first.claims[2].evidence[0]]
        first.claims[3].evidence = []
        var second = DatabaseFixtures.document("a", claims: 3)
        second.claims[2].evidence = []
        try database.ingest(first)
        try database.ingest(second)
        // Articles come back ordered by document id.
        let loaded = Array(try database.loadGraph().claims)
        #expect(loaded == second.claims + first.claims)
        #expect(loaded.map(\.evidence.count) == [1, 1, 0, 0, 3, 1, 0])
        let filtered = try database.claims(matching: ClaimFilter(article: "b"))
        #expect(filtered == [first.claims[1], first.claims[2]])
        let byActor = try database.claims(matching: ClaimFilter(actor: "borduria"))
        #expect(byActor == second.claims + first.claims)
    }

    @Test("an evidence record whose claim is gone is reported as damage, not dropped")
    func orphanEvidence() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a", claims: 2))
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(
                sql: """
                    INSERT INTO evidence (articleId, claimPosition, position, documentId, quote, method, confidence)
                    SELECT articleId, 9, 0, 'a', 'Orphan.', 'manual', 1 FROM claim LIMIT 1
                    """)
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        #expect(throws: StoreError.self) { try database.loadGraph() }
    }
}
