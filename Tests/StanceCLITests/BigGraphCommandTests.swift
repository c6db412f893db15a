import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

/// `render` on a news-shaped graph of 200 actors: the engine chosen by size, `--top`, the refusal
/// of `dot` for a graph that big, and `--roll-up`.
@Suite("render of big graphs")
struct BigGraphCommandTests {
    static func newsFile(in temp: TemporaryDirectory) throws -> String {
        let url = temp.file("news.json")
        try GraphJSON.encode(SyntheticGraph.news(actors: 200, claims: 1_200)).write(to: url)
        return url.path
    }

    @Test("a big graph is drawn with sfdp; --top K draws K actors with dot and counts the rest in the title")
    func engineBySize() throws {
        let temp = try TemporaryDirectory("big-render")
        defer { temp.remove() }
        let graph = try Self.newsFile(in: temp)
        let big = try runStanceGraph(["render", graph, "--at", "2025-01-01", "-o", temp.file("big.svg").path])
        #expect(big.status == 0, "\(big.stderr)")
        #expect(big.stdout.hasSuffix(", drawn with sfdp.\n"), "\(big.stdout)")
        let svg = try String(contentsOf: temp.file("big.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Stances on 2025"))

        let top = try runStanceGraph(["render", graph, "--at", "2025-01-01", "--top", "12", "-o", temp.file("top.dot").path])
        #expect(top.status == 0, "\(top.stderr)")
        #expect(top.stdout.contains("among 12 actors on 2025-01-01 (top 12 of "), "\(top.stdout)")
        let dot = try String(contentsOf: temp.file("top.dot"), encoding: .utf8)
        #expect(dot.contains(#"label="Stances on 2025-01-01 (top 12 of "#))
        #expect(dot.contains(#"rankdir="LR""#) && !dot.contains(#"overlap="prism""#), "dot's look")
    }

    @Test("dot is refused for a graph it cannot draw in reasonable time, with --top and --focus suggested")
    func refusesDot() throws {
        let temp = try TemporaryDirectory("big-render")
        defer { temp.remove() }
        let out = temp.file("big.svg")
        let result = try runStanceGraph(["render", try Self.newsFile(in: temp), "--engine", "dot", "-o", out.path])
        expectOneLineError(result, containing: "too many to draw with dot", "dot on 200 actors")
        #expect(result.stderr.contains("--top K or --focus ACTOR"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("--roll-up draws members inside their umbrella")
    func rollUp() throws {
        let temp = try TemporaryDirectory("big-render")
        defer { temp.remove() }
        let out = temp.file("rolled.dot")
        var command = try StanceGraphCommand.Render.parse(
            [try Self.newsFile(in: temp), "--at", "2025-01-01", "--top", "40", "--roll-up", "-o", out.path])
        try command.run()
        let dot = try String(contentsOf: out, encoding: .utf8)
        #expect(dot.contains(#"subgraph "cluster_n"#))
        #expect(dot.contains(" stances: "), "an aggregated edge")
        var plain = try StanceGraphCommand.Render.parse(
            [try Self.newsFile(in: temp), "--at", "2025-01-01", "--top", "40", "-o", temp.file("plain.dot").path])
        try plain.run()
        #expect(!(try String(contentsOf: temp.file("plain.dot"), encoding: .utf8)).contains(#"subgraph "cluster_n"#))
    }
}
