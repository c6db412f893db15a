import Foundation
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("raw statements")
struct RawStatementTests {
    @Test("binds and reads values through SQLite's C API, reusing a string with the same bytes")
    func bindAndRead() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.write { db in
            let insert = try RawStatement(db, sql: "INSERT INTO topic (id, label) VALUES (?, ?)")
            for (id, label) in [("a", "Émile’s topic 🌍"), ("b", "Émile’s topic 🌍"), ("c", "other")] {
                insert.bind(1, id)
                insert.bind(2, label)
                try insert.run()
            }
            insert.bind(1, "a")
            insert.bind(2, "again")
            #expect(throws: (any Error).self) { try insert.run() }
        }
        try database.read { db in
            let select = try RawStatement(db, sql: "SELECT label, NULL, 42, 0.5 FROM topic ORDER BY id")
            var labels: [String] = []
            var previous: String?
            while try select.step() {
                let label = select.string(0, reusing: previous)
                if let previous, let label, label == previous {
                    #expect(label.utf8.count == previous.utf8.count)
                }
                labels.append(label ?? "")
                previous = label
                #expect(select.string(1) == nil)
                #expect(select.optionalInt(1) == nil)
                #expect(select.int(2) == 42)
                #expect(select.double(3) == 0.5)
            }
            select.reset()
            #expect(labels == ["Émile’s topic 🌍", "Émile’s topic 🌍", "other"])
        }
    }
}
