import GRDB
import StanceModel

/// The integer keys of stored actors and topics by text id, each looked up once a transaction.
///
/// Claims name actors and topics by key; a key is only valid in the transaction that read it
/// (a rolled-back transaction can take back a new actor's key), so one of these lives no longer.
struct StoredKeys {
    private var actors: [String: Int64] = [:]
    private var topics: [String: Int64] = [:]

    /// The key of the stored actor `id`, or nil when no such actor is stored.
    mutating func actor(_ id: ActorID, in db: Database) throws -> Int64? {
        if let key = actors[id.rawValue] { return key }
        let key = try Self.lookUp(id.rawValue, sql: "SELECT key FROM actor WHERE id = ?", in: db)
        if let key { actors[id.rawValue] = key }
        return key
    }

    /// The key of the stored topic `id`, or nil when no such topic is stored.
    mutating func topic(_ id: TopicID, in db: Database) throws -> Int64? {
        if let key = topics[id.rawValue] { return key }
        let key = try Self.lookUp(id.rawValue, sql: "SELECT key FROM topic WHERE id = ?", in: db)
        if let key { topics[id.rawValue] = key }
        return key
    }

    private static func lookUp(_ id: String, sql: String, in db: Database) throws -> Int64? {
        let find = try RawStatement(db, sql: sql)
        find.bind(1, id)
        defer { find.reset() }
        return try find.step() ? Int64(find.int(0)) : nil
    }
}
