import ArgumentParser
import Foundation
import StanceModel
import StanceRender

extension StanceGraphCommand {
    /// `stancegraph render PATH... --at DATE -o OUT`.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the graph as it stood at one date.")

        @OptionGroup var input: GraphInput

        @Option(help: "The date of the snapshot: YYYY-MM-DD, YYYY-MM or YYYY (first day). Default: the latest date in the graph.")
        var at: TimePoint?

        @OptionGroup var confidence: GraphConfidenceOption

        @OptionGroup var diagram: DiagramOutput

        func validate() throws {
            if diagram.output == nil { throw ValidationError("Missing -o OUT (a .dot, .svg, .png or .pdf file).") }
        }

        func run() throws {
            let graph = try input.load().keeping(minimumConfidence: confidence.minimum)
            guard let date = at ?? graph.latestDate else {
                throw CLIError("the graph has no dated claims: give --at DATE")
            }
            let snapshot = graph.snapshot(at: date)
            guard let output = diagram.output else { return }
            try DiagramFile(path: output).write(
                dot: DOTWriter.snapshot(snapshot, title: diagram.title), engine: diagram.engine)
            print("Wrote \(output): \(snapshot.entries.count) stances among \(snapshot.actors.count) actors on \(snapshot.date).")
        }
    }
}
