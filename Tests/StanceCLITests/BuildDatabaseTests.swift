import Foundation
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("build's database")
struct BuildDatabaseTests {
    @Test("build keeps its database in the output folder: a second build finds the article unchanged")
    func persists() throws {
        let temp = try TemporaryDirectory("build-db")
        defer { temp.remove() }
        let options = try ExtractionOptions.parse([])
        let graph = try BuildDatabase.ingest(
            folder: PackageRoot.seeds.path, out: temp.url, useAnnotations: true, extraction: options)
        #expect(graph.claims.count == 22)
        let path = temp.file(BuildDatabase.fileName).path
        let stored = try StanceDatabase(path: path, options: .init(mustExist: true))
        #expect(try stored.articles().map(\.id) == ["iraqi-factions-rethink-us-troop-presence"])
        let before = try stored.articles()
        let again = try BuildDatabase.ingest(
            folder: PackageRoot.seeds.path, out: temp.url, useAnnotations: true, extraction: options)
        #expect(Array(again.claims) == Array(graph.claims))
        #expect(try stored.articles() == before, "unchanged: not stored again")
    }

    @Test("build extracts by default; the extracted article replaces the hand-coded one in the database")
    func extractsByDefault() throws {
        let temp = try TemporaryDirectory("build-db")
        defer { temp.remove() }
        let options = try ExtractionOptions.parse([])
        let coded = try BuildDatabase.ingest(
            folder: PackageRoot.seeds.path, out: temp.url, useAnnotations: true, extraction: options)
        #expect(coded.claims.allSatisfy { $0.evidence.allSatisfy { $0.method == .manual } })
        let extracted = try BuildDatabase.ingest(
            folder: PackageRoot.seeds.path, out: temp.url, useAnnotations: false, extraction: options)
        #expect(!extracted.claims.isEmpty)
        #expect(extracted.claims.allSatisfy { $0.evidence.allSatisfy { $0.method.rawValue.hasPrefix("rules@") } })
        let stored = try StanceDatabase(path: temp.file(BuildDatabase.fileName).path, options: .init(mustExist: true))
        #expect(try stored.articles().count == 1, "one article, its claims replaced")
    }
}
