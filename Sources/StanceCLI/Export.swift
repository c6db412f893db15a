import ArgumentParser
import Foundation
import StanceModel
import StanceRender
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph export [PATH...] [--db FILE] --format F -o OUT [filters]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the graph as graph JSON, GEXF, GraphML, node-link JSON or CSV.",
            discussion: """
                Reads the paths and/or --db; with neither, the database \(DatabaseOption.defaultPath). \
                json from a database alone, unfiltered, is lossless (format 2, with its articles): \
                `stancegraph import` of the file into a new database gives the same export; otherwise it \
                is graph JSON format 1. gexf, graphml and node-link write every claim as its own edge \
                (id: the claim's position). csv writes one row per claim and evidence record to OUT and \
                the actors to OUT with `.actors` before its extension (claims.csv: claims.actors.csv).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, gexf, graphml
            case nodeLink = "node-link"
            case csv
        }

        @Argument(help: ArgumentHelp("Annotation files, folders of them, or graph JSON files.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("A StanceGraph database to read, alone or merged with the paths.", valueName: "file"))
        var db: String?

        @Option(help: "The output format: json, gexf, graphml, node-link, csv.")
        var format: Format = .json

        @Option(name: .shortAndLong, help: "The output file.")
        var output: String

        @OptionGroup var filter: GraphFilter

        @OptionGroup var confidence: GraphConfidenceOption

        @OptionGroup var view: ViewOptions

        func run() throws {
            let database = db ?? (paths.isEmpty ? DatabaseOption.defaultPath : nil)
            let source = ([database].compactMap { $0 } + paths).joined(separator: ", ")
            if format == .json, paths.isEmpty, filter.isEmpty, view.isEmpty, confidence.minimum == 0, let database {
                let store = try DatabaseOption.open(database, mustExist: true, readOnly: true)
                try AtomicFile.write(try store.exportJSON(), to: URL(fileURLWithPath: output))
                let counts = try store.counts()
                print("Exported \(database) to \(output): \(counted(counts.articles, "article")), \(counted(counts.claims, "claim")).")
                return
            }
            let graph = try GraphInput.load(paths: paths, db: database)
            let selection = ExportSelection(graph: graph, claimPositions: try positions(in: graph))
            let url = URL(fileURLWithPath: output)
            var written = [output]
            switch format {
            case .json:
                let subgraph = try StanceGraph(
                    actors: selection.actors, topics: graph.sortedTopics, events: graph.events,
                    claims: selection.claims.map(\.claim))
                try AtomicFile.write(try GraphJSON.encode(subgraph), to: url)
            case .gexf: try AtomicFile.write(Data(GEXFWriter.write(selection).utf8), to: url)
            case .graphml: try AtomicFile.write(Data(GraphMLWriter.write(selection).utf8), to: url)
            case .nodeLink: try AtomicFile.write(Data(NodeLinkWriter.write(selection).utf8), to: url)
            case .csv:
                let actorsURL = Self.actorsTable(for: url)
                try AtomicFile.write(try CSVExport.statements(selection), to: url)
                try AtomicFile.write(try CSVExport.actors(selection), to: actorsURL)
                written.append(actorsURL.path)
            }
            print(
                "Exported \(source) to \(written.joined(separator: " and ")) (\(format.rawValue)): "
                    + "\(counted(selection.actors.count, "actor")), \(counted(selection.claimPositions.count, "claim")).")
        }

        /// The positions of the claims that pass the filters and the view options (nil: every claim);
        /// the view looks at the stances in force on `--at`, or at every claim.
        func positions(in graph: StanceGraph) throws -> [Int]? {
            let filtered = try filter.positions(in: graph)
            let selection = try view.selection(minimumConfidence: confidence.minimum)
            guard !selection.isEmpty else { return filtered }
            let viewed = try graph.selecting(selection, at: filter.at.map { [$0] } ?? []).claimPositions
            guard let filtered else { return viewed }
            let kept = Set(viewed)
            return filtered.filter(kept.contains)
        }

        /// `claims.csv` → `claims.actors.csv`; `claims` → `claims.actors.csv`.
        static func actorsTable(for url: URL) -> URL {
            let base = url.pathExtension.isEmpty ? url : url.deletingPathExtension()
            let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
            return base.appendingPathExtension("actors").appendingPathExtension(ext)
        }
    }
}
