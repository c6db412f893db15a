import Foundation
import StanceStore
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("--db option")
struct DatabaseOptionTests {
    @Test("the default is graphs/stancegraph.sqlite; reading never creates a database")
    func defaults() throws {
        #expect(try DatabaseOption.parse([]).db == "graphs/stancegraph.sqlite")
        let temp = try TemporaryDirectory("db-option")
        defer { temp.remove() }
        let path = temp.file("x.sqlite").path
        #expect(throws: StoreError.noSuchDatabase(path)) { _ = try DatabaseOption.parse(["--db", path]).openForReading() }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try DatabaseOption.parse(["--db", path]).open(mustExist: false)
        #expect(FileManager.default.fileExists(atPath: path))
        let reader = try DatabaseOption.parse(["--db", path]).openForReading()
        #expect(throws: StoreError.self) { try reader.ingest(ArticleDocument(id: "a", contentHash: "h")) }
    }
}
