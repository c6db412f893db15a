import Foundation
import StanceExtraction
import StanceModel
import StanceStore

/// What ingest needs to extract articles that have no annotation: the extractor, the options, and a
/// fingerprint of both for the content hash.
struct IngestExtraction {
    let extractor: Extractor
    let published: TimePoint?
    /// The extractor's version and the user lexicons' contents: a change in either re-ingests.
    let fingerprint: String

    init(options: ExtractionOptions) throws {
        extractor = Extractor(lexicon: try options.lexicon())
        published = options.published
        var parts = [ExtractorVersion.method.rawValue]
        for path in options.lexicons {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            parts.append(ContentHash.of(data: data))
        }
        fingerprint = parts.joined(separator: "+")
    }

    /// The document of a plain article text, extracted.
    ///
    /// The content hash covers the text and ``fingerprint``, so a new extractor or lexicon re-ingests
    /// every article.
    func document(articleAt url: URL, path: String) throws -> ArticleDocument {
        let article = try ArticleReader.read(contentsOf: url, published: published)
        let result = extractor.extract(article)
        return ArticleDocument(
            id: article.id, path: path, title: article.title, outlet: article.outlet, url: article.url,
            published: article.published, contentHash: ContentHash.of(text: article.text, extractorVersion: fingerprint),
            actors: result.actors, topics: result.topics, events: result.events, claims: result.claims)
    }
}
