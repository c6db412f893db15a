import Foundation
import StanceModel
@testable import StanceStore
import StanceTestSupport
import Testing

@Suite("database cache of model answers")
struct StanceDatabaseLLMCacheTests {
    static func response(_ request: String, content: String = "{\"claims\": []}", model: String = "m") -> StoredResponse {
        StoredResponse(
            articleHash: ContentHash.of(text: "article"), model: model, promptVersion: "v1",
            requestHash: ContentHash.of(text: request), content: content)
    }

    @Test("an answer is found under its article, model, prompt version and request, and only there")
    func storedAndFound() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        let answer = Self.response("r1", content: "{\"claims\": [1]}")
        try database.store([answer, Self.response("r2")])
        func find(_ r: StoredResponse) throws -> String? {
            try database.storedResponse(
                articleHash: r.articleHash, model: r.model, promptVersion: r.promptVersion, requestHash: r.requestHash)
        }
        #expect(try find(answer) == "{\"claims\": [1]}")
        #expect(try find(Self.response("r1", model: "other")) == nil)
        #expect(try find(Self.response("r3")) == nil)
        try database.store([Self.response("r1", content: "{}")])
        #expect(try find(answer) == "{}", "a newer answer replaces the old")
        #expect(try database.storedResponseCount() == 2)
    }

    @Test("answers stored in an ingest batch commit with it and roll back with it; reads see committed ones while the writer is held")
    func storedInBatches() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        struct Stop: Error {}
        #expect(throws: StoreError.self) {
            try database.ingestInBatches { batches in
                try batches.ingest(DatabaseFixtures.document("a"))
                try batches.store([Self.response("lost")])
                throw Stop()
            }
        }
        #expect(try database.storedResponseCount() == 0)
        let seen = try database.ingestInBatches { batches in
            try batches.store([Self.response("kept")])  // no transaction open yet: one of its own
            try batches.ingest(DatabaseFixtures.document("a"))
            try batches.store([Self.response("with-a")])
            let r = Self.response("kept")
            return try database.storedResponse(
                articleHash: r.articleHash, model: r.model, promptVersion: r.promptVersion, requestHash: r.requestHash)
        }
        #expect(seen == "{\"claims\": []}")
        #expect(try database.storedResponseCount() == 2)
    }

    @Test("the migration is registered after the first, under its name")
    func migrationName() throws {
        let migrations = StanceDatabase.migrator.migrations
        let cache = try #require(migrations.firstIndex(of: "v3-llm-cache"))
        #expect(cache > (migrations.firstIndex(of: "v1-articles-actors-claims") ?? .max))
    }
}
