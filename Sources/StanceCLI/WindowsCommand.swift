import ArgumentParser
import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore

extension WindowLength: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension StanceGraphCommand {
    /// `stancegraph windows PATH... [--db FILE] --every 1mo|1w|DAYS [--around EVENT] [--from D --until D] --out DIR`.
    struct WindowsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "windows",
            abstract: "Draw and export the graph at the end of each time window, with a table of what changed per window.",
            discussion: """
                Cuts --from..--until (default: the graph's earliest start to its latest date) into windows \
                of --every (1mo, 6mo, 1w, 2w, 1y, or a number of days); with --around EVENT the boundaries \
                fall on the event's day plus or minus whole windows, so one window ends the day before it. \
                For each window writes DIR/wNN-END.svg and .png (the stances in force on its last day) and \
                DIR/wNN-END.graphml (or .json with --format json: those claims); then DIR/windows.csv and, \
                on stdout, per window how many stances are in force at its end and how many appeared, \
                ended, flipped, strengthened, weakened or held since the previous window's end.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case graphml, json
        }

        @OptionGroup var input: GraphInput

        @Option(help: ArgumentHelp("Length of each window: 1mo, 6mo, 1w, 2w, 1y, or a number of days.", valueName: "length"))
        var every: WindowLength

        @Option(help: "An event (id, name or alias) whose day is a window boundary.")
        var around: String?

        @Option(help: "First day of the range (YYYY-MM-DD, YYYY-MM or YYYY). Default: the graph's earliest start.")
        var from: TimePoint?

        @Option(help: "Last day of the range (its last day for a month or year). Default: the graph's latest date.")
        var until: TimePoint?

        @Option(help: "Only stances held by or aimed at this actor id.")
        var actor: String?

        @Option(help: "Only stances on this topic id.")
        var topic: String?

        @Option(help: "Output folder.")
        var out: String

        @Option(help: "Export format of each window: graphml or json (graph JSON).")
        var format: Format = .graphml

        @Option(help: "Graphviz layout engine: \(LayoutEngineList.names).")
        var engine: LayoutEngine = .dot

        @OptionGroup var confidence: GraphConfidenceOption

        /// The most windows one run draws.
        static let limit = 200

        func validate() throws {
            if let from, let until, until.endDay <= from.firstDay {
                throw ValidationError("--until \(until) is before --from \(from).")
            }
        }

        func run() throws {
            let graph = try Self.keeping(
                actor: actor, topic: topic, of: try input.load().keeping(minimumConfidence: confidence.minimum))
            let event = try around.map { name throws(ModelError) in try graph.event(named: name) }
            guard let first = from ?? graph.earliestStart, let last = until ?? graph.latestDate else {
                throw CLIError("the graph has no dated claims: give --from and --until")
            }
            let windows = try TimeWindow.series(
                every: every, from: first, until: last, anchor: event?.date, limit: Self.limit)
            guard !windows.isEmpty else { throw CLIError("no window between \(first) and \(last)") }
            let series = graph.shifts(over: windows)
            let width = String(series.count).count
            let stems = series.enumerated().map { position, item in
                "w" + String(position + 1).leftPadded(to: max(width, 2)) + "-\(item.window.end)"
            }

            // Everything is rendered in memory first, so a failure leaves the folder as it was.
            var files: [(name: String, data: Data)] = []
            for (position, item) in series.enumerated() {
                let snapshot = graph.snapshot(at: item.window.end)
                let title = Self.title(item, number: position + 1, of: series.count, event: event)
                let dot = DOTWriter.snapshot(snapshot, title: title)
                files.append(("\(stems[position]).svg", try GraphvizLibrary.render(dot, format: .svg, engine: engine)))
                files.append(("\(stems[position]).png", try GraphvizLibrary.render(dot, format: .png, engine: engine)))
                files.append(try export(snapshot, of: graph, stem: stems[position]))
            }
            files.append(("windows.csv", try WindowTable.csv(series, files: stems)))

            let outURL = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
            for file in files { try AtomicFile.write(file.data, to: outURL.appendingPathComponent(file.name)) }
            let removed = try Self.removeStaleWindows(in: outURL, keeping: Set(files.map(\.name)))

            let across = event.map { " around \($0.name) (\($0.date))" } ?? ""
            print("\(counted(series.count, "window")) of \(every) from \(windows[0].start) to \(windows[windows.count - 1].end)\(across):")
            print(TextTable(header: WindowTable.columns, rows: WindowTable.rows(series, files: stems)).text, terminator: "")
            print(
                "Wrote \(files.count) files to \(out)"
                    + (removed.isEmpty ? "." : "; removed stale \(removed.joined(separator: ", ")).")
            )
        }

        /// "Window 3 of 8 (+0 from the Fall of Assad) — stances on 2025-01-07; since 2024-12-07: 2 appeared, 1 flipped".
        static func title(_ item: WindowShift, number: Int, of count: Int, event: Event?) -> String {
            let offset = event.map { " (\(item.window.offset >= 0 ? "+" : "")\(item.window.offset) from \($0.nameInText))" } ?? ""
            let changes = [ShiftKind.appeared, .ended, .flipped, .strengthened, .weakened].compactMap { kind in
                item.counts[kind, default: 0] == 0 ? nil : "\(item.counts[kind, default: 0]) \(kind.rawValue)"
            }
            return "Window \(number) of \(count)\(offset): \(item.window) — stances on \(item.window.end)\n"
                + "since \(item.shift.from): " + (changes.isEmpty ? "no change" : changes.joined(separator: ", "))
        }

        /// The graph with only the claims held by or aimed at `actor` and on `topic`; whole keys are
        /// kept, so every snapshot is the full graph's with the other keys left out.
        static func keeping(actor: String?, topic: String?, of graph: StanceGraph) throws -> StanceGraph {
            guard actor != nil || topic != nil else { return graph }
            if let actor, graph.actors[ActorID(actor)] == nil {
                let known = graph.actors.keys.sorted().prefix(12).map(\.rawValue).joined(separator: ", ")
                throw CLIError("no actor '\(actor)' in the graph (known: \(known))")
            }
            let filter = ClaimFilter(actor: actor.map { ActorID($0) }, topic: topic.map { TopicID($0) })
            let selection = ExportSelection(
                graph: graph, claimPositions: graph.claims.indices.filter { filter.matches(graph.claims[$0]) })
            return try StanceGraph(
                actors: selection.actors, topics: graph.sortedTopics, events: graph.events,
                claims: selection.claims.map(\.claim))
        }

        /// The claims in force at the window's end, as GraphML or graph JSON.
        private func export(_ snapshot: Snapshot, of graph: StanceGraph, stem: String) throws -> (name: String, data: Data) {
            let selection = ExportSelection(graph: graph, claimPositions: snapshot.entries.map(\.claimIndex))
            switch format {
            case .graphml: return ("\(stem).graphml", Data(GraphMLWriter.write(selection).utf8))
            case .json:
                let subgraph = try StanceGraph(
                    actors: selection.actors, topics: graph.sortedTopics, events: graph.events,
                    claims: selection.claims.map(\.claim))
                return ("\(stem).json", try GraphJSON.encode(subgraph))
            }
        }

        /// Removes window files (`wNN-….svg`, `.png`, `.graphml`, `.json`) an earlier run wrote and this one did not.
        static func removeStaleWindows(in folder: URL, keeping: Set<String>) throws -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let stale = names.filter { name in
                let url = URL(fileURLWithPath: name)
                let stem = url.deletingPathExtension().lastPathComponent
                return !keeping.contains(name) && ["svg", "png", "graphml", "json"].contains(url.pathExtension)
                    && stem.wholeMatch(of: /w[0-9]+-[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
            }.sorted()
            for name in stale { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            return stale
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
