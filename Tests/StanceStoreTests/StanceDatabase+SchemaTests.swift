import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("database schema")
struct StanceDatabaseSchemaTests {
    @Test("a new database has the tables, indexes and application id; opening it again changes nothing")
    func schema() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        let (tables, indexes, applicationID) = try database.read { db in
            (
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id")
            )
        }
        for table in ["actor", "alias", "article", "claim", "event", "evidence", "membership", "topic"] {
            #expect(tables.contains(table), "no table \(table)")
        }
        #expect(indexes.contains("claim_on_source_target_topic"))
        #expect(applicationID == StanceDatabase.applicationID)
        try database.ingest(DatabaseFixtures.document("a"))
        let again = try StanceDatabase(path: database.path)
        #expect(try again.counts().claims == 3)
        let journal = try again.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test("a database migrated by a newer StanceGraph is refused, naming the unknown migration")
    func newerSchema() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a"))
        try database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future-tables')")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: database.path))
        #expect(throws: StoreError.newerDatabaseSchema(database.path, unknown: ["v9-future-tables"])) {
            _ = try StanceDatabase(path: database.path)
        }
        let message = StoreError.newerDatabaseSchema("g.sqlite", unknown: ["v9-future-tables"]).errorDescription
        #expect(message == "g.sqlite: written by a newer StanceGraph (unknown migrations: v9-future-tables); upgrade stancegraph to use it")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == bytes)
    }

    @Test("migrations are registered under their landed names")
    func migrationNames() {
        // Renaming or removing a landed migration would make existing databases look newer or unknown.
        #expect(StanceDatabase.migrator.migrations.first == "v1-articles-actors-claims")
        #expect(StanceDatabase.migrator.migrations.contains("v2-claim-review"))
    }
}
