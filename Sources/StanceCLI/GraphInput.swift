import ArgumentParser
import Foundation
import Graphviz
import StanceModel
import StanceStore

/// The graph a command reads: annotation files, folders of them, or graph JSON files.
struct GraphInput: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Annotation files (NAME.stances.yaml), folders of them, or graph JSON files.",
            valueName: "path"))
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one annotation file or folder.") }
    }

    /// Loads and merges every path into one graph.
    func load() throws -> StanceGraph {
        try AnnotationLoader.loadGraph(paths: paths.map { URL(fileURLWithPath: $0) })
    }
}

/// Where a diagram goes and how it is laid out.
struct DiagramOutput: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output file; its extension (.dot .svg .png .pdf) picks the format.")
    var output: String?

    @Option(help: "Graphviz layout engine: \(LayoutEngineList.names).")
    var engine: LayoutEngine = .dot

    @Option(help: "Title drawn on the diagram (default: the date or dates).")
    var title: String?

    func validate() throws {
        if let output { _ = try DiagramFile(path: output) }
    }
}

enum LayoutEngineList {
    static var names: String { LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ") }
}
