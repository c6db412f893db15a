import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("ingest runs: killed midway, concurrent, busy", .serialized)
struct IngestRunTests {
    /// Each stored article's claim count, read from its claims' evidence.
    private func storedClaimCounts(_ database: StanceDatabase) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for claim in try database.loadGraph().claims { counts[claim.evidence[0].documentID, default: 0] += 1 }
        return counts
    }

    /// The claim indexes missing from the database at `path`, read without writing to it.
    private func missingClaimIndexes(at path: String) throws -> Set<String> {
        Set(try StanceDatabase(path: path, options: .init(readOnly: true)).missingClaimIndexes())
    }

    @Test(
        "an ingest killed midway leaves every article fully in or not at all; running it again finishes",
        arguments: [SIGKILL, SIGINT])
    func killedMidway(signal: Int32) throws {
        let temp = try TemporaryDirectory("ingest-kill")
        defer { temp.remove() }
        let folder = temp.file("articles")
        let total = 600
        let expected = try SyntheticArticles.write(count: total, into: folder, claims: { 20 + $0 % 13 })
        let path = temp.file("kill.sqlite").path
        let database = try StanceDatabase(path: path)

        let process = try startStanceGraph(["ingest", folder.path, "--db", path])
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while process.isRunning, Date() < deadline {
            seen = try database.counts().articles
            if seen >= 25 { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(process.isRunning, "the ingest finished before it could be killed (saw \(seen) articles)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        if signal == SIGKILL {
            #expect(process.terminationReason == .uncaughtSignal)
        } else {
            // Ctrl-C: the article being written is finished, then the run stops with an error.
            #expect(process.terminationReason == .exit && process.terminationStatus != 0)
        }

        // 600 articles into an empty database: a bulk load, which drops the claim indexes at its
        // first batch and builds them at its end; killed, it leaves them to the next writer to build.
        let missing = try missingClaimIndexes(at: path)
        #expect(missing == (signal == SIGKILL ? ["claim_on_source_target_topic", "claim_on_target"] : []))
        let after = try StanceDatabase(path: path)
        #expect(try missingClaimIndexes(at: path) == [])
        #expect(try after.integrityProblems() == [])
        let articles = try after.articles()
        #expect(articles.count >= 25 && articles.count < total, "\(articles.count) articles in after the kill")
        let counts = try storedClaimCounts(after)
        #expect(Set(counts.keys) == Set(articles.map(\.id)), "claims only of stored articles")
        for article in articles {
            #expect(article.claimCount == expected[article.id])
            #expect(counts[article.id] == expected[article.id], "\(article.id) is partly in")
        }

        let rerun = try runStanceGraph(["ingest", folder.path, "--db", path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(
            rerun.stdout.contains("\(total - articles.count) ingested, \(articles.count) unchanged, 0 replaced, 0 failed"),
            "\(rerun.stdout)")
        #expect(try storedClaimCounts(after) == expected)
        #expect(try after.integrityProblems() == [])
        // The rerun (more articles than stored: a bulk load too) built its indexes at its end.
        #expect(try missingClaimIndexes(at: path) == [])
    }

    @Test("two ingests at once both finish, one waiting for the other; readers read meanwhile")
    func concurrentIngests() throws {
        let temp = try TemporaryDirectory("ingest-both")
        defer { temp.remove() }
        var expected = try SyntheticArticles.write(count: 150, into: temp.file("a"), prefix: "alpha")
        expected.merge(try SyntheticArticles.write(count: 150, into: temp.file("b"), prefix: "beta")) { $1 }
        let path = temp.file("both.sqlite").path
        _ = try StanceDatabase(path: path)
        let first = try startStanceGraph(["ingest", temp.file("a").path, "--db", path])
        let second = try startStanceGraph(["ingest", temp.file("b").path, "--db", path])
        var reads = 0
        while first.isRunning || second.isRunning {
            let actors = try runStanceGraph(["actors", "--db", path])
            #expect(actors.status == 0, "a reader failed during the ingests: \(actors.stderr)")
            reads += 1
        }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        #expect(reads > 0)
        let database = try StanceDatabase(path: path)
        #expect(try database.integrityProblems() == [])
        #expect(try storedClaimCounts(database) == expected)
    }

    @Test("an ingest that waits too long for another writer fails with one clear line and stores nothing")
    func busyDatabase() throws {
        let temp = try TemporaryDirectory("ingest-busy")
        defer { temp.remove() }
        try SyntheticArticles.write(count: 3, into: temp.file("a"))
        let path = temp.file("busy.sqlite").path
        let database = try StanceDatabase(path: path)
        let held = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? database.write { _ in
                held.signal()
                release.wait()
            }
            finished.signal()
        }
        held.wait()
        let result = try runStanceGraph(
            ["ingest", temp.file("a").path, "--db", path], environment: ["STANCEGRAPH_BUSY_TIMEOUT": "0.3"])
        release.signal()
        finished.wait()
        #expect(result.status != 0)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("the database is busy") == true, "\(result.stderr)")
        #expect(try database.counts().articles == 0)
    }
}
