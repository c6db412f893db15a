import Foundation
import StanceTestSupport
import Testing

@Suite("network")
struct NetworkCommandTests {
    @Test("network congruence prints the weighted pairs at a date, from files or a database")
    func table() throws {
        let result = try runStanceGraph(["network", "congruence", "seeds", "--at", "2024-12-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Congruence network on 2024-12-01 by target and topic: 4 edges among 10 holders")
        #expect(lines.contains { $0.hasPrefix("coordination-framework  iran-aligned-factions    2       iran; united-states [us-troop-presence-iraq]") })
        let temp = try TemporaryDirectory("network")
        defer { temp.remove() }
        let db = temp.file("s.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        #expect(try runStanceGraph(["network", "congruence", "--db", db, "--at", "2024-12-01"]).stdout == result.stdout)
    }

    @Test("network conflict on one topic, by target; -o draws SVG, PNG or DOT and exports GraphML")
    func outputs() throws {
        let temp = try TemporaryDirectory("network")
        defer { temp.remove() }
        let topic = try runStanceGraph(["network", "conflict", "seeds", "--topic", "us-troop-presence-iraq", "--at", "2024-06-01"])
        #expect(topic.status == 0, "\(topic.stderr)")
        #expect(topic.stdout.hasPrefix("Conflict network on 2024-06-01, topic us-troop-presence-iraq by target and topic:"))
        let byTarget = try runStanceGraph(["network", "conflict", "seeds", "--by", "target"])
        #expect(byTarget.stdout.hasPrefix("Conflict network on 2025-01-31 by target:"))
        for name in ["n.svg", "n.png", "n.dot", "n.graphml"] {
            let path = temp.file(name).path
            let result = try runStanceGraph(["network", "congruence", "seeds", "-o", path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.hasSuffix("Wrote \(path).\n"))
        }
        let dot = try String(contentsOf: temp.file("n.dot"), encoding: .utf8)
        #expect(dot.hasPrefix("graph \"congruence\" {") && dot.components(separatedBy: " -- ").count - 1 == 8)
        let svg = try String(contentsOf: temp.file("n.svg"), encoding: .utf8)
        #expect(svg.contains(">Shiite Coordination Framework</text>"))
        let graphml = try String(contentsOf: temp.file("n.graphml"), encoding: .utf8)
        #expect(graphml.contains("edgedefault=\"undirected\"") && graphml.components(separatedBy: "<edge ").count - 1 == 8)
        #expect(try runStanceGraph(["network", "agreement", "seeds"]).status != 0)
        #expect(try runStanceGraph(["network", "conflict", "seeds", "-o", temp.file("n.txt").path]).status != 0)
        expectOneLineError(
            try runStanceGraph(["network", "conflict", "seeds", "--topic", "nothing"]), containing: "no topic 'nothing'",
            "an unknown topic")
    }
}
