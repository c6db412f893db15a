import Foundation
import StanceExtraction
import StanceModel
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

/// `--min-confidence` on each command that takes it, on the seed article.
@Suite("--min-confidence commands")
struct MinConfidenceCommandTests {
    static let seedName = "iraqi-factions-rethink-us-troop-presence"
    static let seedText = PackageRoot.seeds.appendingPathComponent("\(seedName).txt")
    static let seedAnnotation = PackageRoot.seeds.appendingPathComponent("\(seedName).stances.yaml")

    /// What identifies a claim across runs.
    static func keys(_ claims: some Sequence<StanceClaim>) -> [String] {
        claims.map { "\($0.source)→\($0.target) \($0.topic?.rawValue ?? "-") \($0.stance.score) \($0.evidence.first?.quote ?? "")" }
    }

    /// The seed's claims extracted with every option default, and a minimum that drops some of them.
    static func extractedSeed(in temp: TemporaryDirectory) throws -> (claims: [StanceClaim], minimum: Double) {
        var command = try StanceGraphCommand.Extract.parse([seedText.path, "-o", temp.file("all").path, "--min-confidence", "0"])
        try command.run()
        let claims = try AnnotationFile.load(from: temp.file("all/\(seedName).stances.yaml")).claims
        let confidences = claims.map(\.confidence).sorted()
        return (claims, confidences[confidences.count / 2])
    }

    @Test("extract writes only the claims at or above the minimum")
    func extract() throws {
        let temp = try TemporaryDirectory("min-confidence")
        defer { temp.remove() }
        let (all, minimum) = try Self.extractedSeed(in: temp)
        var command = try StanceGraphCommand.Extract.parse([
            Self.seedText.path, "-o", temp.file("kept").path, "--min-confidence", "\(minimum)",
        ])
        try command.run()
        let kept = try AnnotationFile.load(from: temp.file("kept/\(Self.seedName).stances.yaml"))
        #expect(!kept.claims.isEmpty && kept.claims.count < all.count)
        #expect(Self.keys(kept.claims) == Self.keys(all.filter { $0.confidence >= minimum }))
        let ids = Set(kept.actors.map(\.id))
        #expect(kept.claims.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
    }

    @Test("build stores and draws only the extracted claims at or above the minimum")
    func build() throws {
        let temp = try TemporaryDirectory("min-confidence")
        defer { temp.remove() }
        let (all, minimum) = try Self.extractedSeed(in: temp)
        var command = try StanceGraphCommand.Build.parse([
            PackageRoot.seeds.path, "--out", temp.file("out").path, "--min-confidence", "\(minimum)",
        ])
        try command.run()
        let graph = try GraphJSON.load(from: temp.file("out/graph.json"))
        #expect(Set(Self.keys(graph.claims)) == Set(Self.keys(all.filter { $0.confidence >= minimum })))
    }

    @Test("ingest stores only the claims at or above the minimum; another minimum re-extracts")
    func ingest() throws {
        let temp = try TemporaryDirectory("min-confidence")
        defer { temp.remove() }
        let (all, minimum) = try Self.extractedSeed(in: temp)
        let folder = temp.file("texts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.seedText, to: folder.appendingPathComponent("\(Self.seedName).txt"))
        let db = temp.file("s.sqlite").path
        func ingest(_ extra: [String]) throws -> (outcome: String, claims: [StanceClaim]) {
            let result = try runStanceGraph(["ingest", folder.path, "--db", db] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let outcome = ["ingested", "unchanged", "replaced"].first { result.stderr.contains(": \($0)") } ?? result.stderr
            return (outcome, Array(try StanceDatabase(path: db).loadGraph().claims))
        }
        let first = try ingest(["--min-confidence", "\(minimum)"])
        #expect(first.outcome == "ingested")
        #expect(Set(Self.keys(first.claims)) == Set(Self.keys(all.filter { $0.confidence >= minimum })))
        #expect(try ingest(["--min-confidence", "\(minimum)"]).outcome == "unchanged")
        let everything = try ingest(["--min-confidence", "0"])
        #expect(everything.outcome == "replaced", "another minimum, another content hash")
        #expect(everything.claims.count == all.count)
        #expect(try ingest(["--min-confidence", "0"]).outcome == "unchanged", "the same minimum: the same hash")
        #expect(try ingest([]).outcome == "replaced", "the default minimum filters: another hash")
    }

    @Test("the content hash names the minimum only when it filters")
    func fingerprint() throws {
        let plain = try IngestExtraction(options: ExtractionOptions.parse([]), minimumConfidence: 0)
        let filtering = try IngestExtraction(options: ExtractionOptions.parse([]), minimumConfidence: 0.5)
        #expect(plain.fingerprint == ExtractorVersion.method.rawValue)
        #expect(filtering.fingerprint != plain.fingerprint)
        #expect(try IngestExtraction(options: ExtractionOptions.parse([]), minimumConfidence: 0.6).fingerprint != filtering.fingerprint)
    }

    /// The hand-coded seed with its claims below `minimum` left out.
    static func codedSeed(keeping minimum: Double) throws -> StanceGraph {
        try AnnotationLoader.loadGraph(paths: [seedAnnotation]).keeping(minimumConfidence: minimum)
    }

    @Test("render draws only the claims at or above the minimum")
    func render() throws {
        let temp = try TemporaryDirectory("min-confidence")
        defer { temp.remove() }
        func render(_ extra: [String]) throws -> String {
            let out = temp.file("snapshot.dot")
            var command = try StanceGraphCommand.Render.parse(
                [Self.seedAnnotation.path, "--at", "2025-01-31", "-o", out.path] + extra)
            try command.run()
            return try String(contentsOf: out, encoding: .utf8)
        }
        let date = try #require(TimePoint("2025-01-31"))
        let filtered = try render(["--min-confidence", "0.85"])
        #expect(filtered == DOTWriter.snapshot(try Self.codedSeed(keeping: 0.85).snapshot(at: date)))
        #expect(filtered != (try render([])), "the seed has claims below 0.85 in force on that date")
        #expect(try render([]) == render(["--min-confidence", "0"]))
    }

    @Test("shift compares only the claims at or above the minimum")
    func shift() throws {
        let temp = try TemporaryDirectory("min-confidence")
        defer { temp.remove() }
        func shift(_ extra: [String]) throws -> String {
            let out = temp.file("shift.dot")
            var command = try StanceGraphCommand.ShiftCommand.parse(
                [Self.seedAnnotation.path, "--event", "fall-of-assad", "-o", out.path] + extra)
            try command.run()
            return try String(contentsOf: out, encoding: .utf8)
        }
        let graph = try Self.codedSeed(keeping: 0.85)
        let expected = DOTWriter.shift(graph.shift(around: try graph.event(named: "fall-of-assad"), until: nil))
        let filtered = try shift(["--min-confidence", "0.85"])
        #expect(filtered == expected)
        #expect(filtered != (try shift([])))
    }
}
