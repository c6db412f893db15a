import Foundation
import StanceModel

/// The graph as one JSON document, lossless and deterministic:
/// `{"format": 1, "actors": [...], "topics": [...], "events": [...], "claims": [...]}` with actors
/// and topics ordered by id, events in graph order (by date) and claims in graph order.
///
/// Format 2 (a database export, see `GraphJSON+Articles.swift`) adds `"articles"`; every reader of
/// format 1 reads it too, ignoring the articles.
public enum GraphJSON {
    /// The version of the document ``encode(_:)`` writes.
    public static let formatVersion = 1
    /// The versions ``decode(_:file:)`` reads.
    public static let readableVersions = 1...2

    private struct Document: Codable {
        var format: Int
        var actors: [StanceActor]
        var topics: [Topic]
        var events: [Event]
        var claims: [StanceClaim]
    }

    private struct Header: Decodable {
        var format: Int
    }

    /// The document for `graph`: pretty-printed, keys sorted, slashes unescaped.
    /// - Complexity: O(size of the graph).
    public static func encode(_ graph: StanceGraph) throws(StoreError) -> Data {
        let document = Document(
            format: formatVersion, actors: graph.sortedActors, topics: graph.sortedTopics, events: graph.events,
            claims: Array(graph.claims))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(document) + Data("\n".utf8)
        } catch {
            throw .invalidGraphJSON(reason: "cannot encode: \(error)", file: nil)
        }
    }

    /// The graph a document holds; `file` names it in errors.
    public static func decode(_ data: Data, file: String? = nil) throws(StoreError) -> StanceGraph {
        let decoder = JSONDecoder()
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw .invalidGraphJSON(reason: describe(error), file: file)
        }
        guard readableVersions.contains(header.format) else {
            throw .unsupportedGraphFormat(version: header.format, supported: readableVersions.upperBound, file: file)
        }
        let document: Document
        do {
            document = try decoder.decode(Document.self, from: data)
        } catch {
            throw .invalidGraphJSON(reason: describe(error), file: file)
        }
        for (c, claim) in document.claims.enumerated() {
            for (e, evidence) in claim.evidence.enumerated() {
                let place = "at claims[\(c)].evidence[\(e)]"
                if let range = evidence.characterRange, range.lowerBound < 0 || range.upperBound > Int(Int32.max) {
                    throw .invalidGraphJSON(
                        reason: "\(place).characterRange: [\(range.lowerBound), \(range.upperBound)] is not a range of a text",
                        file: file)
                }
                guard (0...1).contains(evidence.confidence) else {
                    throw .invalidGraphJSON(
                        reason: "\(place).confidence: \(evidence.confidence) is not in [0, 1]", file: file)
                }
            }
        }
        do {
            return try StanceGraph(
                actors: document.actors, topics: document.topics, events: document.events, claims: document.claims)
        } catch {
            throw .invalidGraphJSON(reason: error.errorDescription ?? "\(error)", file: file)
        }
    }

    /// Reads and decodes the graph JSON file at `url`.
    public static func load(from url: URL) throws(StoreError) -> StanceGraph {
        let path = StorePath.display(url)
        return try decode(StorePath.readData(url, shownAs: path), file: path)
    }

    /// What went wrong in decoding, with the path to the value at fault ("claims[3].stance").
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.reduce("") { text, key in
                key.intValue.map { "\(text)[\($0)]" } ?? (text.isEmpty ? key.stringValue : "\(text).\(key.stringValue)")
            }
            return text.isEmpty ? "" : "at \(text): "
        }
        switch error {
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not JSON (\(context.debugDescription))" }
            return path(context.codingPath) + context.debugDescription
        case .keyNotFound(let key, let context):
            return path(context.codingPath) + "missing key '\(key.stringValue)'"
        case .typeMismatch(let type, let context):
            return path(context.codingPath) + "expected \(type)"
        case .valueNotFound(let type, let context):
            return path(context.codingPath) + "expected \(type), found null"
        @unknown default:
            return "\(error)"
        }
    }
}
