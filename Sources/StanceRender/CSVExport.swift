import CSV
import Foundation
import StanceModel

/// Writes a selection of a graph as two CSV tables (RFC 4180: comma-separated, CRLF line ends,
/// fields with a comma, quote or line break quoted, quotes doubled), through CSV.swift.
///
/// The statements table has one row per claim and evidence record, as Discourse Network
/// Analyzer's statements: ``statementColumns``. A claim with no evidence gets one row with the
/// evidence columns empty. The actors table has one row per actor: ``actorColumns``.
public enum CSVExport {
    /// The columns of the statements table.
    public static let statementColumns = [
        "claim", "holder", "target", "topic", "stance", "score", "from", "until", "document", "title", "outlet",
        "url", "published", "quote", "speaker", "speaker_actor", "time_phrase", "method", "confidence",
    ]

    /// The columns of the actors table.
    public static let actorColumns = ["id", "name", "kind", "aliases", "member_of"]

    /// The statements table as UTF-8 bytes.
    /// - Complexity: O(claims × evidence).
    public static func statements(_ selection: ExportSelection) throws(RenderError) -> Data {
        var rows: [[String]] = []
        for (position, claim) in selection.claims {
            let head = [
                String(position), claim.source.rawValue, claim.target.rawValue, claim.topic?.rawValue ?? "",
                claim.stance.level.rawValue, claim.stance.score.description,
                claim.validTime.start?.description ?? "", claim.validTime.end?.description ?? "",
            ]
            let records: [Evidence?] = claim.evidence.isEmpty ? [nil] : claim.evidence
            for evidence in records {
                rows.append(head + evidenceCells(evidence))
            }
        }
        return try table("statements", header: statementColumns, rows: rows)
    }

    /// The actors table as UTF-8 bytes.
    public static func actors(_ selection: ExportSelection) throws(RenderError) -> Data {
        let rows = selection.actors.map { actor in
            [
                actor.id.rawValue, actor.name, actor.kind.rawValue, actor.aliases.joined(separator: "; "),
                ExportField.memberships(of: actor),
            ]
        }
        return try table("actors", header: actorColumns, rows: rows)
    }

    static func evidenceCells(_ evidence: Evidence?) -> [String] {
        guard let evidence else { return Array(repeating: "", count: 11) }
        return [
            evidence.documentID, evidence.title ?? "", evidence.outlet ?? "", evidence.url ?? "",
            evidence.published?.description ?? "", evidence.quote, evidence.speaker ?? "",
            evidence.speakerActor?.rawValue ?? "", evidence.timePhrase ?? "", evidence.method.rawValue,
            evidence.confidence.isFinite ? evidence.confidence.description : "",
        ]
    }

    /// A header and rows written by CSV.swift's writer, each record ending in CRLF.
    static func table(_ name: String, header: [String], rows: [[String]]) throws(RenderError) -> Data {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row) }
            stream.close()
        } catch {
            throw .csv(name, reason: "\(error)")
        }
        guard var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw .csv(name, reason: "the in-memory stream returned no data")
        }
        data.append(contentsOf: Array("\r\n".utf8))
        return data
    }
}
