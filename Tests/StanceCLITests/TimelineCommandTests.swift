import Foundation
import StanceTestSupport
import Testing

@Suite("timeline")
struct TimelineCommandTests {
    @Test("timeline shows a dyad's stances in time order with their evidence, from files or a database")
    func dyad() throws {
        let temp = try TemporaryDirectory("timeline")
        defer { temp.remove() }
        let db = temp.file("s.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        let arguments = ["--source", "coordination-framework", "--target", "united-states", "--topic", "us-troop-presence-iraq"]
        let result = try runStanceGraph(["timeline", "--db", db] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "coordination-framework → united-states on us-troop-presence-iraq: 3 claims")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("2023-10-07 – 2024-12-07") && lines[1].contains("opposes"))
        #expect(lines[2].hasPrefix("2024-12-08 – open") && lines[2].contains("supports"))
        #expect(lines.dropFirst().allSatisfy { $0.contains("iraqi-factions-rethink-us-troop-presence 2025-01-31") })
        #expect(try runStanceGraph(["timeline", "seeds"] + arguments).stdout == result.stdout)
        expectOneLineError(
            try runStanceGraph(["timeline", "--db", db, "--source", "nobody", "--target", "iran"]),
            containing: "no actor 'nobody'", "an unknown actor")
    }

    @Test("timeline SOURCE TARGET -o FILE.svg draws the chart; a non-SVG output or a missing target is refused")
    func chart() throws {
        let temp = try TemporaryDirectory("timeline")
        defer { temp.remove() }
        let svg = temp.file("chart.svg").path
        let result = try runStanceGraph(["timeline", "coordination-framework", "united-states", "seeds", "-o", svg])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("coordination-framework → united-states: 3 claims"))
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("Fall of Assad (2024-12-08)") && text.contains("supports +0.5"))
        #expect(text.components(separatedBy: "<title>").count - 1 == 3)
        let options = try runStanceGraph(["timeline", "--source", "coordination-framework", "--target", "united-states", "seeds", "-o", svg])
        #expect(options.status == 0 && options.stdout == result.stdout)
        #expect(try runStanceGraph(["timeline", "coordination-framework", "united-states", "seeds", "-o", temp.file("c.png").path]).status != 0)
        #expect(try runStanceGraph(["timeline", "coordination-framework"]).status != 0)
    }
}
