import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("review export")
struct ReviewExportTests {
    @Test("accepted and corrected claims become annotation files that eval reads as gold; rejected ones leave the graph")
    func export() throws {
        let temp = try TemporaryDirectory("review-export")
        defer { temp.remove() }
        let db = temp.file("g.sqlite").path
        let ingest = try runStanceGraph(["ingest", "seeds", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let database = try StanceDatabase(path: db)
        let queue = try database.reviewQueue(limit: 3)
        try #require(queue.count == 3)
        try database.recordReview(.accept, of: queue[0].reference, reviewer: "ana")
        try database.recordReview(.reject, of: queue[1].reference, reviewer: "ana")
        let corrected = queue[2].claim
        let other: ActorID = corrected.target == "iran" ? "israel" : "iran"
        try database.recordReview(
            .correct, correction: ClaimCorrection(stance: .hostile, target: other, validTime: corrected.validTime),
            of: queue[2].reference, reviewer: "ben")

        // Every command's graph leaves the rejected claim out.
        let all = try runStanceGraph(["export", "--db", db, "-o", temp.file("all.json").path])
        #expect(all.status == 0, "\(all.stderr)")
        let claims = try runStanceGraph(["claims", "--db", db])
        let total = try StanceDatabase(path: db).counts().claims
        #expect(claims.stdout.split(separator: "\n").filter { !$0.isEmpty }.count == total - 1)

        let out = temp.file("gold").path
        let result = try runStanceGraph(["review", "export", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("with 2 reviewed claims"), "\(result.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let yaml = try #require(files.first { $0.hasSuffix(".stances.yaml") })
        #expect(files.contains(yaml.replacingOccurrences(of: ".stances.yaml", with: ".txt")))
        let gold = try AnnotationFile.load(from: URL(fileURLWithPath: out).appendingPathComponent(yaml))
        #expect(gold.claims.count == 2)
        #expect(gold.claims.contains { $0.target == other && $0.stance == .hostile })
        let eval = try runStanceGraph(["eval", "--gold", out, "--summary"])
        #expect(eval.status == 0, "\(eval.stderr)")
        // The two reviewed claims are the gold of the one article.
        let overall = eval.stdout.split(separator: "\n").first { $0.hasPrefix("overall (1)") }
        #expect(overall?.split(separator: " ").dropFirst(2).first == "2", "\(eval.stdout)")
    }

    @Test("serve refuses a host beyond loopback without a token, in one line")
    func serveNeedsToken() throws {
        let temp = try TemporaryDirectory("serve")
        defer { temp.remove() }
        let db = temp.file("g.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        expectOneLineError(
            try runStanceGraph(["serve", "--db", db, "--host", "0.0.0.0", "--port", "0"]), containing: "give --token",
            "serve on 0.0.0.0 without a token")
        expectOneLineError(
            try runStanceGraph(["serve", "--db", temp.file("missing.sqlite").path]), containing: "missing.sqlite",
            "serve on a missing database")
    }
}
