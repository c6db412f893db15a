import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

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
}
