import Foundation
import GRDB
import StanceModel

/// The SQLite store of articles, actors, topics, events, claims and evidence.
///
/// Owns one `DatabasePool` (WAL: readers never wait for the writer); opening runs the migrations.
/// Every write method is one transaction (``ingestInBatches(maxArticles:maxSeconds:bulkLoad:at:_:)``
/// one a batch of whole articles), so a process killed midway leaves each article fully in or not
/// at all. A second writer waits up to ``Options/busyTimeout`` for the lock, then fails with
/// ``StoreError/databaseBusy(_:waited:)``.
public struct StanceDatabase: Sendable {
    /// How a database is opened.
    public struct Options: Sendable {
        /// Seconds a write waits for another process's write lock before failing.
        public var busyTimeout: Double
        /// Fail with ``StoreError/noSuchDatabase(_:)`` rather than create a missing file.
        public var mustExist: Bool
        /// A cap on the file's pages (`PRAGMA max_page_count`): simulates a full disk in tests.
        public var maxPageCount: Int?
        /// Only read: the file is never written (not even to migrate it), so that reading a damaged
        /// database cannot make it worse. Implies ``mustExist``.
        public var readOnly: Bool

        public init(busyTimeout: Double = 10, mustExist: Bool = false, maxPageCount: Int? = nil, readOnly: Bool = false) {
            self.busyTimeout = busyTimeout
            self.mustExist = mustExist || readOnly
            self.maxPageCount = maxPageCount
            self.readOnly = readOnly
        }
    }

    /// The path as given, used in every message.
    public let path: String
    let writer: any DatabaseWriter
    let options: Options

    /// `PRAGMA cache_size`: 128 MB (negative: in KiB).
    static let cacheSize = -131_072

    /// The `PRAGMA application_id` that marks a StanceGraph database ("STGR").
    public static let applicationID: Int32 = 0x5354_4752

    /// Opens (or creates) the database at `path` and brings its schema up to date.
    ///
    /// Refuses, changing nothing, a file that is not SQLite, an SQLite database StanceGraph did not
    /// write, and one migrated by a newer StanceGraph.
    public init(path: String, options: Options = Options()) throws(StoreError) {
        self.path = path
        self.options = options
        let url = URL(fileURLWithPath: path)
        let exists = FileManager.default.fileExists(atPath: url.path)
        if !exists {
            if options.mustExist { throw .noSuchDatabase(path) }
            try Self.createFolder(of: url, path: path)
        } else {
            try Self.checkHeader(url, path: path)
            try Self.checkOwner(url, path: path, busyTimeout: options.busyTimeout)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.readonly = options.readOnly
        let maxPages = options.maxPageCount
        configuration.prepareDatabase { db in
            // WAL's commits need no fsync at NORMAL, only its checkpoints do: checkpoint every 128 MB
            // rather than every 4 MB (each checkpoint copies the indexes' hot pages back again), and
            // cut the WAL file back to 64 MB after one. A page cache of up to 128 MB keeps the
            // indexes' pages (a larger one costs more at each commit, which scans the cache). The
            // savepoint of each article journals the first change to every page it touches: in
            // memory, not a temporary file past 64 KB.
            if !db.configuration.readonly {
                try db.execute(
                    sql: """
                        PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 32768; PRAGMA journal_size_limit = 67108864;
                        PRAGMA temp_store = MEMORY
                        """)
            }
            try db.execute(sql: "PRAGMA cache_size = \(Self.cacheSize)")
            if let maxPages { try db.execute(sql: "PRAGMA max_page_count = \(maxPages)") }
        }
        do {
            writer = try DatabasePool(path: url.path, configuration: configuration)
        } catch {
            let mapped = Self.storeError(error, path: path)
            if case .databaseBusy = mapped { throw .databaseBusy(path, waited: options.busyTimeout) }
            throw mapped
        }
        try migrate()
        if !options.readOnly { try restoreClaimIndexes() }
    }

    /// Runs `body` in one write transaction, turning SQLite failures into ``StoreError``s.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write { db in try body(db) }
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` on a snapshot of the database, turning SQLite failures into ``StoreError``s.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read { db in try body(db) }
        } catch {
            throw failure(error)
        }
    }

    /// The store's error for a failure of this database, naming how long a busy writer waited.
    func failure(_ error: any Error) -> StoreError {
        let mapped = Self.storeError(error, path: path)
        if case .databaseBusy = mapped { return .databaseBusy(path, waited: options.busyTimeout) }
        return mapped
    }

    /// The store's error for an SQLite failure on the database at `path`.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .databaseFailed(path, reason: "\(error)") }
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notAStanceGraphDatabase(path, reason: message)
        case .SQLITE_CORRUPT: return .corruptDatabase(path, reason: message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .databaseBusy(path, waited: 0)
        case .SQLITE_FULL: return .databaseFull(path)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return .databaseNotWritable(path, reason: message)
        default: return .databaseFailed(path, reason: message)
        }
    }

    /// Creates the folder a new database goes in.
    private static func createFolder(of url: URL, path: String) throws(StoreError) {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .databaseNotWritable(path, reason: "\(StorePath.display(folder)) is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .databaseNotWritable(path, reason: "cannot create its folder: \(StorePath.reason(error))")
        }
    }

    /// Refuses, through a read-only connection that changes nothing, an SQLite database that has
    /// tables but not StanceGraph's application id (opening the pool would switch it to WAL).
    private static func checkOwner(_ url: URL, path: String, busyTimeout: Double) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            try queue.read { db in
                try checkOwner(db, path: path)
                try checkReadable(db)
            }
            try queue.close()
        } catch {
            let mapped = storeError(error, path: path)
            if case .databaseBusy = mapped { throw .databaseBusy(path, waited: busyTimeout) }
            throw mapped
        }
    }

    /// Throws unless the database is StanceGraph's or holds no table yet.
    static func checkOwner(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID { return }
        if applicationID != 0 {
            throw StoreError.notAStanceGraphDatabase(path, reason: String(format: "application id 0x%08X", applicationID))
        }
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if !tables.isEmpty {
            throw StoreError.notAStanceGraphDatabase(path, reason: "it has tables \(tables.prefix(5).joined(separator: ", "))")
        }
    }

    /// Reads the small tables through a read-only connection, so that a damaged file is refused
    /// before the pool opens (opening a pool writes to the file).
    static func checkReadable(_ db: Database) throws {
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        for table in ["grdb_migrations", "article", "actor", "topic", "event"] where tables.contains(table) {
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
        }
    }

    /// Refuses a non-empty file that does not start with SQLite's header, before SQLite touches it.
    private static func checkHeader(_ url: URL, path: String) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .notAStanceGraphDatabase(path, reason: "a folder")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw .databaseNotWritable(path, reason: "cannot open the file for reading")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header.isEmpty || header == Data("SQLite format 3\0".utf8) else {
            throw .notAStanceGraphDatabase(path, reason: "not an SQLite file")
        }
    }
}
