import Foundation
import GRDB
import StanceModel

extension StanceDatabase {
    /// Everything stored, as graph JSON format 2 (see ``ArticleGraph``): claims as stored, reviews
    /// not applied (and not exported), so that each article keeps its claim count.
    public func exportJSON() throws(StoreError) -> Data {
        let (graph, articles) = try read { db in
            (try self.graph(in: db, claimsWhere: nil, arguments: StatementArguments(), reviewed: false), try Self.fetchArticles(db))
        }
        return try GraphJSON.encode(ArticleGraph(graph: graph, articles: articles))
    }

    /// Imports a graph JSON document in one transaction and returns what happened to each article.
    ///
    /// A format 2 document brings its articles back as they were (hashes and ingest times included),
    /// so exporting again gives the same bytes. A format 1 document becomes one article named
    /// `defaultArticleID`, hashed from `data`. An article already stored with the same hash is
    /// left as is; with another hash, its claims are replaced.
    @discardableResult
    public func importJSON(_ data: Data, file: String? = nil, defaultArticleID: String, at date: Date = Date())
        throws(StoreError) -> [IngestOutcome]
    {
        let (graph, decodedArticles) = try GraphJSON.decodeArticles(data, file: file)
        let articles =
            decodedArticles ?? [
                StoredArticle(
                    id: defaultArticleID, contentHash: ContentHash.of(data: data), path: file,
                    ingestedAt: Self.timestamp(date), claimCount: graph.claims.count)
            ]
        return try write { db in
            var keys = StoredKeys()
            try Self.storeDeclarations(
                actors: graph.sortedActors, topics: graph.sortedTopics, events: graph.events, keys: &keys, in: db)
            var next = 0
            return try articles.map { article in
                let claims = Array(graph.claims[next..<next + article.claimCount])
                next += article.claimCount
                let document = ArticleDocument(
                    id: article.id, path: article.path, title: article.title, outlet: article.outlet,
                    url: article.url, published: article.published, contentHash: article.contentHash, claims: claims)
                return try Self.store(document, ingestedAt: article.ingestedAt, keys: &keys, in: db)
            }
        }
    }
}
