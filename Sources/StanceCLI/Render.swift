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

        @OptionGroup var view: ViewOptions

        @Flag(help: "Draw members inside their umbrella (memberships in force at the date), stances between groups aggregated.")
        var rollUp = false

        @OptionGroup var diagram: DiagramOutput

        func validate() throws {
            if diagram.output == nil { throw ValidationError("Missing -o OUT (a .dot, .svg, .png or .pdf file).") }
        }

        func run() throws {
            let graph = try input.load()
            guard let date = at ?? graph.latestDate else {
                throw CLIError("the graph has no dated claims: give --at DATE")
            }
            let selected = try graph.selecting(view.selection(minimumConfidence: confidence.minimum), at: [date])
            let snapshot = selected.graph.snapshot(at: date)
            guard let output = diagram.output else { return }
            let layout = try diagram.layout(
                actors: snapshot.actors.count, stances: snapshot.entries.count, clustered: rollUp)
            let options = DiagramOptions(rollUp: rollUp, layout: layout, note: selected.note)
            try DiagramFile(path: output).write(
                dot: DOTWriter.snapshot(snapshot, title: diagram.title, options: options), engine: layout.engine)
            let left = selected.note.map { " (\($0))" } ?? ""
            print(
                "Wrote \(output): \(snapshot.entries.count) stances among \(snapshot.actors.count) actors on \(snapshot.date)\(left)"
                    + (layout == .standard ? "." : ", drawn with \(layout.engine.rawValue)."))
        }
    }
}
