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
        let graph = try BuildDatabase.ingest(folder: PackageRoot.seeds.path, out: temp.url)
        #expect(graph.claims.count == 22)
        let path = temp.file(BuildDatabase.fileName).path
        let stored = try StanceDatabase(path: path, options: .init(mustExist: true))
        #expect(try stored.articles().map(\.id) == ["iraqi-factions-rethink-us-troop-presence"])
        let before = try stored.articles()
        let again = try BuildDatabase.ingest(folder: PackageRoot.seeds.path, out: temp.url)
        #expect(Array(again.claims) == Array(graph.claims))
        #expect(try stored.articles() == before, "unchanged: not stored again")
    }
}
