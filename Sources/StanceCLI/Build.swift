import ArgumentParser
import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph build FOLDER --out DIR`: the main job.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the graph of a folder of annotated articles and draw its snapshots and shifts.",
            discussion: """
                Writes to the output folder: graph.json (the whole graph); for each event in the \
                period, EVENT-before, EVENT-after and EVENT-shift (the day before the event against \
                the day before the next event, or the latest date); and latest — each as .dot, .svg \
                and .png.
                """
        )

        @Argument(help: "Folder of articles with their NAME.stances.yaml annotations.")
        var folder: String

        @Option(help: "Output folder.")
        var out: String = "graphs"

        @Option(help: "Graphviz layout engine: \(LayoutEngineList.names).")
        var engine: LayoutEngine = .dot

        func run() throws {
            let graph = try AnnotationLoader.loadGraph(paths: [URL(fileURLWithPath: folder)])
            let outURL = URL(fileURLWithPath: out, isDirectory: true)
            let plan = BuildPlan(graph: graph)
            var written = 0

            try AtomicFile.write(try GraphJSON.encode(graph), to: outURL.appendingPathComponent("graph.json"))
            written += 1

            for window in plan.windows {
                let name = window.event.name
                let before = graph.snapshot(at: window.before)
                let after = graph.snapshot(at: window.after)
                let shift = graph.shift(around: window.event, until: window.after)
                try write(
                    DOTWriter.snapshot(before, title: "Stances on \(window.before) — the day before the \(name)"),
                    name: "\(window.event.id)-before", into: outURL)
                try write(
                    DOTWriter.snapshot(after, title: "Stances on \(window.after) — after the \(name)"),
                    name: "\(window.event.id)-after", into: outURL)
                try write(DOTWriter.shift(shift), name: "\(window.event.id)-shift", into: outURL)
                written += 9
                print("  \(window.event.id) (\(window.event.date)): \(window.before) → \(window.after): \(ShiftSummary(shift).text)")
            }
            if let latest = plan.latest {
                try write(
                    DOTWriter.snapshot(graph.snapshot(at: latest), title: "Stances on \(latest) (latest)"),
                    name: "latest", into: outURL)
                written += 3
            }
            let articles = Set(graph.claims.flatMap { $0.evidence.map(\.documentID) }).count
            print(
                "Built \(out): \(articles) article\(articles == 1 ? "" : "s"), \(graph.actors.count) actors, "
                    + "\(graph.claims.count) claims, \(graph.topics.count) topics, "
                    + "\(plan.windows.count) shift\(plan.windows.count == 1 ? "" : "s") across events; \(written) files.")
        }

        private func write(_ dot: String, name: String, into folder: URL) throws {
            for (ext, format) in [("dot", DiagramFile.Format.dot), ("svg", .graphviz(.svg)), ("png", .graphviz(.png))] {
                try DiagramFile(url: folder.appendingPathComponent("\(name).\(ext)"), format: format)
                    .write(dot: dot, engine: engine)
            }
        }
    }
}

/// The dates `build` draws: around each event in the graph's period, and the latest.
struct BuildPlan {
    struct Window {
        let event: Event
        /// The day before the event.
        let before: TimePoint
        /// The day before the next event, or the latest date.
        let after: TimePoint
    }

    let windows: [Window]
    let latest: TimePoint?

    init(graph: StanceGraph) {
        latest = graph.latestDate
        let starts = graph.claims.compactMap { $0.validTime.start?.firstDay }
        guard let latest, let earliest = starts.min() else {
            windows = []
            return
        }
        let inPeriod = graph.events.filter {
            $0.date.firstDay > earliest && $0.date.firstDay <= latest.firstDay
        }
        windows = inPeriod.enumerated().map { position, event in
            let next = inPeriod.dropFirst(position + 1).first { $0.date.firstDay > event.date.firstDay }
            let after = next.map { $0.date.adding(days: -1) } ?? latest
            return Window(event: event, before: event.date.adding(days: -1), after: max(after, event.date.start))
        }
    }
}

/// "2 flipped, 1 appeared, 3 unchanged".
struct ShiftSummary {
    let text: String

    init(_ shift: Shift) {
        let parts = ShiftKind.allCases.compactMap { kind -> String? in
            let count = shift.entries(kind).count
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        text = parts.isEmpty ? "no stances at either date" : parts.joined(separator: ", ")
    }
}
