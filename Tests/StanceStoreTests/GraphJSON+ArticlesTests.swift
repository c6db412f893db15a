import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("graph JSON with articles")
struct GraphJSONArticlesTests {
    static let article = StoredArticle(
        id: "doc-1", contentHash: "abc", path: "a/doc-1.stances.yaml", title: "T", outlet: "O", url: "https://x/1",
        published: Fixtures.date("2025-01-31"), ingestedAt: "2025-11-24T16:00:00Z", claimCount: 1)

    @Test("format 2 round-trips graph and articles, and format 1 readers read its graph")
    func roundTrip() throws {
        let graph = Fixtures.graph([Fixtures.claim("avalon", "borduria", .allied, from: "2024")])
        let data = try GraphJSON.encode(ArticleGraph(graph: graph, articles: [Self.article]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"format\" : 2"))
        let decoded = try GraphJSON.decodeArticles(data)
        #expect(decoded.articles == [Self.article])
        #expect(Array(decoded.graph.claims) == Array(graph.claims))
        #expect(Array(try GraphJSON.decode(data).claims) == Array(graph.claims))
        #expect(try GraphJSON.decodeArticles(GraphJSON.encode(graph)).articles == nil)
    }

    @Test("claim counts that do not add up, and repeated article ids, are refused")
    func inconsistentArticles() throws {
        let graph = Fixtures.graph([Fixtures.claim("avalon", "borduria", .allied, from: "2024")])
        var twice = Self.article
        twice.claimCount = 0
        var wrong = Self.article
        wrong.claimCount = 2
        for articles in [[wrong], [Self.article, twice]] {
            let data = try GraphJSON.encode(ArticleGraph(graph: graph, articles: articles))
            #expect(throws: StoreError.self) { _ = try GraphJSON.decodeArticles(data, file: "x.json") }
        }
    }
}
