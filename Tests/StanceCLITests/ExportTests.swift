import Foundation
import StanceTestSupport
import Testing

@Suite("export and import")
struct ExportTests {
    @Test("export, import into a new database, export again: byte for byte the same; readers read the export")
    func roundTrip() throws {
        let temp = try TemporaryDirectory("export")
        defer { temp.remove() }
        try SyntheticArticles.write(count: 12, into: temp.file("articles"))
        let db = temp.file("a.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", temp.file("articles").path, "--db", db]).status == 0)
        let first = try runStanceGraph(["export", "--db", db, "--format", "json", "-o", temp.file("a.json").path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("13 articles"))
        let imported = try runStanceGraph(["import", temp.file("a.json").path, "--db", temp.file("b.sqlite").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("13 articles (13 ingested, 0 unchanged, 0 replaced)"), "\(imported.stdout)")
        let second = try runStanceGraph(["export", "--db", temp.file("b.sqlite").path, "-o", temp.file("b.json").path])
        #expect(second.status == 0)
        #expect(try Data(contentsOf: temp.file("a.json")) == Data(contentsOf: temp.file("b.json")))
        // Every command that reads graph JSON reads an export.
        let claims = try runStanceGraph(["claims", temp.file("a.json").path, "--actor", "national-security-service"])
        #expect(claims.status == 0, "\(claims.stderr)")
        #expect(claims.stdout.split(separator: "\n").count == 2)
    }

    @Test("an unknown format is refused")
    func unknownFormat() throws {
        let temp = try TemporaryDirectory("export")
        defer { temp.remove() }
        let db = temp.file("g.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        expectOneLineError(
            try runStanceGraph(["export", "--db", db, "--format", "xml", "-o", temp.file("x").path]), containing: "xml",
            "an unknown format")
    }

    @Test("every format from files or a database, filtered like render; csv writes its actors table beside it")
    func formats() throws {
        let temp = try TemporaryDirectory("export")
        defer { temp.remove() }
        let db = temp.file("g.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        for format in ["gexf", "graphml", "node-link", "csv", "json"] {
            let out = temp.file("seed.\(format)").path
            let fromFiles = try runStanceGraph(["export", "seeds", "--format", format, "-o", out])
            #expect(fromFiles.status == 0, "\(format): \(fromFiles.stderr)")
            #expect(fromFiles.stdout.contains("15 actors, 22 claims"), "\(format): \(fromFiles.stdout)")
            let files = try Data(contentsOf: URL(fileURLWithPath: out))
            let fromDB = try runStanceGraph(["export", "--db", db, "--format", format, "-o", out, "--topic", "us-troop-presence-iraq"])
            #expect(fromDB.status == 0, "\(format): \(fromDB.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)).count < files.count, "\(format): the topic filter keeps fewer claims")
        }
        #expect(FileManager.default.fileExists(atPath: temp.file("seed.actors.csv").path))
        let snapshot = try runStanceGraph(["export", "seeds", "--format", "graphml", "--at", "2024-12-07", "-o", temp.file("at.graphml").path])
        #expect(snapshot.status == 0)
        let render = try runStanceGraph(["render", "seeds", "--at", "2024-12-07", "-o", temp.file("at.dot").path])
        let edges = try String(contentsOf: temp.file("at.graphml"), encoding: .utf8).components(separatedBy: "<edge ").count - 1
        #expect(render.stdout.contains("\(edges) stances"), "--at keeps the claims in force, as render draws them: \(edges) vs \(render.stdout)")
        expectOneLineError(
            try runStanceGraph(["export", "seeds", "--format", "gexf", "--actor", "nobody", "-o", temp.file("x").path]),
            containing: "nobody", "an unknown actor")
    }
}
