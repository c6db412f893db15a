import Foundation
import StanceModel

/// An article ready to be stored: its metadata, the hash of what its claims were made from, and
/// the actors, topics, events and claims read from it (by hand or by an extractor).
///
/// The store does not care where the claims came from; ``StanceDatabase/ingest(_:at:)`` writes
/// one document in one transaction.
public struct ArticleDocument: Hashable, Sendable {
    /// The document id, unique in a database (the evidence's `documentID`).
    public var id: String
    /// Where the article was read from, as given.
    public var path: String?
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: TimePoint?
    /// See ``ContentHash``: equal hashes mean re-ingesting changes nothing.
    public var contentHash: String
    public var actors: [StanceActor]
    public var topics: [Topic]
    public var events: [Event]
    public var claims: [StanceClaim]

    public init(
        id: String, path: String? = nil, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: TimePoint? = nil, contentHash: String, actors: [StanceActor] = [], topics: [Topic] = [],
        events: [Event] = [], claims: [StanceClaim] = []
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.contentHash = contentHash
        self.actors = actors
        self.topics = topics
        self.events = events
        self.claims = claims
    }

    /// The document of a hand-coded annotation file; `annotationText` is the YAML as read, so that a
    /// changed annotation changes the hash.
    public init(annotation: AnnotationFile, annotationText: String, path: String?) {
        self.init(
            id: annotation.article.id, path: path, title: annotation.article.title,
            outlet: annotation.article.outlet, url: annotation.article.url, published: annotation.article.published,
            contentHash: ContentHash.of(text: annotation.text, annotation: annotationText),
            actors: annotation.actors, topics: annotation.topics, events: annotation.events,
            claims: annotation.claims)
    }

    /// Loads the annotation file at `url` and its article text as a document.
    public static func load(annotationAt url: URL) throws(StoreError) -> ArticleDocument {
        let path = StorePath.display(url)
        let text = try StorePath.readText(url, shownAs: path)
        let file = try AnnotationFile.parse(
            yaml: text, file: path, defaultID: AnnotationFile.defaultID(for: url),
            directory: url.deletingLastPathComponent())
        return ArticleDocument(annotation: file, annotationText: text, path: path)
    }
}

/// What ingesting one article did.
public enum IngestOutcome: String, Sendable, Hashable, CaseIterable {
    /// A new article: stored with its claims.
    case ingested
    /// The same id with the same content hash: nothing changed.
    case unchanged
    /// The same id with another hash: its claims were replaced.
    case replaced
}

/// An article as the database holds it, without its claims.
public struct StoredArticle: Hashable, Sendable, Codable {
    public var id: String
    public var contentHash: String
    public var path: String?
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: TimePoint?
    /// When it was (last) stored, as ISO 8601 UTC to the second ("2026-11-25T15:30:00Z").
    public var ingestedAt: String
    public var claimCount: Int

    public init(
        id: String, contentHash: String, path: String? = nil, title: String? = nil, outlet: String? = nil,
        url: String? = nil, published: TimePoint? = nil, ingestedAt: String, claimCount: Int
    ) {
        self.id = id
        self.contentHash = contentHash
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.ingestedAt = ingestedAt
        self.claimCount = claimCount
    }
}
