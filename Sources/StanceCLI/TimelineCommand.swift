import ArgumentParser
import Foundation
import StanceModel
import StanceRender
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph timeline SOURCE TARGET [-o FILE.svg]` or
    /// `stancegraph timeline --source A --target B [--topic T] [PATH...] [--db FILE] [-o FILE.svg]`.
    struct TimelineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Show one actor's stances toward another over time, with their evidence; -o draws the chart.",
            discussion: """
                Reads the paths and/or --db; with neither, the database \(DatabaseOption.defaultPath). \
                Without --source and --target, the first two arguments are the holder and the target \
                (`stancegraph timeline coordination-framework united-states -o chart.svg`). \
                -o FILE.svg draws a stance-over-time chart: score on the y axis, time on the x axis, \
                a bar per claim over the span it was in force, the graph's events as vertical rules.
                """)

        @Option(help: "The actor holding the stances (id).")
        var source: String?

        @Option(help: "The actor the stances are toward (id).")
        var target: String?

        @Option(help: "Only stances on this topic (id); default: every topic and none.")
        var topic: String?

        @Argument(
            help: ArgumentHelp(
                "SOURCE TARGET (when --source and --target are not given), then annotation files, folders of them, or graph JSON files.",
                valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("A StanceGraph database to read.", valueName: "file"))
        var db: String?

        @Option(name: .shortAndLong, help: "Draw the chart to this SVG file.")
        var output: String?

        @Option(help: "Title of the chart (default: 'SOURCE → TARGET').")
        var title: String?

        /// Holder, target and the remaining paths, from the options or the first two arguments.
        var resolved: (source: String, target: String, paths: [String])? {
            switch (source, target) {
            case let (source?, target?): return (source, target, paths)
            case (nil, nil) where paths.count >= 2: return (paths[0], paths[1], Array(paths.dropFirst(2)))
            default: return nil
            }
        }

        func validate() throws {
            if resolved == nil {
                throw ValidationError("Give the holder and the target: SOURCE TARGET, or --source A --target B.")
            }
            if let output, URL(fileURLWithPath: output).pathExtension.lowercased() != "svg" {
                throw ValidationError("-o \(output): the chart is written as SVG; give a .svg file.")
            }
        }

        func run() throws {
            guard let (source, target, paths) = resolved else { return }
            let graph = try GraphInput.load(paths: paths, db: db ?? (paths.isEmpty ? DatabaseOption.defaultPath : nil))
            for id in [source, target] where graph.actors[ActorID(id)] == nil {
                let known = graph.actors.keys.sorted().prefix(12).map(\.rawValue).joined(separator: ", ")
                throw CLIError("no actor '\(id)' in the graph (known: \(known))")
            }
            let timeline = graph.timeline(
                source: ActorID(source), target: ActorID(target), topic: topic.map { TopicID($0) })
            let on = topic.map { " on \($0)" } ?? ""
            print("\(source) → \(target)\(on): \(timeline.segments.count) claim\(timeline.segments.count == 1 ? "" : "s")")
            for segment in timeline.segments {
                print(ClaimLine(segment.claim, span: segment.effectiveSpan).text)
            }
            if let output {
                let names = [source, target].map { graph.actors[ActorID($0)]?.name ?? $0 }
                let chart = TimelineChart(
                    timeline: timeline, events: graph.events, title: title ?? "\(names[0]) → \(names[1])\(on)")
                try AtomicFile.write(Data(chart.svg().utf8), to: URL(fileURLWithPath: output))
                print("Wrote \(output).")
            }
        }
    }
}
