import Foundation
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("--jobs")
struct JobsOptionTests {
    /// The seed and corpus article texts, without their annotations, so that every one is extracted.
    static func texts(in temp: TemporaryDirectory) throws -> URL {
        let folder = temp.file("texts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for source in ["seeds", "corpus/dev", "corpus/heldout"] {
            let url = PackageRoot.url.appendingPathComponent(source)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".txt") {
                try FileManager.default.copyItem(at: url.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
        }
        return folder
    }

    @Test("ingest with --jobs 1 and --jobs 4 stores the same database, with the same progress lines in order")
    func ingestIsTheSameOnAnyNumberOfJobs() throws {
        let temp = try TemporaryDirectory("jobs")
        defer { temp.remove() }
        let folder = try Self.texts(in: temp)
        var exports: [String] = []
        var progress: [[Substring]] = []
        for jobs in [1, 4] {
            let db = temp.file("jobs-\(jobs).sqlite").path
            let run = try runStanceGraph(["ingest", folder.path, "--db", db, "--jobs", "\(jobs)"])
            #expect(run.status == 0, "\(run.stderr)")
            progress.append(run.stderr.split(separator: "\n"))
            let out = temp.file("jobs-\(jobs).json").path
            #expect(try runStanceGraph(["export", "--db", db, "--format", "json", "-o", out]).status == 0)
            exports.append(Self.withoutTimestamps(try String(contentsOf: URL(fileURLWithPath: out), encoding: .utf8)))
        }
        #expect(exports[0].contains("\"ingestedAt\": \"\""))
        #expect(exports[0] == exports[1], "the exports differ")
        #expect(progress[0] == progress[1])
        let counts = progress[1].compactMap { line in line.split(separator: "]").first.flatMap { Int($0.dropFirst().split(separator: "/")[0]) } }
        #expect(counts.count >= 21 && counts == Array(1...counts.count), "[n/total] counts up one by one")
    }

    /// The export with each article's `ingestedAt` (the wall clock at ingest) blanked.
    static func withoutTimestamps(_ json: String) -> String {
        json.replacing(/"ingestedAt" *: *"[^"]*"/, with: "\"ingestedAt\": \"\"")
    }

    @Test("build's database is the same with one job or four")
    func buildIsTheSameOnAnyNumberOfJobs() throws {
        let temp = try TemporaryDirectory("jobs")
        defer { temp.remove() }
        let folder = try Self.texts(in: temp)
        let options = try ExtractionOptions.parse([])
        let one = try BuildDatabase.ingest(
            folder: folder.path, out: temp.file("one"), useAnnotations: false, extraction: options, jobs: 1)
        let four = try BuildDatabase.ingest(
            folder: folder.path, out: temp.file("four"), useAnnotations: false, extraction: options, jobs: 4)
        #expect(one.claims.count > 100)
        #expect(try GraphJSON.encode(one) == GraphJSON.encode(four))
    }

    @Test("--jobs takes a positive number and defaults to one per core")
    func option() throws {
        #expect(try JobsOption.parse([]).count == ProcessInfo.processInfo.activeProcessorCount)
        #expect(try JobsOption.parse(["--jobs", "3"]).count == 3)
        for command in [["build", "seeds"], ["ingest", "seeds"]] {
            #expect(throws: (any Error).self) { _ = try StanceGraphCommand.parseAsRoot(command + ["--jobs", "0"]) }
            #expect(throws: Never.self) { _ = try StanceGraphCommand.parseAsRoot(command + ["--jobs", "2"]) }
        }
    }
}
