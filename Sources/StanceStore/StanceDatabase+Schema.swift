import Foundation
import GRDB

extension StanceDatabase {
    /// The migrations, by name, in order. Never edit one that has landed: add a new one.
    ///
    /// Dates are stored packed as `yyyymmdd` integers with `00` for a missing month or day
    /// (`2024` is 20240000), so that comparing two of them compares their first days. Claims name
    /// actors and topics by their integer `key` (rowid), not their text id: the claim indexes stay
    /// small and the foreign-key checks are rowid look-ups.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles-actors-claims") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        documentId TEXT NOT NULL UNIQUE,
                        contentHash TEXT NOT NULL,
                        path TEXT, title TEXT, outlet TEXT, url TEXT,
                        published INTEGER,
                        ingestedAt TEXT NOT NULL,
                        claimCount INTEGER NOT NULL
                    );
                    CREATE TABLE actor (
                        key INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL
                    );
                    CREATE TABLE alias (
                        actorId TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                        alias TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (actorId, alias)
                    );
                    CREATE TABLE membership (
                        actorId TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                        parentId TEXT NOT NULL,
                        validFrom INTEGER NOT NULL,
                        validUntil INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        PRIMARY KEY (actorId, parentId, validFrom, validUntil)
                    );
                    CREATE INDEX membership_on_parentId ON membership(parentId);
                    CREATE TABLE topic (
                        key INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        label TEXT NOT NULL
                    );
                    CREATE TABLE event (
                        id TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL,
                        date INTEGER NOT NULL,
                        aliases TEXT NOT NULL
                    );
                    CREATE TABLE claim (
                        articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        source INTEGER NOT NULL REFERENCES actor(key),
                        target INTEGER NOT NULL REFERENCES actor(key),
                        topic INTEGER REFERENCES topic(key),
                        score REAL NOT NULL,
                        validFrom INTEGER,
                        validUntil INTEGER,
                        PRIMARY KEY (articleId, position)
                    ) WITHOUT ROWID;
                    CREATE INDEX claim_on_source_target_topic ON claim(source, target, topic);
                    CREATE INDEX claim_on_target ON claim(target);
                    CREATE TABLE evidence (
                        articleId INTEGER NOT NULL,
                        claimPosition INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        documentId TEXT NOT NULL,
                        title TEXT, outlet TEXT, url TEXT,
                        published INTEGER,
                        quote TEXT NOT NULL,
                        rangeStart INTEGER, rangeEnd INTEGER,
                        timePhrase TEXT, speaker TEXT, speakerActor TEXT,
                        method TEXT NOT NULL,
                        confidence REAL NOT NULL,
                        PRIMARY KEY (articleId, claimPosition, position),
                        FOREIGN KEY (articleId, claimPosition) REFERENCES claim(articleId, position) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    """)
        }
        registerReviewMigration(&migrator)
        registerLLMCacheMigration(&migrator)
        return migrator
    }

    /// Checks that the file is a StanceGraph database (or a new one) and migrates it.
    ///
    /// An up-to-date database is only read, so that opening one never waits for a writer.
    func migrate() throws(StoreError) {
        let migrator = Self.migrator
        let path = self.path
        do {
            let current = try writer.read { db in
                try Self.checkOwner(db, path: path)
                try Self.checkNotNewer(db, migrator: migrator, path: path)
                return try migrator.hasCompletedMigrations(db)
                    && Int32.fetchOne(db, sql: "PRAGMA application_id") == Self.applicationID
            }
            if current { return }
            if options.readOnly {
                throw StoreError.databaseFailed(
                    path,
                    reason: "its schema is older than this StanceGraph's: open it for writing once (`stancegraph ingest` or `import`) to upgrade it")
            }
            try writer.barrierWriteWithoutTransaction { db in
                try Self.checkOwner(db, path: path)
                try Self.checkNotNewer(db, migrator: migrator, path: path)
                if try Int32.fetchOne(db, sql: "PRAGMA application_id") != Self.applicationID {
                    try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
                }
                try Self.restoreClaimIndexesBeforeMigrating(db)
            }
            try migrator.migrate(writer)
        } catch {
            throw failure(error)
        }
    }

    /// Throws ``StoreError/newerDatabaseSchema(_:unknown:)`` when a newer StanceGraph migrated the database.
    static func checkNotNewer(_ db: Database, migrator: DatabaseMigrator, path: String) throws {
        guard try migrator.hasBeenSuperseded(db) else { return }
        let known = Set(migrator.migrations)
        let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
        throw StoreError.newerDatabaseSchema(path, unknown: unknown)
    }
}
