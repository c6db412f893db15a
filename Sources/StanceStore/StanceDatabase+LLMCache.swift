import Foundation
import GRDB

/// A model's answer to one request of the language-model extractor, kept so that reading the
/// article again sends no request: filed under the article's text hash, the model, the prompt's
/// version and the request's hash.
public struct StoredResponse: Sendable, Hashable {
    /// SHA-256 of the article's text (``ContentHash/of(text:annotation:extractorVersion:)``).
    public var articleHash: String
    public var model: String
    public var promptVersion: String
    /// SHA-256 of the request (the user message).
    public var requestHash: String
    /// The answer's message content, as the server sent it.
    public var content: String

    public init(articleHash: String, model: String, promptVersion: String, requestHash: String, content: String) {
        self.articleHash = articleHash
        self.model = model
        self.promptVersion = promptVersion
        self.requestHash = requestHash
        self.content = content
    }
}

extension StanceDatabase {
    /// The migration that adds the `llmResponse` table (``StoredResponse``).
    static func registerLLMCacheMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-llm-cache") { db in
            try db.execute(
                sql: """
                    CREATE TABLE llmResponse (
                        articleHash TEXT NOT NULL,
                        model TEXT NOT NULL,
                        promptVersion TEXT NOT NULL,
                        requestHash TEXT NOT NULL,
                        content TEXT NOT NULL,
                        storedAt TEXT NOT NULL,
                        PRIMARY KEY (articleHash, model, promptVersion, requestHash)
                    ) WITHOUT ROWID;
                    """)
        }
    }

    /// The content stored for a request, if any. Reads the last committed state (a pool's reader),
    /// so it may be called while an ingest holds the writer.
    public func storedResponse(articleHash: String, model: String, promptVersion: String, requestHash: String)
        throws(StoreError) -> String?
    {
        try read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT content FROM llmResponse
                    WHERE articleHash = ? AND model = ? AND promptVersion = ? AND requestHash = ?
                    """, arguments: [articleHash, model, promptVersion, requestHash])
        }
    }

    /// Stores `responses` in one transaction, replacing any under the same key.
    public func store(_ responses: [StoredResponse], at date: Date = Date()) throws(StoreError) {
        guard !responses.isEmpty else { return }
        let stamp = Self.timestamp(date)
        try write { db in try Self.insert(responses, stamp: stamp, in: db) }
    }

    /// The number of stored responses.
    public func storedResponseCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM llmResponse") ?? 0 }
    }

    static func insert(_ responses: [StoredResponse], stamp: String, in db: Database) throws {
        for response in responses {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO llmResponse (articleHash, model, promptVersion, requestHash, content, storedAt)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    response.articleHash, response.model, response.promptVersion, response.requestHash, response.content, stamp,
                ])
        }
    }
}

extension ArticleBatches {
    /// Stores `responses` in the open transaction, committed with its articles (in a transaction of
    /// their own when none is open): what an ingest holding the writer calls.
    public func store(_ responses: [StoredResponse]) throws(StoreError) {
        guard !responses.isEmpty else { return }
        let stamp = StanceDatabase.timestamp(Date())
        do {
            if db.isInsideTransaction {
                try StanceDatabase.insert(responses, stamp: stamp, in: db)
            } else {
                try db.inTransaction {
                    try StanceDatabase.insert(responses, stamp: stamp, in: db)
                    return .commit
                }
            }
        } catch {
            throw database.failure(error)
        }
    }
}
