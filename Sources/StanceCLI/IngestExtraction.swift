import Foundation
import StanceExtraction
import StanceModel
import StanceStore

/// What ingest needs to extract articles that have no annotation: the extractor, the options, and a
/// fingerprint of both for the content hash.
struct IngestExtraction {
    let extractor: ChosenExtractor
    let published: TimePoint?
    /// Extracted claims below it are not stored.
    let minimumConfidence: Double
    /// The extractor's version, the user lexicons' contents and the minimum confidence when it
    /// leaves claims out: a change in any re-ingests.
    let fingerprint: String

    init(
        options: ExtractionOptions, minimumConfidence: Double = Extractor.defaultMinimumConfidence,
        cache: DatabaseResponseCache? = nil
    ) throws {
        extractor = try options.chosenExtractor(cache: cache)
        published = options.published
        self.minimumConfidence = minimumConfidence
        var parts = [extractor.fingerprint]
        for path in options.lexicons {
            let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            parts.append(ContentHash.of(data: data))
        }
        // Only when it filters, so that databases ingested before the option keep their hashes.
        if minimumConfidence > 0 { parts.append("min-confidence=\(minimumConfidence)") }
        fingerprint = parts.joined(separator: "+")
    }

    /// The document of an article text or saved HTML page, extracted.
    ///
    /// The content hash covers the file (a text's text; a page's bytes, not the main text taken from
    /// them) and ``fingerprint``, so a new extractor, lexicon or minimum confidence re-ingests every
    /// article.
    func document(articleAt url: URL, path: String) throws -> ArticleDocument {
        let article = try ArticleReader.read(contentsOf: url, published: published)
        let result = try extractor.extract(article).keeping(minimumConfidence: minimumConfidence)
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
