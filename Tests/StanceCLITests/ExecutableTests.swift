import Foundation
import Graphviz
import StanceTestSupport
import Testing

@Suite("the stancegraph executable")
struct ExecutableTests {
    @Test("render, shift and claims run on seeds/ and write their files")
    func commandsOnSeeds() throws {
        let temp = try TemporaryDirectory("cli")
        defer { temp.remove() }
        let render = try runStanceGraph(["render", "seeds", "--at", "2024-12-07", "-o", temp.file("before.svg").path])
        #expect(render.status == 0, "\(render.stderr)")
        let svg = try String(contentsOf: temp.file("before.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Shiite Coordination Framework"))

        let shift = try runStanceGraph(["shift", "seeds", "--event", "fall-of-assad", "-o", temp.file("shift.png").path])
        #expect(shift.status == 0, "\(shift.stderr)")
        let row = shift.stdout.split(separator: "\n").first {
            $0.hasPrefix("coordination-framework") && $0.contains("united-states") && $0.contains("us-troop-presence-iraq")
        }
        #expect(row?.contains("opposes") == true)
        #expect(row?.contains("supports") == true)
        #expect(row?.hasSuffix("flipped") == true)
        #expect(try Data(contentsOf: temp.file("shift.png")).count > 1000)

        let claims = try runStanceGraph(["claims", "seeds", "--actor", "national-security-service"])
        #expect(claims.status == 0)
        let lines = claims.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains("at the present time") })
    }

    @Test("failures give one line on stderr, a non-zero exit and no output file")
    func failures() throws {
        let temp = try TemporaryDirectory("cli")
        defer { temp.remove() }
        let out = temp.file("x.svg")
        let cases: [[String]] = [
            ["render", "no-such-folder", "-o", out.path],
            ["render", "seeds", "--at", "2024-13-01", "-o", out.path],
            ["render", "seeds", "-o", temp.file("x.gif").path],
            ["shift", "seeds", "--event", "no-such-event", "-o", out.path],
            ["shift", "seeds", "--from", "2024-01-01"],
            ["shift", "seeds", "--event", "fall-of-assad", "--to", "2020-01-01", "-o", out.path],
            ["claims", "seeds", "--actor", "nobody"],
        ]
        for arguments in cases {
            let result = try runStanceGraph(arguments)
            #expect(result.status != 0, "\(arguments) should fail")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments) should explain in one line on stderr: \(result.stderr)")
            #expect(lines.first?.hasPrefix("error: ") == true)
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(arguments) left a file")
        }
        let unknownEvent = try runStanceGraph(["shift", "seeds", "--event", "no-such-event"])
        #expect(unknownEvent.stderr.contains("fall-of-assad"), "lists the known events")
    }

    @Test("doctor reports the Graphviz version and that every engine and format works")
    func doctor() throws {
        let result = try runStanceGraph(["doctor"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("Graphviz \(GraphvizLibrary.version) (libgvc, in process)"))
        for engine in ["dot", "neato", "fdp", "sfdp", "circo"] { #expect(result.stdout.contains(engine)) }
    }
}
