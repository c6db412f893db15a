import Foundation
import StanceTestSupport
import Testing

@Suite("import")
struct ImportTests {
    @Test("a plain graph JSON file imports as one article; a bad file is refused in one line")
    func importGraphJSON() throws {
        let temp = try TemporaryDirectory("export")
        defer { temp.remove() }
        let db = temp.file("g.sqlite").path
        let result = try runStanceGraph(["import", PackageRoot.graphs.appendingPathComponent("graph.json").path, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 article (1 ingested"))
        let actors = try runStanceGraph(["actors", "--db", db])
        #expect(actors.stdout.contains("coordination-framework"))
        try temp.write("{\"format\": 2, \"actors\": 3}", to: "bad.json")
        expectOneLineError(
            try runStanceGraph(["import", temp.file("bad.json").path, "--db", db]), containing: "bad.json", "a bad export")
    }
}
