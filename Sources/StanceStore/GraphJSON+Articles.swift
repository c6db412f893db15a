import Foundation
import StanceModel

/// A database's whole content as graph JSON format 2: the graph, plus the articles its claims were
/// read from, in order, each with the number of claims (consecutive in `claims`) that are its own.
public struct ArticleGraph: Sendable {
    public var graph: StanceGraph
    public var articles: [StoredArticle]

    public init(graph: StanceGraph, articles: [StoredArticle]) {
        self.graph = graph
        self.articles = articles
    }
}

extension GraphJSON {
    /// The version with articles, written by ``encode(_:)-articles``.
    public static let articlesFormatVersion = 2

    private struct ArticlesDocument: Codable {
        var format: Int
        var actors: [StanceActor]
        var topics: [Topic]
        var events: [Event]
        var claims: [StanceClaim]
        var articles: [StoredArticle]?
    }

    /// Format 2: pretty-printed, keys sorted, slashes unescaped; deterministic like format 1.
    public static func encode(_ content: ArticleGraph) throws(StoreError) -> Data {
        let graph = content.graph
        let document = ArticlesDocument(
            format: articlesFormatVersion, actors: graph.sortedActors, topics: graph.sortedTopics,
            events: graph.events, claims: Array(graph.claims), articles: content.articles)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(document) + Data("\n".utf8)
        } catch {
            throw .invalidGraphJSON(reason: "cannot encode: \(error)", file: nil)
        }
    }

    /// The graph and articles of a format 2 document; a format 1 document gives no articles.
    ///
    /// Checks that the articles' claim counts add up to the claims.
    public static func decodeArticles(_ data: Data, file: String? = nil) throws(StoreError) -> (
        graph: StanceGraph, articles: [StoredArticle]?
    ) {
        let graph = try decode(data, file: file)
        let articles: [StoredArticle]?
        do {
            articles = try JSONDecoder().decode(ArticlesDocument.self, from: data).articles
        } catch {
            throw .invalidGraphJSON(reason: describe(error), file: file)
        }
        if let articles {
            let total = articles.reduce(0) { $0 + $1.claimCount }
            guard total == graph.claims.count, articles.allSatisfy({ $0.claimCount >= 0 }) else {
                throw .invalidGraphJSON(
                    reason: "the articles' claimCount add up to \(total), but there are \(graph.claims.count) claims",
                    file: file)
            }
            guard Set(articles.map(\.id)).count == articles.count else {
                throw .invalidGraphJSON(reason: "an article id appears twice in 'articles'", file: file)
            }
        }
        return (graph, articles)
    }
}
