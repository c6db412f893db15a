import Foundation
import StanceTestSupport
import Testing

@testable import StanceCLI
@testable import StanceStore

@Suite("--db on the graph-reading commands, and bad databases", .serialized)
struct GraphInputTests {
    /// A database with the seed article in it.
    private func seededDatabase(in temp: TemporaryDirectory) throws -> String {
        let db = temp.file("seeds.sqlite").path
        let result = try runStanceGraph(["ingest", "seeds", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    @Test("render, shift and claims read --db and give what they give for the annotation files")
    func databaseEqualsFiles() throws {
        let temp = try TemporaryDirectory("graph-input")
        defer { temp.remove() }
        let db = try seededDatabase(in: temp)
        for arguments in [
            ["shift", "--event", "fall-of-assad", "-o", temp.file("shift.dot").path],
            ["claims", "--actor", "united-states"],
            ["render", "--at", "2024-12-07", "-o", temp.file("before.dot").path],
        ] {
            let fromFiles = try runStanceGraph([arguments[0], "seeds"] + arguments.dropFirst())
            let fromFilesDOT = try? String(contentsOf: temp.file(arguments[0] == "shift" ? "shift.dot" : "before.dot"), encoding: .utf8)
            let fromDatabase = try runStanceGraph([arguments[0], "--db", db] + arguments.dropFirst())
            let fromDatabaseDOT = try? String(contentsOf: temp.file(arguments[0] == "shift" ? "shift.dot" : "before.dot"), encoding: .utf8)
            #expect(fromDatabase.status == 0, "\(arguments): \(fromDatabase.stderr)")
            #expect(fromDatabase.stdout == fromFiles.stdout, "\(arguments)")
            #expect(fromDatabaseDOT == fromFilesDOT, "\(arguments)")
            #expect(!fromDatabase.stdout.isEmpty)
        }
    }

    @Test("paths and --db merge: an article in both counts once")
    func pathsAndDatabaseMerge() throws {
        let temp = try TemporaryDirectory("graph-input")
        defer { temp.remove() }
        let db = try seededDatabase(in: temp)
        let merged = try GraphInput.parse([PackageRoot.seeds.path, "--db", db]).load()
        let files = try GraphInput.parse([PackageRoot.seeds.path]).load()
        #expect(merged.actors == files.actors)
        #expect(merged.claims.count == 2 * files.claims.count)
        #expect(Set(merged.claims) == Set(files.claims))
        #expect(throws: (any Error).self) { _ = try GraphInput.parse([]) }
        #expect(Array(try GraphInput.parse(["--db", db]).load().claims) == Array(files.claims))
    }

    @Test("bad databases give one clear line, a non-zero exit, and are left as they were")
    func badDatabases() throws {
        let temp = try TemporaryDirectory("graph-input")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: temp.file("locked").path)
            temp.remove()
        }
        // Not a database.
        let notes = try temp.write("just some notes\n", to: "notes.sqlite")
        for command in [["claims", "--db", notes.path], ["ingest", "seeds", "--db", notes.path], ["actors", "--db", notes.path]] {
            expectOneLineError(try runStanceGraph(command), containing: "not a StanceGraph database", "\(command)")
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "just some notes\n")
        // Missing.
        expectOneLineError(
            try runStanceGraph(["render", "--db", temp.file("none.sqlite").path, "-o", temp.file("x.svg").path]),
            containing: "no such database", "a missing database")
        #expect(!FileManager.default.fileExists(atPath: temp.file("none.sqlite").path))
        // Newer schema.
        let newer = try seededDatabase(in: temp)
        try markNewer(newer)
        expectOneLineError(try runStanceGraph(["claims", "--db", newer]), containing: "newer StanceGraph", "a newer schema")
        // Damaged.
        let damaged = temp.file("damaged.sqlite")
        try SyntheticArticles.write(count: 40, into: temp.file("many"))
        #expect(try runStanceGraph(["ingest", temp.file("many").path, "--db", damaged.path]).status == 0)
        var bytes = try Data(contentsOf: damaged)
        for i in (2 * 4096)..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 13) }
        try bytes.write(to: damaged)
        for command in [["claims", "--db", damaged.path], ["export", "--db", damaged.path, "-o", temp.file("e.json").path]] {
            expectOneLineError(try runStanceGraph(command), containing: damaged.path, "\(command) on a damaged database")
        }
        #expect(try Data(contentsOf: damaged) == bytes)
        #expect(!FileManager.default.fileExists(atPath: temp.file("e.json").path))
        // Read-only location.
        let locked = try unwritableLocation(in: temp)
        expectOneLineError(
            try runStanceGraph(["ingest", "seeds", "--db", locked.appendingPathComponent("g.sqlite").path]),
            containing: "cannot write the database here", "a read-only location")
    }

    @Test("a full disk stops the ingest with one clear line; the articles stored before stay whole")
    func fullDisk() throws {
        let temp = try TemporaryDirectory("graph-input")
        defer { temp.remove() }
        let expected = try SyntheticArticles.write(count: 60, into: temp.file("many"), claims: { _ in 40 })
        let db = temp.file("full.sqlite").path
        _ = try StanceDatabase(path: db)
        let result = try runStanceGraph(
            ["ingest", temp.file("many").path, "--db", db], environment: ["STANCEGRAPH_MAX_DB_PAGES": "60"])
        #expect(result.status != 0)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("full") == true, "\(result.stderr)")
        let store = try StanceDatabase(path: db)
        let articles = try store.articles()
        #expect(!articles.isEmpty && articles.count < 60, "\(articles.count) stored")
        #expect(try store.integrityProblems() == [])
        for article in articles { #expect(article.claimCount == expected[article.id]) }
        #expect(try store.counts().claims == articles.count * 40)
    }

    /// Records a migration this StanceGraph does not know, as a newer one would.
    private func markNewer(_ path: String) throws {
        try StanceDatabase(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')")
        }
    }

    /// A folder nobody can create files in, even root (then a place under /proc).
    private func unwritableLocation(in temp: TemporaryDirectory) throws -> URL {
        let locked = temp.file("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        if FileManager.default.createFile(atPath: locked.appendingPathComponent("probe").path, contents: Data()) {
            try? FileManager.default.removeItem(at: locked.appendingPathComponent("probe"))
            return URL(fileURLWithPath: "/proc/self")
        }
        return locked
    }
}
