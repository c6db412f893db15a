import ArgumentParser
import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceStore

extension NetworkKind: ExpressibleByArgument {}
extension NetworkObject: ExpressibleByArgument {}

extension StanceGraphCommand {
    /// `stancegraph network congruence|conflict [PATH...] [--db FILE] [--topic T] [--at DATE] [--by O] [-o OUT]`.
    struct NetworkCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "network",
            abstract: "Print, draw or export the actor-by-actor congruence or conflict network at one date, as in Discourse Network Analyzer.",
            discussion: """
                Reads the paths and/or --db; with neither, the database \(DatabaseOption.defaultPath). \
                Takes the stances in force at --at (default: the latest date) and joins two holders by an \
                undirected edge whose weight is how many targets and topics (--by target: targets) they \
                hold stances of the same sign toward (congruence) or of opposite signs toward (conflict); \
                neutral stances count for neither. -o OUT.svg, .png, .pdf or .dot draws it (edge width \
                and label: the weight); -o OUT.graphml exports it, undirected with a `weight` per edge.
                """)

        @Argument(help: "congruence or conflict.")
        var kind: NetworkKind

        @Argument(help: ArgumentHelp("Annotation files, folders of them, or graph JSON files.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("A StanceGraph database to read, alone or merged with the paths.", valueName: "file"))
        var db: String?

        @Option(help: "The date (YYYY-MM-DD, YYYY-MM or YYYY: its first day). Default: the latest date in the graph.")
        var at: TimePoint?

        @Option(help: "Only stances on this topic id.")
        var topic: String?

        @Option(help: "What two holders are compared on: target-topic (each target and topic) or target.")
        var by: NetworkObject = .targetTopic

        @Option(name: .shortAndLong, help: "Output file: .svg, .png, .pdf or .dot draws the network, .graphml exports it.")
        var output: String?

        @Option(help: "Graphviz layout engine: \(LayoutEngineList.names).")
        var engine: LayoutEngine = .neato

        @Option(help: "Title drawn on the diagram.")
        var title: String?

        @OptionGroup var confidence: GraphConfidenceOption

        func validate() throws {
            if let output, !Self.isGraphML(output) { _ = try DiagramFile(path: output) }
        }

        static func isGraphML(_ path: String) -> Bool { URL(fileURLWithPath: path).pathExtension.lowercased() == "graphml" }

        func run() throws {
            let graph = try GraphInput.load(paths: paths, db: db ?? (paths.isEmpty ? DatabaseOption.defaultPath : nil))
                .keeping(minimumConfidence: confidence.minimum)
            if let topic, graph.topics[TopicID(topic)] == nil {
                let known = graph.topics.keys.sorted().prefix(12).map(\.rawValue).joined(separator: ", ")
                throw CLIError("no topic '\(topic)' in the graph (known: \(known))")
            }
            guard let date = at ?? graph.latestDate else { throw CLIError("the graph has no dated claims: give --at DATE") }
            let network = graph.network(kind, at: date, topic: topic.map { TopicID($0) }, by: by)
            print(NetworkTable(network).text, terminator: "")
            guard let output else { return }
            if Self.isGraphML(output) {
                try AtomicFile.write(Data(NetworkGraphMLWriter.write(network, in: graph).utf8), to: URL(fileURLWithPath: output))
            } else {
                try DiagramFile(path: output).write(dot: DOTWriter.network(network, in: graph, title: title), engine: engine)
            }
            print("Wrote \(output).")
        }
    }
}

/// A network as a text table: the pair, the weight, and what they agree or disagree on.
struct NetworkTable {
    let text: String

    init(_ network: ActorNetwork) {
        let on = network.topic.map { ", topic \($0)" } ?? ""
        let rows = network.edges.map { edge in
            [edge.first.rawValue, edge.second.rawValue, String(edge.weight), edge.concepts.map(\.description).joined(separator: "; ")]
        }
        text = "\(network.kind.rawValue.capitalized) network on \(network.date)\(on) by \(network.by): "
            + "\(counted(network.edges.count, "edge")) among \(counted(network.holders.count, "holder"))\n"
            + (rows.isEmpty ? "" : TextTable(header: ["actor", "actor", "weight", "on"], rows: rows).text)
    }
}

extension ActorNetwork {
    /// "target and topic", "target".
    fileprivate var by: String { object == .target ? "target" : "target and topic" }
}
