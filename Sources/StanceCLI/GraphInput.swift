import ArgumentParser
import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore

/// The graph a command reads: annotation files, folders of them, graph JSON files, and/or a database.
struct GraphInput: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Annotation files (NAME.stances.yaml), folders of them, or graph JSON files.",
            valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("A StanceGraph database to read, alone or merged with the paths.", valueName: "file"))
    var db: String?

    func validate() throws {
        if paths.isEmpty && db == nil {
            throw ValidationError("Give at least one annotation file or folder, or --db FILE.")
        }
    }

    /// Loads and merges every path and the database into one graph.
    func load() throws -> StanceGraph { try Self.load(paths: paths, db: db) }

    /// Loads and merges `paths` and the database at `db` into one graph.
    static func load(paths: [String], db: String?) throws -> StanceGraph {
        var graph = paths.isEmpty ? try StanceGraph() : try AnnotationLoader.loadGraph(paths: paths.map { URL(fileURLWithPath: $0) })
        guard let db else { return graph }
        let stored = try DatabaseOption.open(db, mustExist: true, readOnly: true).loadGraph()
        if paths.isEmpty { return stored }
        do {
            try graph.merge(stored)
        } catch {
            throw CLIError("\(db): cannot merge with \(paths.joined(separator: ", ")): \(error.errorDescription ?? "\(error)")")
        }
        return graph
    }
}

/// Where a diagram goes and how it is laid out.
struct DiagramOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file; its extension (.dot .svg .png .pdf) picks the format.")
    var output: String?

    @Option(
        help: "Graphviz layout engine: \(LayoutEngineList.names). Default: dot, or sfdp above \(DiagramLayout.largeActors) actors or \(DiagramLayout.largeStances) stances.")
    var engine: LayoutEngine?

    @Option(help: "Title drawn on the diagram (default: the date or dates).")
    var title: String?

    func validate() throws {
        if let output { _ = try DiagramFile(path: output) }
    }

    /// The layout for a diagram of this size: `--engine` or the one its size calls for.
    func layout(actors: Int, stances: Int, clustered: Bool = false) throws -> DiagramLayout {
        try DiagramLayout.choose(actors: actors, stances: stances, engine: engine, clustered: clustered)
    }
}

enum LayoutEngineList {
    static var names: String { LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ") }
}
