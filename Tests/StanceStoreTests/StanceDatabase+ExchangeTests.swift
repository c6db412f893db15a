import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("database exchange")
struct StanceDatabaseExchangeTests {
    @Test("export, import into a new database, export again: the same bytes")
    func losslessRoundTrip() throws {
        let (database, _, folder) = try DatabaseFixtures.synthetic(claims: 500)
        defer { folder.remove() }
        // Articles of every shape: memberships, aliases, events, evidence with every field, no claims.
        try database.ingest(DatabaseFixtures.document("zz-full", claims: 6), at: DatabaseFixtures.date)
        try database.ingest(
            ArticleDocument(id: "zz-empty", contentHash: "h", events: Fixtures.events), at: DatabaseFixtures.date)
        let first = try database.exportJSON()
        let copy = try StanceDatabase(path: folder.file("copy.sqlite").path)
        let outcomes = try copy.importJSON(first, defaultArticleID: "unused")
        #expect(outcomes.count == 27)
        #expect(outcomes.allSatisfy { $0 == .ingested })
        let second = try copy.exportJSON()
        #expect(first == second)
        #expect(try copy.articles() == database.articles())
        // Importing the same export again changes nothing.
        #expect(try copy.importJSON(first, defaultArticleID: "unused").allSatisfy { $0 == .unchanged })
        #expect(try copy.exportJSON() == first)
    }

    @Test("every reader of graph JSON reads an export: the graph is the database's")
    func exportIsGraphJSON() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a", claims: 5))
        let url = folder.file("export.json")
        try database.exportJSON().write(to: url)
        let graph = try AnnotationLoader.loadGraph(paths: [url])
        #expect(Array(graph.claims) == Array(try database.loadGraph().claims))
    }

    @Test("a format 1 graph JSON becomes one article named after it")
    func importFormatOne() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        let graph = Fixtures.graph([
            Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2023-10-07"),
            Fixtures.claim("avalon", "borduria", .allied, from: nil),
        ])
        let data = try GraphJSON.encode(graph)
        #expect(try database.importJSON(data, file: "graph.json", defaultArticleID: "graph") == [.ingested])
        let articles = try database.articles()
        #expect(articles.map(\.id) == ["graph"])
        #expect(articles.first?.contentHash == ContentHash.of(data: data))
        #expect(Array(try database.loadGraph().claims) == Array(graph.claims))
        #expect(try database.importJSON(data, file: "graph.json", defaultArticleID: "graph") == [.unchanged])
    }

    @Test("an export whose article counts do not add up is refused, and nothing is imported")
    func inconsistentExport() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a", claims: 3))
        let text = String(decoding: try database.exportJSON(), as: UTF8.self)
            .replacingOccurrences(of: "\"claimCount\" : 3", with: "\"claimCount\" : 4")
        let copy = try StanceDatabase(path: folder.file("copy.sqlite").path)
        #expect(throws: StoreError.self) { try copy.importJSON(Data(text.utf8), defaultArticleID: "x") }
        #expect(try copy.counts().articles == 0)
    }
}
