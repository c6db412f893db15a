import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("contradictions command")
struct ContradictionsCommandTests {
    static var graph: StanceGraph {
        Fixtures.graph([
            StanceClaim(
                source: "green-front", target: "borduria", topic: "bases", stance: .supports,
                validTime: Fixtures.span("2024-01", nil),
                evidence: [Fixtures.evidence("Green Front backs the bases.", document: "times")]),
            StanceClaim(
                source: "green-front", target: "borduria", topic: "bases", stance: .opposes,
                validTime: Fixtures.span("2024-01", nil),
                evidence: [Fixtures.evidence("Green Front wants the bases gone.", published: "2024-02-01", document: "herald")]),
        ])
    }

    @Test("a table with the dyad, the overlap and both quotes")
    func table() {
        let text = ContradictionTable(Self.graph.contradictions(), in: Self.graph).text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "1 contradiction")
        #expect(lines[2].contains("green-front") && lines[2].contains("2024-01 – open"))
        #expect(lines[2].contains("supports +0.50") && lines[2].contains("opposes -0.50"))
        #expect(lines[2].contains("“Green Front backs the bases.”") && lines[2].contains("“Green Front wants the bases gone.”"))
        #expect(lines[2].contains("herald 2024-02-01"))
    }

    @Test("the command reads files: the seed has none, a graph JSON with two sources disagreeing has one")
    func command() throws {
        let seed = try runStanceGraph(["contradictions", "seeds"])
        #expect(seed.status == 0 && seed.stdout == "0 contradictions\n", "\(seed.stderr)")
        let temp = try TemporaryDirectory("contradictions")
        defer { temp.remove() }
        try GraphJSON.encode(Self.graph).write(to: temp.file("g.json"))
        let result = try runStanceGraph(["contradictions", temp.file("g.json").path, "--topic", "bases"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 contradiction\n"))
        let none = try runStanceGraph(["contradictions", temp.file("g.json").path, "--actor", "avalon"])
        #expect(none.stdout == "0 contradictions\n")
    }
}
