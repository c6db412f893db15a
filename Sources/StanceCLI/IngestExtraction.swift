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

    /// The document of an article text or saved HTML page, extracted.
    ///
    /// The content hash covers the file (a text's text; a page's bytes, not the main text taken from
    /// them) and ``fingerprint``, so a new extractor or lexicon re-ingests every article.
    func document(articleAt url: URL, path: String) throws -> ArticleDocument {
        let article = try ArticleReader.read(contentsOf: url, published: published)
        let result = extractor.extract(article)
        var source = article.text
        if ArticleReader.isHTML(url) {
            let data = try Data(contentsOf: url)
            source = "html-sha256:" + ContentHash.of(data: data)
        }
        return ArticleDocument(
            id: article.id, path: path, title: article.title, outlet: article.outlet, url: article.url,
            published: article.published, contentHash: ContentHash.of(text: source, extractorVersion: fingerprint),
            actors: result.actors, topics: result.topics, events: result.events, claims: result.claims)
    }
}
