import GRDB
import StanceModel

/// The integer keys of stored actors and topics by text id, each looked up once a transaction.
///
/// Claims name actors and topics by key; a key is only valid in the transaction that read it
/// (a rolled-back transaction can take back a new actor's key), so one of these lives no longer.
struct StoredKeys {
    private var actors: [String: Int64] = [:]
    private var topics: [String: Int64] = [:]
    /// Actors whose aliases and memberships this transaction has written, as written: declared
    /// again alike (every article of a corpus declares the actors it names), there is nothing to add.
    private var declared: [String: (aliases: [String], memberships: [Membership])] = [:]
    /// Events this transaction has written.
    private var events: Set<String> = []

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

    /// Whether `actor`'s aliases and memberships, as given, were written in this transaction.
    func hasDeclared(_ actor: StanceActor) -> Bool {
        guard let written = declared[actor.id.rawValue] else { return false }
        return written.aliases == actor.aliases && written.memberships == actor.memberships
    }

    /// Records that `actor`'s aliases and memberships were written in this transaction.
    mutating func markDeclared(_ actor: StanceActor) {
        declared[actor.id.rawValue] = (actor.aliases, actor.memberships)
    }

    /// Records that the event `id` was written in this transaction: false when it was already.
    mutating func markEvent(_ id: String) -> Bool { events.insert(id).inserted }

    private static func lookUp(_ id: String, sql: String, in db: Database) throws -> Int64? {
        let find = try RawStatement(db, sql: sql)
        find.bind(1, id)
        defer { find.reset() }
        return try find.step() ? Int64(find.int(0)) : nil
    }
}
