import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("database ingest")
struct StanceDatabaseIngestTests {
    @Test("a new article is stored with every claim and evidence field, and loads back equal")
    func ingestAndLoad() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        let document = DatabaseFixtures.document("a", claims: 4)
        #expect(try database.ingest(document) == .ingested)
        let graph = try database.loadGraph()
        #expect(Array(graph.claims) == document.claims)
        #expect(graph.sortedActors == Fixtures.actors.sorted { $0.id < $1.id })
        #expect(graph.sortedTopics == Fixtures.topics)
        #expect(graph.events == Fixtures.events)
        let counts = try database.counts()
        #expect(counts.articles == 1 && counts.claims == 4 && counts.evidence == 4)
    }

    @Test("re-ingesting an unchanged article changes nothing; a changed one replaces its claims")
    func reingest() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a", claims: 3), at: DatabaseFixtures.date)
        try database.ingest(DatabaseFixtures.document("b", claims: 2))
        let before = try database.articles()
        #expect(try database.ingest(DatabaseFixtures.document("a", claims: 3)) == .unchanged)
        #expect(try database.articles() == before, "unchanged keeps the first ingest time")
        let changed = DatabaseFixtures.document("a", claims: 5, hash: "other")
        #expect(try database.ingest(changed) == .replaced)
        #expect(try database.counts().claims == 7)
        #expect(try database.articles().first { $0.id == "a" }?.claimCount == 5)
        let claims = Array(try database.loadGraph().claims)
        #expect(Array(claims.prefix(5)) == changed.claims)
    }

    @Test("a claim naming an actor neither declared nor stored is refused, and the article is not stored")
    func unknownActor() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        var document = DatabaseFixtures.document("a")
        document.actors = []
        #expect(throws: StoreError.self) { try database.ingest(document) }
        #expect(try database.counts().articles == 0)
        // Once the actors are stored (by another article), the same document goes in.
        try database.ingest(DatabaseFixtures.document("b"))
        #expect(try database.ingest(document) == .ingested)
    }

    @Test("actors declared again keep their first name and gain new aliases and memberships")
    func actorsMerge() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a"))
        var document = DatabaseFixtures.document("b")
        document.actors = [
            StanceActor(
                id: "avalon", name: "Renamed", kind: .party, aliases: ["Avalonian", "Avalonia"],
                memberships: [Membership(parent: "northern-league", span: Fixtures.span("2020", "2021-06"))])
        ]
        try database.ingest(document)
        let avalon = try database.loadGraph().actors["avalon"]
        #expect(avalon?.name == "Avalon")
        #expect(avalon?.kind == .state)
        #expect(avalon?.aliases == ["Avalonian", "Avalonia"])
        #expect(avalon?.memberships == [Membership(parent: "northern-league", span: Fixtures.span("2020", "2021-06"))])
    }

    @Test("a batch is one transaction: a bad document leaves none of the batch stored")
    func batchIsAtomic() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        var bad = DatabaseFixtures.document("c")
        bad.actors = []
        bad.claims[0].source = "nobody"
        #expect(throws: StoreError.self) {
            try database.ingest(batch: [DatabaseFixtures.document("a"), DatabaseFixtures.document("b"), bad])
        }
        #expect(try database.counts().articles == 0)
        #expect(try database.ingest(batch: [DatabaseFixtures.document("a"), DatabaseFixtures.document("b")]) == [.ingested, .ingested])
    }
}
