import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

/// `--focus`, `--depth`, `--topic`, `--kind`, `--min-evidence`, `--source-outlet` and `--top` on
/// `render`, `shift` and `export`, on `SelectionFixture`'s graph.
@Suite("view options on render, shift and export")
struct ViewOptionsTests {
    /// The fixture graph as a graph JSON file in `temp`.
    static func graphFile(in temp: TemporaryDirectory) throws -> String {
        let url = temp.file("selection.json")
        try GraphJSON.encode(SelectionFixture.graph).write(to: url)
        return url.path
    }

    /// "Holder → Target" of every edge of a DOT diagram, from the tooltips, sorted.
    static func dyads(inDOT dot: String) -> [String] {
        dot.split(separator: "\n").filter { $0.contains(" -> ") }.compactMap { line -> String? in
            guard let range = line.range(of: " tooltip=\"") else { return nil }
            let text = line[range.upperBound...]
            let end = text.firstIndex { $0 == ":" } ?? text.endIndex
            let dyad = text[..<end]
            return String(dyad.components(separatedBy: " on ").first ?? String(dyad))
        }.sorted()
    }

    static let ab = "Avalon → Borduria"
    static let ga = "Green Front → Avalon"
    static let rg = "Red Brigade → Green Front"
    static let nr = "Northern League → Red Brigade"
    static let br = "Borduria → Red Brigade"

    static let renderCases: [([String], [String])] = [
        ([], [ab, br, ga, rg]),
        (["--focus", "avalon"], [ab, ga]),
        (["--focus", "avalon", "--depth", "2"], [ab, br, ga, rg]),
        (["--topic", "bases"], [ga]),
        (["--kind", "state,armed-group"], [ab, br]),
        (["--kind", "state", "--kind", "armed-group"], [ab, br]),
        (["--min-evidence", "2"], [ab]),
        (["--source-outlet", "fictional times"], [ab, rg]),
        (["--top", "2"], [ab]),
        (["--min-confidence", "0.95", "--focus", "red-brigade"], [rg]),
    ]

    @Test("render draws what the options choose", arguments: renderCases)
    func render(options: [String], expected: [String]) throws {
        let temp = try TemporaryDirectory("view-render")
        defer { temp.remove() }
        let out = temp.file("out.dot")
        var command = try StanceGraphCommand.Render.parse(
            [try Self.graphFile(in: temp), "--at", "2025-01-31", "-o", out.path] + options)
        try command.run()
        let dot = try String(contentsOf: out, encoding: .utf8)
        #expect(Self.dyads(inDOT: dot) == expected)
        #expect(dot.contains("(top 2 of 4 actors)") == options.contains("--top"))
    }

    static let shiftCases: [([String], [String])] = [
        ([], [ab, br, ga, nr, rg]),
        (["--focus", "northern-league"], [nr]),
        (["--topic", "trade"], [br]),
        (["--kind", "coalition,armed-group"], [nr]),
        (["--min-evidence", "2"], [ab]),
        (["--source-outlet", "Fictional Times"], [ab, rg]),
        (["--top", "2"], [ab]),
    ]

    @Test("shift compares what the options choose, at both dates", arguments: shiftCases)
    func shift(options: [String], expected: [String]) throws {
        let temp = try TemporaryDirectory("view-shift")
        defer { temp.remove() }
        let out = temp.file("shift.dot")
        let result = try runStanceGraph(
            ["shift", try Self.graphFile(in: temp), "--from", "2024-03-01", "--to", "2025-01-31", "-o", out.path]
                + options)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.dyads(inDOT: try String(contentsOf: out, encoding: .utf8)) == expected)
        #expect(result.stdout.split(separator: "\n").count == expected.count + 3, "summary, header, rows, Wrote")
        #expect(result.stdout.contains("(top 2 of 5 actors)") == options.contains("--top"), "\(result.stdout)")
    }

    static let exportCases: [([String], [Int])] = [
        ([], [0, 1, 2, 3, 4, 5]),
        (["--focus", "avalon"], [0, 1, 2]),
        (["--focus", "northern-league", "--at", "2025-01-31"], []),
        (["--topic", "bases"], [2]),
        (["--kind", "state"], [0, 1]),
        (["--min-evidence", "2"], [0, 1]),
        (["--source-outlet", "FICTIONAL TIMES"], [0, 3]),
        (["--top", "2"], [0, 1]),
        (["--min-confidence", "0.95"], [0, 3, 4]),
        (["--top", "2", "--at", "2025-01-31", "--actor", "borduria"], [0, 1]),
    ]

    @Test("export writes the claims the options choose, keeping their ids", arguments: exportCases)
    func export(options: [String], expected: [Int]) throws {
        let temp = try TemporaryDirectory("view-export")
        defer { temp.remove() }
        let out = temp.file("out.json")
        var command = try StanceGraphCommand.Export.parse(
            [try Self.graphFile(in: temp), "--format", "node-link", "-o", out.path] + options)
        try command.run()
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        let edges = try #require(json?["edges"] as? [[String: Any]])
        #expect(edges.map { "\($0["key"] ?? "")" } == expected.map(String.init))
    }

    @Test("an unknown --focus or --topic is one line naming it, with ids like it")
    func unknownIDs() throws {
        let temp = try TemporaryDirectory("view-errors")
        defer { temp.remove() }
        let graph = try Self.graphFile(in: temp)
        let out = temp.file("x.svg").path
        let focus = try runStanceGraph(["render", graph, "-o", out, "--focus", "avalom"])
        expectOneLineError(focus, containing: "no actor 'avalom' in the graph; did you mean 'avalon'?", "render --focus")
        let shift = try runStanceGraph(["shift", graph, "--from", "2024", "--to", "2025", "--focus", "green"])
        expectOneLineError(shift, containing: "no actor 'green' in the graph; did you mean 'green-front'?", "shift --focus")
        let topic = try runStanceGraph(["export", graph, "-o", out, "--format", "csv", "--topic", "base"])
        expectOneLineError(topic, containing: "no topic 'base' in the graph; did you mean 'bases'?", "export --topic")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("bad values are refused before anything is read")
    func validation() {
        #expect(throws: (any Error).self) { try StanceGraphCommand.Render.parse(["g.json", "-o", "x.svg", "--kind", "militia"]) }
        #expect(throws: (any Error).self) { try StanceGraphCommand.Render.parse(["g.json", "-o", "x.svg", "--depth", "2"]) }
        #expect(throws: (any Error).self) { try StanceGraphCommand.Render.parse(["g.json", "-o", "x.svg", "--top", "0"]) }
        #expect(throws: (any Error).self) {
            try StanceGraphCommand.ShiftCommand.parse(["g.json", "--event", "x", "--min-evidence", "0"])
        }
        #expect(throws: Never.self) {
            try StanceGraphCommand.Export.parse(["g.json", "-o", "x.csv", "--kind", "armed group, state"])
        }
    }
}
