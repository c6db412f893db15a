import Foundation
import StanceModel
internal import Yams

extension AnnotationFile {
    /// Loads the annotation file at `url` and the article text it names, checking every reference.
    ///
    /// Each claim's quote must occur in the article text (whitespace and quote marks aside); the
    /// evidence records the text as it appears there and its range.
    public static func load(from url: URL) throws(StoreError) -> AnnotationFile {
        let file = StorePath.display(url)
        let yaml = try StorePath.readText(url, shownAs: file)
        return try parse(
            yaml: yaml, file: file, defaultID: defaultID(for: url), directory: url.deletingLastPathComponent())
    }

    /// Parses annotation YAML shown in messages as `file`, reading the article text relative to `directory`.
    static func parse(
        yaml: String, file: String, defaultID: String, directory: URL
    ) throws(StoreError) -> AnnotationFile {
        var parser = AnnotationParser(reader: YAMLReader(file: file))
        return try parser.parse(yaml: yaml, defaultID: defaultID, directory: directory)
    }
}

/// Walks one annotation file's YAML tree, in document order, into model values.
struct AnnotationParser {
    let reader: YAMLReader
    /// Declared ids with the line each was declared on.
    private var actorLines: [String: Int?] = [:]
    private var topicLines: [String: Int?] = [:]
    private var eventLines: [String: Int?] = [:]

    init(reader: YAMLReader) { self.reader = reader }

    static let fileKeys = ["format", "article", "actors", "topics", "events", "claims"]
    static let articleKeys = ["id", "text", "title", "outlet", "url", "published"]
    static let actorKeys = ["id", "name", "kind", "aliases", "members_of"]
    static let membershipKeys = ["actor", "from", "until"]
    static let topicKeys = ["id", "label"]
    static let eventKeys = ["id", "name", "date", "aliases"]
    static let claimKeys = [
        "source", "target", "topic", "stance", "from", "until", "quote", "time", "speaker", "speaker_actor",
        "confidence", "method", "note",
    ]

    mutating func parse(yaml: String, defaultID: String, directory: URL) throws(StoreError) -> AnnotationFile {
        guard let root = try reader.compose(yaml) else {
            throw .missingField("format", in: "file", at: SourceLocation(file: reader.file, line: 1))
        }
        // The version first: a newer file's unknown keys are better explained by its version.
        if let format = reader.value(of: "format", in: root) {
            let version = try reader.string(of: format, name: "format")
            guard version == String(AnnotationFile.formatVersion) else {
                throw .unsupportedFormat(
                    version: version, supported: AnnotationFile.formatVersion, at: reader.location(format))
            }
        }
        let fields = try reader.fields(of: root, name: "the file", in: "file", allowed: Self.fileKeys)
        _ = try fields.required("format")
        let (article, text) = try parseArticle(
            try fields.required("article"), defaultID: defaultID, directory: directory)
        let actors = try parseActors(try fields.list("actors"))
        var topics: [Topic] = []
        for node in try fields.list("topics") { topics.append(try parseTopic(node)) }
        var events: [Event] = []
        for node in try fields.list("events") { events.append(try parseEvent(node)) }
        let locator = QuoteLocator(text: text)
        var claims: [AnnotatedClaim] = []
        for node in try fields.list("claims") {
            claims.append(try parseClaim(node, article: article, locator: locator))
        }
        return AnnotationFile(
            article: article, text: text, actors: actors, topics: topics, events: events, annotatedClaims: claims)
    }

    private func parseArticle(
        _ node: Node, defaultID: String, directory: URL
    ) throws(StoreError) -> (ArticleMetadata, String) {
        let fields = try reader.fields(of: node, name: "'article'", in: "article", allowed: Self.articleKeys)
        let textPath = try fields.string("text")
        let article = ArticleMetadata(
            id: try fields.optionalString("id") ?? defaultID, textPath: textPath,
            title: try fields.optionalString("title"), outlet: try fields.optionalString("outlet"),
            url: try fields.optionalString("url"), published: try fields.date("published"))
        let textURL = URL(fileURLWithPath: textPath, relativeTo: directory).standardizedFileURL
        let at = reader.location(try fields.required("text"))
        guard FileManager.default.fileExists(atPath: textURL.path) else {
            throw .missingTextFile(path: textURL.path, at: at)
        }
        return (article, try StorePath.readText(textURL, shownAs: textURL.path))
    }

    /// Parses the actors, then checks their memberships (which may name actors declared later).
    private mutating func parseActors(_ nodes: [Node]) throws(StoreError) -> [StanceActor] {
        var actors: [StanceActor] = []
        var parents: [(id: String, role: String, node: Node)] = []
        for node in nodes {
            let fields = try reader.fields(
                of: node, name: "each item of 'actors'", in: "actor", allowed: Self.actorKeys)
            let id = try Self.declare(try fields.required("id"), kind: "actor", in: &actorLines, reader: reader)
            let kindNode = try fields.required("kind")
            let kindText = try reader.string(of: kindNode, name: "kind")
            guard let kind = ActorKind(rawValue: kindText) else {
                throw .unknownActorKind(kindText, at: reader.location(kindNode))
            }
            var memberships: [Membership] = []
            for item in try fields.list("members_of") {
                let membership = try reader.fields(
                    of: item, name: "each item of 'members_of'", in: "membership of actor '\(id)'",
                    allowed: Self.membershipKeys)
                let parentNode = try membership.required("actor")
                let parent = try reader.string(of: parentNode, name: "actor")
                parents.append((parent, "members_of of actor '\(id)'", parentNode))
                memberships.append(Membership(parent: ActorID(parent), span: try membership.span()))
            }
            actors.append(
                StanceActor(
                    id: ActorID(id), name: try fields.string("name"), kind: kind,
                    aliases: try fields.strings("aliases"), memberships: memberships))
        }
        for parent in parents { try checkActor(parent.id, role: parent.role, at: parent.node) }
        return actors
    }

    private mutating func parseTopic(_ node: Node) throws(StoreError) -> Topic {
        let fields = try reader.fields(of: node, name: "each item of 'topics'", in: "topic", allowed: Self.topicKeys)
        let id = try Self.declare(try fields.required("id"), kind: "topic", in: &topicLines, reader: reader)
        return Topic(id: TopicID(id), label: try fields.string("label"))
    }

    private mutating func parseEvent(_ node: Node) throws(StoreError) -> Event {
        let fields = try reader.fields(of: node, name: "each item of 'events'", in: "event", allowed: Self.eventKeys)
        let id = try Self.declare(try fields.required("id"), kind: "event", in: &eventLines, reader: reader)
        return Event(
            id: id, name: try fields.string("name"), date: try fields.requiredDate("date"),
            aliases: try fields.strings("aliases"))
    }

    private func parseClaim(
        _ node: Node, article: ArticleMetadata, locator: QuoteLocator
    ) throws(StoreError) -> AnnotatedClaim {
        let fields = try reader.fields(of: node, name: "each item of 'claims'", in: "claim", allowed: Self.claimKeys)
        let source = try actor(fields, "source", role: "claim source")
        let target = try actor(fields, "target", role: "claim target")
        var topic: TopicID?
        if let topicNode = fields.node("topic") {
            let id = try reader.string(of: topicNode, name: "topic")
            guard topicLines[id] != nil else {
                throw .unknownTopic(id, known: topicLines.keys.sorted(), at: reader.location(topicNode))
            }
            topic = TopicID(id)
        }
        let stance = try fields.stance("stance")
        let validTime = try fields.span()
        let quote = try fields.string("quote")
        guard let range = locator.range(of: quote) else {
            throw .quoteNotFound(quote, textFile: article.textPath, at: reader.location(try fields.required("quote")))
        }
        let speakerActor: ActorID? =
            fields.node("speaker_actor") == nil ? nil : try actor(fields, "speaker_actor", role: "claim speaker_actor")
        let method = try fields.optionalString("method").map(ExtractionMethod.init(rawValue:)) ?? .manual
        let evidence = article.evidence(
            quote: locator.text(in: range), characterRange: range, timePhrase: try fields.optionalString("time"),
            speaker: try fields.optionalString("speaker"), speakerActor: speakerActor, method: method,
            confidence: try fields.confidence("confidence"))
        return AnnotatedClaim(
            StanceClaim(
                source: source, target: target, topic: topic, stance: stance, validTime: validTime,
                evidence: [evidence]),
            note: try fields.optionalString("note"))
    }

    /// The id of a declared actor named by a required key.
    private func actor(_ fields: YAMLFields, _ key: String, role: String) throws(StoreError) -> ActorID {
        let node = try fields.required(key)
        let id = try reader.string(of: node, name: key)
        try checkActor(id, role: role, at: node)
        return ActorID(id)
    }

    private func checkActor(_ id: String, role: String, at node: Node) throws(StoreError) {
        guard actorLines[id] != nil else {
            throw .unknownActor(id, role: role, known: actorLines.keys.sorted(), at: reader.location(node))
        }
    }

    /// Records a new id, refusing one already declared in this file.
    private static func declare(
        _ node: Node, kind: String, in lines: inout [String: Int?], reader: YAMLReader
    ) throws(StoreError) -> String {
        let id = try reader.string(of: node, name: "id")
        guard !id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .missingField("id", in: kind, at: reader.location(node))
        }
        if let first = lines[id] {
            throw .duplicateID(id, kind: kind, firstLine: first, at: reader.location(node))
        }
        lines.updateValue(node.mark?.line, forKey: id)
        return id
    }
}
