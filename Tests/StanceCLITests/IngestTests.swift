import Foundation
import StanceStore
import StanceTestSupport
import Testing

@Suite("ingest")
struct IngestTests {
    @Test("ingest stores the seed article; again it is unchanged; a changed annotation replaces it")
    func ingestSeeds() throws {
        let temp = try TemporaryDirectory("ingest")
        defer { temp.remove() }
        let seeds = try copyOfSeeds(in: temp)
        let db = temp.file("s.sqlite").path
        let first = try runStanceGraph(["ingest", seeds.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 ingested, 0 unchanged, 0 replaced, 0 failed; 22 claims stored"), "\(first.stdout)")
        #expect(first.stderr.contains("[1/1] \(seeds.path)/iraqi-factions-rethink-us-troop-presence.stances.yaml: ingested, 22 claims"))

        let again = try runStanceGraph(["ingest", seeds.path, "--db", db])
        #expect(again.stdout.contains("0 ingested, 1 unchanged, 0 replaced, 0 failed; 0 claims stored"), "\(again.stdout)")

        let annotation = seeds.appendingPathComponent("iraqi-factions-rethink-us-troop-presence.stances.yaml")
        var yaml = try String(contentsOf: annotation, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "stance: opposes", with: "stance: hostile")
        try yaml.write(to: annotation, atomically: true, encoding: .utf8)
        let changed = try runStanceGraph(["ingest", annotation.path, "--db", db])
        #expect(changed.stdout.contains("0 ingested, 0 unchanged, 1 replaced, 0 failed; 22 claims stored"), "\(changed.stdout)")
        let stored = try StanceDatabase(path: db, options: .init(mustExist: true))
        #expect(try stored.counts().claims == 22)
        #expect(try stored.loadGraph().claims.contains { $0.stance == .hostile })
    }

    @Test("texts with no annotation are extracted; an undated one fails clearly, the others are stored, the exit is non-zero")
    func plainTextsAreExtracted() throws {
        let temp = try TemporaryDirectory("ingest")
        defer { temp.remove() }
        let folder = temp.file("articles")
        try SyntheticArticles.write(count: 3, into: folder)
        try temp.write("An article nobody dated.\n", to: "articles/article-0001b.txt")
        try temp.write(
            "World Desk\n3 March 2024\n\nIran condemned Israel on Tuesday. It also supports Hamas.\n",
            to: "articles/article-0002b.txt")
        let db = temp.file("s.sqlite").path
        let result = try runStanceGraph(["ingest", folder.path, "--db", db])
        #expect(result.status != 0)
        #expect(result.stdout.contains("4 ingested, 0 unchanged, 0 replaced, 1 failed"), "\(result.stdout)")
        #expect(result.stderr.contains("article-0001b.txt: failed: "))
        #expect(result.stderr.contains("no publication date"))
        #expect(result.stderr.split(separator: "\n").last?.hasPrefix("error: 1 of 5 articles failed") == true)
        let stored = try StanceDatabase(path: db)
        #expect(try stored.counts().articles == 4)
        let extracted = try stored.loadGraph().claims.filter { $0.evidence.contains { $0.documentID == "article-0002b" } }
        #expect(extracted.contains { $0.source == "iran" && $0.target == "israel" && $0.stance.score < 0 })
        #expect(extracted.allSatisfy { $0.evidence.allSatisfy { $0.method.rawValue.hasPrefix("rules@") } })
    }

    @Test("paths that are not articles are refused before anything is stored")
    func badPaths() throws {
        let temp = try TemporaryDirectory("ingest")
        defer { temp.remove() }
        let db = temp.file("s.sqlite").path
        expectOneLineError(
            try runStanceGraph(["ingest", temp.file("nothing-here").path, "--db", db]), containing: "no such file",
            "a missing path")
        try temp.write("{}", to: "graph.json")
        expectOneLineError(
            try runStanceGraph(["ingest", temp.file("graph.json").path, "--db", db]), containing: "stancegraph import",
            "a graph JSON file")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
