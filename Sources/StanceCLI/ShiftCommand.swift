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
            let graph = try input.load().keeping(minimumConfidence: confidence.minimum)
            let shift: Shift
            if let event {
                let found = try graph.event(named: event)
                if let to, to.firstDay < found.date.firstDay {
                    throw CLIError("--to \(to) is before \(found.name) (\(found.date))")
                }
                shift = graph.shift(around: found, until: to)
            } else if let from, let to {
                shift = graph.shift(from: from, to: to)
            } else {
                return
            }
            print(ShiftTable(shift).text, terminator: "")
            if let output = diagram.output {
                try DiagramFile(path: output).write(
                    dot: DOTWriter.shift(shift, title: diagram.title), engine: diagram.engine)
                print("Wrote \(output).")
            }
        }
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
