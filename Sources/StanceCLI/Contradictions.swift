import ArgumentParser
import Foundation
import StanceModel

extension StanceGraphCommand {
    /// `stancegraph contradictions [PATH...] [--db FILE] [--topic T] [--actor ID]`.
    struct Contradictions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List pairs of claims on the same dyad and topic, in force at the same time, from different documents, that disagree in sign.",
            discussion: "Reads the paths and/or --db; with neither, the database \(DatabaseOption.defaultPath).")

        @Argument(help: ArgumentHelp("Annotation files, folders of them, or graph JSON files.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("A StanceGraph database to read.", valueName: "file"))
        var db: String?

        @Option(help: "Only pairs on this topic id.")
        var topic: String?

        @Option(help: "Only pairs held by or aimed at this actor id.")
        var actor: String?

        func run() throws {
            let graph = try GraphInput.load(paths: paths, db: db ?? (paths.isEmpty ? DatabaseOption.defaultPath : nil))
            let found = graph.contradictions().filter { pair in
                (topic == nil || pair.key.topic?.rawValue == topic)
                    && (actor == nil || pair.key.source.rawValue == actor || pair.key.target.rawValue == actor)
            }
            print(ContradictionTable(found, in: graph).text, terminator: "")
        }
    }
}

/// Contradictions as a table: the dyad, the overlap, then each side's stance, document and quote.
struct ContradictionTable {
    let text: String

    init(_ pairs: [Contradiction], in graph: StanceGraph) {
        let header = ["holder", "target", "topic", "overlap", "stance", "document", "quote", "stance", "document", "quote"]
        let rows = pairs.map { pair -> [String] in
            let sides = [pair.first, pair.second].flatMap { position -> [String] in
                let claim = graph.claims[position]
                let evidence = claim.evidence.first
                return [
                    claim.stance.level.rawValue + " " + String(format: "%+.2f", claim.stance.score),
                    evidence.map { $0.documentID + ($0.published.map { " \($0)" } ?? "") } ?? "-",
                    evidence.map { "“" + Self.short($0.quote) + "”" } ?? "-",
                ]
            }
            return [pair.key.source.rawValue, pair.key.target.rawValue, pair.key.topic?.rawValue ?? "-", "\(pair.overlap)"] + sides
        }
        text = "\(counted(pairs.count, "contradiction"))\n" + (pairs.isEmpty ? "" : TextTable(header: header, rows: rows).text)
    }

    /// The quote on one line, cut at 100 characters.
    static func short(_ quote: String) -> String {
        let line = quote.replacingOccurrences(of: "\n", with: " ")
        return line.count > 100 ? String(line.prefix(97)) + "..." : line
    }
}
