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
            abstract: "Build the graph of a folder of articles and draw its snapshots and shifts.",
            discussion: """
                Extracts the stances of every article (*.txt, and saved pages *.html/*.htm) in the folder — or, with \
                --use-annotations, takes the hand-coded NAME.stances.yaml where there is one — and \
                stores them in OUT/stancegraph.sqlite, which keeps what earlier builds stored. \
                Writes to the output folder: graph.json (the whole graph); for each event in the \
                period, EVENT-before, EVENT-after and EVENT-shift (the day before the event against \
                the day before the next event, or the latest date); and latest — each as .dot, .svg \
                and .png.
                """
        )

        @Argument(help: "Folder of articles (*.txt, *.html, *.htm), searched recursively.")
        var folder: String

        @Flag(help: "Use hand-coded NAME.stances.yaml files instead of extracting the texts they annotate.")
        var useAnnotations = false

        @OptionGroup var extraction: ExtractionOptions

        @OptionGroup var confidence: ExtractionConfidenceOption

        @OptionGroup var jobs: JobsOption

        @Option(help: "Output folder.")
        var out: String = "graphs"

        @Option(help: "Graphviz layout engine: \(LayoutEngineList.names).")
        var engine: LayoutEngine = .dot

        func run() throws {
            let outURL = URL(fileURLWithPath: out, isDirectory: true)
            let graph = try BuildDatabase.ingest(
                folder: folder, out: outURL, useAnnotations: useAnnotations, extraction: extraction,
                minimumConfidence: confidence.minimum, jobs: jobs.count)
            let plan = BuildPlan(graph: graph)

            // Everything is rendered in memory first, so a failure leaves the folder as it was.
            var files: [(name: String, data: Data)] = [("graph.json", try GraphJSON.encode(graph))]
            for window in plan.windows {
                let event = window.event
                let shift = graph.shift(around: event, until: window.after)
                files += try render(
                    DOTWriter.snapshot(
                        graph.snapshot(at: window.before),
                        title: "Stances on \(window.before) — the day before \(event.nameInText)"),
                    name: "\(event.id)-before")
                files += try render(
                    DOTWriter.snapshot(
                        graph.snapshot(at: window.after), title: "Stances on \(window.after) — after \(event.nameInText)"),
                    name: "\(event.id)-after")
                files += try render(DOTWriter.shift(shift), name: "\(event.id)-shift")
                print("  \(event.id) (\(event.date)): \(window.before) → \(window.after): \(ShiftSummary(shift).text)")
            }
            if let latest = plan.latest {
                files += try render(
                    DOTWriter.snapshot(graph.snapshot(at: latest), title: "Stances on \(latest) (latest)"),
                    name: "latest")
            }
            for file in files { try AtomicFile.write(file.data, to: outURL.appendingPathComponent(file.name)) }
            let removed = try removeStaleDiagrams(in: outURL, keeping: Set(files.map(\.name)))

            let articles = graph.documentIDs.count
            print(
                "Built \(out): \(articles) article\(articles == 1 ? "" : "s"), \(graph.actors.count) actors, "
                    + "\(graph.claims.count) claims, \(graph.topics.count) topics, "
                    + "\(plan.windows.count) shift\(plan.windows.count == 1 ? "" : "s") across events; \(files.count) files"
                    + (removed.isEmpty ? "." : "; removed stale \(removed.joined(separator: ", ")).")
            )
        }

        /// The diagram as .dot, .svg and .png files.
        private func render(_ dot: String, name: String) throws -> [(name: String, data: Data)] {
            [
                ("\(name).dot", Data(dot.utf8)),
                ("\(name).svg", try GraphvizLibrary.render(dot, format: .svg, engine: engine)),
                ("\(name).png", try GraphvizLibrary.render(dot, format: .png, engine: engine)),
            ]
        }

        /// Removes diagrams an earlier build wrote (`*-before`, `*-after`, `*-shift` as .dot, .svg or
        /// .png) that this build did not; returns their names.
        private func removeStaleDiagrams(in folder: URL, keeping: Set<String>) throws -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let stale = names.filter { name in
                let url = URL(fileURLWithPath: name)
                let stem = url.deletingPathExtension().lastPathComponent
                return !keeping.contains(name) && ["dot", "svg", "png"].contains(url.pathExtension)
                    && ["-before", "-after", "-shift"].contains { stem.hasSuffix($0) }
            }.sorted()
            for name in stale { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
            return stale
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
        guard let latest, let earliest = graph.earliestStart?.firstDay else {
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
            let count = shift.count(kind)
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        text = parts.isEmpty ? "no stances at either date" : parts.joined(separator: ", ")
    }
}
