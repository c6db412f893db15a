import Foundation
import StanceStore

/// The document of a plain article text that has no annotation file: extracted automatically.
///
/// The one place where ingest meets the extractor. Once it has landed, this reads the text at
/// `url`, runs the extractor, and returns its actors, topics, events and claims with the
/// article's metadata; the content hash must cover the text and the extractor's version, so that
/// a new extractor re-ingests every article:
/// `ContentHash.of(text: text, extractorVersion: ExtractorVersion.current)`.
func extractedDocument(articleAt url: URL, path: String) throws -> ArticleDocument {
    throw CLIError(
        "\(path): no annotation file (NAME.stances.yaml) beside it, and automatic extraction is not available")
}
