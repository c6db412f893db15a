import Foundation
import GRDB
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("stored keys")
struct StoredKeysTests {
    @Test("finds the integer keys of stored actors and topics, distinct a row, and nil for unknown ids")
    func keys() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        let document = DatabaseFixtures.document("a")
        try database.ingest(document)
        try database.read { db in
            var keys = StoredKeys()
            let actorKeys = try document.actors.map { try keys.actor($0.id, in: db) }
            #expect(actorKeys.allSatisfy { $0 != nil })
            #expect(Set(actorKeys).count == document.actors.count)
            for (actor, key) in zip(document.actors, actorKeys) {
                let stored = try Self.key(db, "SELECT key FROM actor WHERE id = ?", actor.id.rawValue)
                #expect(stored == key)
                // A second look-up (from the cache) gives the same key.
                #expect(try keys.actor(actor.id, in: db) == key)
            }
            #expect(try keys.actor("nobody-at-all", in: db) == nil)
            #expect(try keys.topic("no-such-topic", in: db) == nil)
            for topic in document.topics {
                let stored = try Self.key(db, "SELECT key FROM topic WHERE id = ?", topic.id.rawValue)
                #expect(stored != nil)
                #expect(try keys.topic(topic.id, in: db) == stored)
            }
        }
    }

    /// The key a one-column query reads for `id`, read independently of ``StoredKeys``.
    private static func key(_ db: Database, _ sql: String, _ id: String) throws -> Int64? {
        let statement = try RawStatement(db, sql: sql)
        statement.bind(1, id)
        defer { statement.reset() }
        return try statement.step() ? Int64(statement.int(0)) : nil
    }
}
