import Foundation
import StanceModel
internal import Yams

/// A gold file of coded tuples for pages whose text is kept apart (`corpus/web/gold.yaml`).
///
/// Each page names its text by id (`TEXTS/ID.txt`), its address, the page search that finds it,
/// its publication date, its first words and the SHA-256 of its text, and lists the coded claims as
/// (source, target, stance, when, sentence), with optional topic and note. Actors the lexicon lacks
/// are declared per page. See `corpus/web/README.md` for the format.
public struct TupleGold: Sendable {
    public var pages: [Page]

    /// One coded page.
    public struct Page: Sendable {
        public var id: String
        public var url: String
        public var outlet: String?
        public var query: String?
        public var published: TimePoint
        public var firstWords: String?
        public var sha256: String?
        public var actors: [StanceActor]
        public var claims: [Tuple]
    }

    /// One coded claim.
    public struct Tuple: Sendable {
        public var source: ActorID
        public var target: ActorID
        public var stance: Stance
        public var when: TimeSpan
        public var topic: String?
        public var sentence: String
        public var note: String?
        /// The line of the tuple in the gold file.
        public var line: Int?

        /// The topic the coder named, with an id made from its label.
        public var goldTopic: Topic? { topic.map { Topic(id: TopicID(Slug.make($0)), label: $0) } }

        /// The tuple as a claim, with the sentence as its quote.
        public func claim(document: String, published: TimePoint) -> StanceClaim {
            StanceClaim(
                source: source, target: target, topic: goldTopic?.id, stance: stance,
                validTime: when,
                evidence: [
                    Evidence(documentID: document, published: published, quote: sentence, method: .manual, confidence: 1)
                ])
        }
    }

    static let pageKeys = ["id", "url", "outlet", "query", "published", "first_words", "sha256", "actors", "claims"]
    static let tupleKeys = ["source", "target", "stance", "when", "topic", "sentence", "note"]
    static let actorKeys = ["id", "name", "kind", "aliases"]

    /// Reads a gold file; every mistake is reported with its line.
    public static func load(from url: URL) throws(ExtractionError) -> TupleGold {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses gold YAML shown in messages as `file`.
    public static func parse(yaml: String, file: String) throws(ExtractionError) -> TupleGold {
        let reader = ExtractionYAML(file: file)
        guard let root = try reader.compose(yaml) else { return TupleGold(pages: []) }
        let top = try reader.mapping(root, what: "the gold file", allowed: ["format", "pages"])
        if let format = top["format"], try reader.string(format, name: "format") != "1" {
            throw .invalidLexicon(file: file, line: reader.line(format), message: "unsupported format (this version reads format 1)")
        }
        var pages: [Page] = []
        var ids: Set<String> = []
        for node in try top["pages"].map({ node throws(ExtractionError) in try reader.items(node, name: "pages") }) ?? [] {
            let page = try parsePage(node, reader: reader)
            guard ids.insert(page.id).inserted else {
                throw .invalidLexicon(file: file, line: reader.line(node), message: "page id '\(page.id)' appears twice")
            }
            pages.append(page)
        }
        return TupleGold(pages: pages)
    }

    private static func parsePage(_ node: Node, reader: ExtractionYAML) throws(ExtractionError) -> Page {
        let fields = try reader.mapping(node, what: "a page", allowed: pageKeys)
        let id = try reader.required(fields, "id", in: "a page", at: node)
        let published = try date(try reader.required(fields, "published", in: "page '\(id)'", at: node), fields["published"], reader)
        func optional(_ key: String) throws(ExtractionError) -> String? {
            try fields[key].map { node throws(ExtractionError) in try reader.string(node, name: key) }
        }
        var actors: [StanceActor] = []
        for actorNode in try fields["actors"].map({ node throws(ExtractionError) in try reader.items(node, name: "actors") }) ?? [] {
            let actor = try reader.mapping(actorNode, what: "an actor of page '\(id)'", allowed: actorKeys)
            let actorID = try reader.required(actor, "id", in: "an actor", at: actorNode)
            let kindText = try actor["kind"].map { node throws(ExtractionError) in try reader.string(node, name: "kind") } ?? "organization"
            guard let kind = ActorKind(rawValue: kindText) else {
                throw .invalidLexicon(file: reader.file, line: reader.line(actorNode), message: "unknown actor kind '\(kindText)'")
            }
            actors.append(
                StanceActor(
                    id: ActorID(actorID), name: try actor["name"].map { node throws(ExtractionError) in try reader.string(node, name: "name") } ?? actorID,
                    kind: kind, aliases: try reader.strings(actor["aliases"], name: "aliases")))
        }
        var claims: [Tuple] = []
        for claimNode in try fields["claims"].map({ node throws(ExtractionError) in try reader.items(node, name: "claims") }) ?? [] {
            claims.append(try parseTuple(claimNode, page: id, reader: reader))
        }
        return Page(
            id: id, url: try reader.required(fields, "url", in: "page '\(id)'", at: node), outlet: try optional("outlet"),
            query: try optional("query"), published: published, firstWords: try optional("first_words"),
            sha256: try optional("sha256"), actors: actors, claims: claims)
    }

    private static func parseTuple(_ node: Node, page: String, reader: ExtractionYAML) throws(ExtractionError) -> Tuple {
        let what = "a claim of page '\(page)'"
        let fields = try reader.mapping(node, what: what, allowed: tupleKeys)
        let stanceText = try reader.required(fields, "stance", in: what, at: node)
        guard let level = StanceLevel(rawValue: stanceText), level != .neutral else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["stance"] ?? node),
                message: "stance '\(stanceText)' is not allied, supports, opposes or hostile")
        }
        var when = TimeSpan.always
        if let whenNode = fields["when"] {
            let text = try reader.string(whenNode, name: "when")
            guard let span = span(text) else {
                throw .invalidLexicon(
                    file: reader.file, line: reader.line(whenNode),
                    message: "when '\(text)' is not a date, A..B, ..B, A.. or null")
            }
            when = span
        }
        return Tuple(
            source: ActorID(try reader.required(fields, "source", in: what, at: node)),
            target: ActorID(try reader.required(fields, "target", in: what, at: node)),
            stance: Stance(level), when: when,
            topic: try fields["topic"].map { node throws(ExtractionError) in try reader.string(node, name: "topic") },
            sentence: try reader.required(fields, "sentence", in: what, at: node),
            note: try fields["note"].map { node throws(ExtractionError) in try reader.string(node, name: "note") },
            line: reader.line(node))
    }

    /// "2025-03-10" (a point: start and end the same), "A..B", "..B", "A..".
    static func span(_ text: String) -> TimeSpan? {
        guard let range = text.range(of: "..") else {
            guard let point = TimePoint(text) else { return nil }
            return TimeSpan(from: point, until: point)
        }
        let start = String(text[..<range.lowerBound]), end = String(text[range.upperBound...])
        let from = start.isEmpty ? nil : TimePoint(start)
        let until = end.isEmpty ? nil : TimePoint(end)
        if !start.isEmpty, from == nil { return nil }
        if !end.isEmpty, until == nil { return nil }
        if from == nil, until == nil { return nil }
        return TimeSpan(from: from, until: until)
    }

    private static func date(_ text: String, _ node: Node?, _ reader: ExtractionYAML) throws(ExtractionError) -> TimePoint {
        guard let point = TimePoint(text) else { throw .invalidDate(text, file: reader.file, line: node.flatMap(reader.line)) }
        return point
    }
}
