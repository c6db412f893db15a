import Foundation
import StanceModel

/// The article an annotation file describes: where its text is and how to cite it.
public struct ArticleMetadata: Hashable, Sendable {
    /// The document id every evidence record of the file carries.
    public var id: String
    /// The path of the article text, relative to the annotation file (or absolute).
    public var textPath: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: TimePoint?

    public init(
        id: String, textPath: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: TimePoint? = nil
    ) {
        self.id = id
        self.textPath = textPath
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
    }

    /// An evidence record citing this article; the document fields come from the article.
    public func evidence(
        quote: String, characterRange: Range<Int>?, timePhrase: String? = nil, speaker: String? = nil,
        speakerActor: ActorID? = nil, method: ExtractionMethod = .manual, confidence: Double = 1
    ) -> Evidence {
        Evidence(
            documentID: id, title: title, outlet: outlet, url: url, published: published, quote: quote,
            characterRange: characterRange, timePhrase: timePhrase, speaker: speaker,
            speakerActor: speakerActor, method: method, confidence: confidence)
    }
}

/// A claim as a coder wrote it: the model claim, with the free-text note the graph ignores.
public struct AnnotatedClaim: Hashable, Sendable {
    public var claim: StanceClaim
    public var note: String?

    public init(_ claim: StanceClaim, note: String? = nil) {
        self.claim = claim
        self.note = note
    }
}

/// One annotation file (`NAME.stances.yaml`): an article's metadata and text, and the actors,
/// topics, events and stance claims coded from it.
///
/// Load one with ``load(from:)``; write one with ``yaml()`` or ``write(to:)``. Every claim's
/// evidence cites the article: its quote is the text as it appears in the article (not as typed
/// in the YAML) with its range in Unicode scalars. The file holds one quote per claim, so a
/// claim is written with its first evidence record only.
public struct AnnotationFile: Hashable, Sendable {
    /// The version of the format this code reads and writes.
    public static let formatVersion = 1
    /// The suffix of annotation file names.
    public static let fileSuffix = ".stances.yaml"

    public var article: ArticleMetadata
    /// The article text the quotes were found in.
    public var text: String
    public var actors: [StanceActor]
    public var topics: [Topic]
    public var events: [Event]
    /// The claims in file order, with their notes.
    public var annotatedClaims: [AnnotatedClaim]

    /// The claims in file order.
    public var claims: [StanceClaim] { annotatedClaims.map(\.claim) }

    public init(
        article: ArticleMetadata, text: String, actors: [StanceActor] = [], topics: [Topic] = [],
        events: [Event] = [], annotatedClaims: [AnnotatedClaim]
    ) {
        self.article = article
        self.text = text
        self.actors = actors
        self.topics = topics
        self.events = events
        self.annotatedClaims = annotatedClaims
    }

    /// A file of claims without notes (as an extractor produces them).
    public init(
        article: ArticleMetadata, text: String, actors: [StanceActor] = [], topics: [Topic] = [],
        events: [Event] = [], claims: [StanceClaim] = []
    ) {
        self.init(
            article: article, text: text, actors: actors, topics: topics, events: events,
            annotatedClaims: claims.map { AnnotatedClaim($0) })
    }

    /// The graph of this file alone.
    public func graph() throws(StoreError) -> StanceGraph {
        do {
            return try StanceGraph(actors: actors, topics: topics, events: events, claims: claims)
        } catch {
            throw .inconsistentGraph(
                source: "annotations of article '\(article.id)'", reason: error.errorDescription ?? "\(error)")
        }
    }

    /// The article id a file named `NAME.stances.yaml` gets by default: `NAME`.
    public static func defaultID(for url: URL) -> String {
        let name = url.lastPathComponent
        return name.hasSuffix(fileSuffix)
            ? String(name.dropLast(fileSuffix.count)) : url.deletingPathExtension().lastPathComponent
    }
}
