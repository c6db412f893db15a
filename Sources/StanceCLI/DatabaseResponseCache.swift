import Foundation
import StanceLLM
import StanceStore

/// Model answers kept in a StanceGraph database (its `llmResponse` table), so that reading an
/// article again with the same model and prompt sends no request.
///
/// `ingest` and `build` keep them in the database they store into; since they hold its writer
/// while articles are read, answers wait in memory until ``flush(into:)`` writes them in the open
/// batch. Elsewhere (`--llm-cache FILE` on `extract` and `eval`) each answer is written at once.
final class DatabaseResponseCache: ResponseCache, @unchecked Sendable {
    let database: StanceDatabase
    /// Whether answers wait for ``flush(into:)`` rather than being written at once.
    let deferred: Bool
    private let lock = NSLock()
    private var pending: [StoredResponse] = []

    init(database: StanceDatabase, deferred: Bool) {
        self.database = database
        self.deferred = deferred
    }

    func answer(for key: ResponseKey) -> String? {
        let wanted = Self.stored(key, content: "")
        if let waiting = lock.withLock({ pending.last { Self.sameKey($0, wanted) } }) { return waiting.content }
        // A cache that cannot be read is a cache miss: the request is sent.
        return try? database.storedResponse(
            articleHash: wanted.articleHash, model: wanted.model, promptVersion: wanted.promptVersion,
            requestHash: wanted.requestHash)
    }

    func store(_ content: String, for key: ResponseKey) {
        let response = Self.stored(key, content: content)
        if deferred {
            lock.withLock { pending.append(response) }
        } else {
            // Not stored (a full disk, a busy database) only means the next read asks again.
            try? database.store([response])
        }
    }

    /// Writes the answers waiting into `batches`' open transaction (see ``ArticleBatches/store(_:)``).
    func flush(into batches: ArticleBatches) throws {
        let waiting = lock.withLock {
            defer { pending.removeAll() }
            return pending
        }
        try batches.store(waiting)
    }

    static func stored(_ key: ResponseKey, content: String) -> StoredResponse {
        StoredResponse(
            articleHash: ContentHash.of(text: key.articleText), model: key.model, promptVersion: key.promptVersion,
            requestHash: ContentHash.of(text: key.request), content: content)
    }

    static func sameKey(_ a: StoredResponse, _ b: StoredResponse) -> Bool {
        a.articleHash == b.articleHash && a.model == b.model && a.promptVersion == b.promptVersion
            && a.requestHash == b.requestHash
    }
}
