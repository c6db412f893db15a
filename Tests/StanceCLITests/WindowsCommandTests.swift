import Foundation
import StanceTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("windows")
struct WindowsCommandTests {
    @Test("windows around an event: a drawing and an export per window, the table on stdout and in windows.csv")
    func aroundEvent() throws {
        let temp = try TemporaryDirectory("windows")
        defer { temp.remove() }
        let out = temp.file("w")
        let result = try runStanceGraph(
            ["windows", "seeds", "--every", "6mo", "--around", "fall-of-assad", "--from", "2023-06", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "5 windows of 6mo from 2023-06-01 to 2025-01-31 around Fall of Assad (2024-12-08):")
        #expect(lines.last == "Wrote 16 files to \(out.path).")
        let csv = try String(contentsOf: out.appendingPathComponent("windows.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 6)
        #expect(rows[0].prefix(5) == ["window", "offset", "start", "end", "in_force"])
        // The window before the fall of Assad ends the day before it; the one after starts on it.
        #expect(rows[4].prefix(4) == ["4", "-1", "2024-06-08", "2024-12-07"])
        #expect(rows[5] == ["5", "0", "2024-12-08", "2025-01-31", "15", "3", "1", "2", "0", "1", "9", "w05-2025-01-31"])
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.filter { $0.hasSuffix(".svg") }.count == 5)
        #expect(names.filter { $0.hasSuffix(".graphml") }.count == 5)

        let svg = try Data(contentsOf: out.appendingPathComponent("w05-2025-01-31.svg"))
        #expect(XMLParser(data: svg).parse(), "the SVG is well-formed XML")
        #expect(String(decoding: svg, as: UTF8.self).contains("Window 5 of 5 (+0 from the Fall of Assad)"))
        let png = [UInt8](try Data(contentsOf: out.appendingPathComponent("w05-2025-01-31.png")))
        #expect(png.prefix(4) == [0x89, 0x50, 0x4E, 0x47])
        let graphml = try String(contentsOf: out.appendingPathComponent("w05-2025-01-31.graphml"), encoding: .utf8)
        #expect(graphml.components(separatedBy: "<edge ").count - 1 == 15, "the 15 stances in force")
    }

    @Test("a second run with other windows replaces the first one's files; --format json writes graph JSON")
    func staleFilesAndJSON() throws {
        let temp = try TemporaryDirectory("windows")
        defer { temp.remove() }
        let out = temp.file("w").path
        #expect(try runStanceGraph(["windows", "seeds", "--every", "6mo", "--from", "2024", "--out", out]).status == 0)
        let second = try runStanceGraph(["windows", "seeds", "--every", "1y", "--from", "2024", "--format", "json", "--out", out])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("removed stale w01-2024-06-30.graphml"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            names == [
                "w01-2024-12-31.json", "w01-2024-12-31.png", "w01-2024-12-31.svg", "w02-2025-01-31.json",
                "w02-2025-01-31.png", "w02-2025-01-31.svg", "windows.csv",
            ])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/w02-2025-01-31.json")))
        #expect(((json as? [String: Any])?["claims"] as? [Any])?.count == 15)
    }

    @Test("--actor and --topic keep only that actor's or topic's stances in every window")
    func filters() throws {
        let temp = try TemporaryDirectory("windows")
        defer { temp.remove() }
        let out = temp.file("w").path
        let result = try runStanceGraph(
            ["windows", "seeds", "--actor", "coordination-framework", "--every", "6mo", "--around", "fall-of-assad",
             "--from", "2023-06-08", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOfFile: out + "/windows.csv", encoding: .utf8)
        // Its stances toward the United States and Iran: the first flips across the fall of Assad.
        #expect(csv.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[4...7].joined(separator: ",") }
            == ["2,1,0,0", "2,0,0,0", "2,0,0,0", "2,0,0,1"])
        let topic = try runStanceGraph(
            ["windows", "seeds", "--topic", "us-troop-presence-iraq", "--every", "1y", "--from", "2025", "--out", out])
        #expect(topic.stdout.contains("\n1       0       2025-01-01  2025-01-31  5 "), "\(topic.stdout)")
        expectOneLineError(
            try runStanceGraph(["windows", "seeds", "--actor", "nobody", "--every", "1y", "--out", out]),
            containing: "no actor 'nobody'", "an unknown actor")
    }

    @Test("a bad length, an unknown event, too many windows or --until before --from are refused in one line")
    func refusals() throws {
        let temp = try TemporaryDirectory("windows")
        defer { temp.remove() }
        let out = temp.file("w").path
        #expect(try runStanceGraph(["windows", "seeds", "--every", "0", "--out", out]).status != 0)
        expectOneLineError(
            try runStanceGraph(["windows", "seeds", "--every", "1mo", "--around", "nothing", "--out", out]),
            containing: "no event named 'nothing'", "an unknown event")
        expectOneLineError(
            try runStanceGraph(["windows", "seeds", "--every", "1d", "--out", out]),
            containing: "more than 200", "daily windows over 22 years")
        #expect(try runStanceGraph(["windows", "seeds", "--every", "1w", "--from", "2025", "--until", "2024", "--out", out]).status != 0)
        #expect(!FileManager.default.fileExists(atPath: out), "nothing written")
    }
}
