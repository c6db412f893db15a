import ArgumentParser
import Foundation
import StanceModel
import StanceRender

extension StanceGraphCommand {
    /// `stancegraph shift PATH... (--from DATE --to DATE | --event NAME) [-o OUT]`.
    struct ShiftCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shift",
            abstract: "Show how stances changed between two dates, or across an event.")

        @OptionGroup var input: GraphInput

        @Option(help: "The earlier date (YYYY-MM-DD, YYYY-MM or YYYY).")
        var from: TimePoint?

        @Option(help: "The later date. With --event, defaults to the latest date in the graph.")
        var to: TimePoint?

        @Option(help: "An event (id, name or alias): compares the day before it with --to.")
        var event: String?

        @OptionGroup var confidence: GraphConfidenceOption

        @OptionGroup var view: ViewOptions

        @OptionGroup var diagram: DiagramOutput

        func validate() throws {
            switch (from, event) {
            case (nil, nil): throw ValidationError("Give --from DATE --to DATE, or --event NAME.")
            case (_?, _?): throw ValidationError("Give either --from/--to or --event, not both.")
            case (_?, nil) where to == nil: throw ValidationError("--from needs --to.")
            default: break
            }
            if let from, let to, to.firstDay < from.firstDay {
                throw ValidationError("--to \(to) is before --from \(from).")
            }
        }

        func run() throws {
            let whole = try input.load()
            let (start, end, found) = try dates(in: whole)
            let selected = try whole.selecting(view.selection(minimumConfidence: confidence.minimum), at: [start, end])
            let graph = selected.graph
            let shift = found.map { graph.shift(around: $0, until: end) } ?? graph.shift(from: start, to: end)
            print(ShiftTable(shift).text, terminator: "")
            if let output = diagram.output {
                let layout = try diagram.layout(actors: shift.actors.count, stances: shift.entries.count)
                let options = DiagramOptions(layout: layout, note: selected.note)
                try DiagramFile(path: output).write(
                    dot: DOTWriter.shift(shift, title: diagram.title, options: options), engine: layout.engine)
                print("Wrote \(output)" + (selected.note.map { " (\($0))" } ?? "") + ".")
            }
        }
    }
}

extension StanceGraphCommand.ShiftCommand {
    /// The two days compared, and the event when there is one.
    func dates(in graph: StanceGraph) throws -> (from: TimePoint, to: TimePoint, event: Event?) {
        if let event {
            let found = try graph.event(named: event)
            if let to, to.firstDay < found.date.firstDay {
                throw CLIError("--to \(to) is before \(found.name) (\(found.date))")
            }
            let shift = graph.shift(around: found, until: to)
            return (shift.from, shift.to, found)
        }
        guard let from, let to else { throw ValidationError("Give --from DATE --to DATE, or --event NAME.") }
        return (from, to, nil)
    }
}

/// The shift as a text table: holder, target, topic, before, after, kind.
struct ShiftTable {
    let text: String

    init(_ shift: Shift) {
        let header = ["holder", "target", "topic", "before", "after", "kind"]
        let rows = shift.entries.map { entry in
            [
                entry.key.source.rawValue, entry.key.target.rawValue, entry.key.topic?.rawValue ?? "-",
                entry.before?.stance.level.rawValue ?? "-", entry.after?.stance.level.rawValue ?? "-",
                entry.kind.rawValue,
            ]
        }
        let across = shift.event.map { " across \($0.name) (\($0.date))" } ?? ""
        text = "Shift from \(shift.from) to \(shift.to)\(across): \(ShiftSummary(shift).text)\n"
            + TextTable(header: header, rows: rows).text
    }
}
