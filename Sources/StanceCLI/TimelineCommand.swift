import ArgumentParser
import Foundation
import StanceModel

extension StanceGraphCommand {
    /// `stancegraph timeline --source A --target B [--topic T] [PATH...] [--db FILE]`.
    struct TimelineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Show one actor's stances toward another over time, with their evidence.",
            discussion: "Reads the paths and/or --db; with neither, the database \(DatabaseOption.defaultPath).")

        @Option(help: "The actor holding the stances (id).")
        var source: String

        @Option(help: "The actor the stances are toward (id).")
        var target: String

        @Option(help: "Only stances on this topic (id); default: every topic and none.")
        var topic: String?

        @Argument(
            help: ArgumentHelp("Annotation files, folders of them, or graph JSON files.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("A StanceGraph database to read.", valueName: "file"))
        var db: String?

        func run() throws {
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
        }
    }
}
