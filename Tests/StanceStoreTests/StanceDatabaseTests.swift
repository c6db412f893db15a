import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

/// A folder nobody can create files in, even root: a read-only folder when permissions hold, else
/// a place under /proc.
func unwritableFolder(in folder: TemporaryDirectory) throws -> URL {
    let locked = folder.file("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
    if FileManager.default.createFile(atPath: locked.appendingPathComponent("probe").path, contents: Data()) {
        // Root ignores permissions: /proc takes no new files from anyone.
        try? FileManager.default.removeItem(at: locked.appendingPathComponent("probe"))
        return URL(fileURLWithPath: "/proc/self")
    }
    return locked
}

@Suite("database files", .serialized)
struct StanceDatabaseTests {
    @Test("a file that is not SQLite is refused in one line and left as it was")
    func notADatabase() throws {
        let folder = try TemporaryDirectory("db-tests")
        defer { folder.remove() }
        let url = try folder.write("format: 1\nthis is YAML, not a database\n", to: "notes.sqlite")
        let before = try Data(contentsOf: url)
        do {
            _ = try StanceDatabase(path: url.path)
            Issue.record("opened a text file as a database")
        } catch {
            guard case .notAStanceGraphDatabase = error else { throw error }
            let message = error.errorDescription ?? ""
            #expect(message.hasPrefix("\(url.path): not a StanceGraph database"))
            #expect(!message.contains("\n"))
        }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test("an SQLite database of another program is refused and left as it was")
    func foreignDatabase() throws {
        let folder = try TemporaryDirectory("db-tests")
        defer { folder.remove() }
        let (database, first) = try DatabaseFixtures.open()
        defer { first.remove() }
        // A StanceGraph database whose application id another program changed.
        try database.write { db in try db.execute(sql: "PRAGMA application_id = 42") }
        #expect {
            _ = try StanceDatabase(path: database.path)
        } throws: { error in
            guard case StoreError.notAStanceGraphDatabase(_, let reason) = error else { return false }
            return reason.contains("0x0000002A")
        }
        // An SQLite file with tables of its own and no application id.
        let raw = folder.file("raw.sqlite")
        try database.writer.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS raw", arguments: [raw.path])
            try db.execute(sql: "CREATE TABLE raw.notes (text TEXT)")
            try db.execute(sql: "DETACH DATABASE raw")
        }
        let bytes = try Data(contentsOf: raw)
        #expect {
            _ = try StanceDatabase(path: raw.path)
        } throws: { error in
            guard case StoreError.notAStanceGraphDatabase(_, let reason) = error else { return false }
            return reason.contains("notes")
        }
        #expect(try Data(contentsOf: raw) == bytes)
    }

    @Test("a damaged database gives a one-line error and the file is not rewritten")
    func corruptDatabase() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        for i in 0..<20 { try database.ingest(DatabaseFixtures.document("article-\(i)", claims: 30)) }
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let url = URL(fileURLWithPath: database.path)
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 8 * 4096)
        // Overwrite every page after the first two with garbage.
        for i in (2 * 4096)..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
        try bytes.write(to: url)
        do {
            let reopened = try StanceDatabase(path: database.path)
            _ = try reopened.loadGraph()
            Issue.record("loaded a damaged database")
        } catch {
            guard error.isDatabaseFailure else { throw error }
            let message = error.errorDescription ?? ""
            #expect(message.contains("damaged") || message.contains("not a StanceGraph database"), "\(message)")
            #expect(!message.contains("\n"))
        }
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test("a folder that cannot be written gives a one-line error")
    func unwritableLocation() throws {
        let folder = try TemporaryDirectory("db-tests")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.file("locked").path)
            folder.remove()
        }
        let locked = try unwritableFolder(in: folder)
        #expect {
            _ = try StanceDatabase(path: locked.appendingPathComponent("new.sqlite").path)
        } throws: { error in
            guard case StoreError.databaseNotWritable = error else { return false }
            return !((error as? StoreError)?.errorDescription ?? "\n").contains("\n")
        }
        let file = try folder.write("", to: "plain-file")
        #expect(throws: StoreError.self) { _ = try StanceDatabase(path: file.appendingPathComponent("x.sqlite").path) }
    }

    @Test("a missing database is an error for readers, and is created for writers")
    func missingDatabase() throws {
        let folder = try TemporaryDirectory("db-tests")
        defer { folder.remove() }
        let path = folder.file("deep/er/new.sqlite").path
        #expect(throws: StoreError.noSuchDatabase(path)) {
            _ = try StanceDatabase(path: path, options: .init(mustExist: true))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try StanceDatabase(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("a full disk rolls back the article being written and keeps everything stored before")
    func fullDisk() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("kept", claims: 10))
        let pages = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let capped = try StanceDatabase(path: database.path, options: .init(maxPageCount: pages + 2))
        #expect(throws: StoreError.databaseFull(database.path)) {
            try capped.ingest(DatabaseFixtures.document("too-big", claims: 2000))
        }
        #expect(StoreError.databaseFull("x").errorDescription?.contains("full") == true)
        let reopened = try StanceDatabase(path: database.path)
        #expect(try reopened.articles().map(\.id) == ["kept"])
        #expect(try reopened.counts().claims == 10)
        #expect(try reopened.integrityProblems().isEmpty)
        // With room again, the same article goes in.
        #expect(try reopened.ingest(DatabaseFixtures.document("too-big", claims: 2000)) == .ingested)
    }

    @Test("a second writer waits for the first, then fails with a clear message when it waits too long")
    func busyWriter() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("first"))
        let impatient = try StanceDatabase(path: database.path, options: .init(busyTimeout: 0.2))
        let patient = try StanceDatabase(path: database.path, options: .init(busyTimeout: 20))
        let lock = WriteLockHolder(database)
        #expect(throws: StoreError.databaseBusy(database.path, waited: 0.2)) {
            try impatient.ingest(DatabaseFixtures.document("second"))
        }
        // Readers are not blocked by the writer (WAL), and a reader can open the database meanwhile.
        #expect(try impatient.articles().map(\.id) == ["first"])
        #expect(try StanceDatabase(path: database.path, options: .init(busyTimeout: 0)).counts().articles == 1)
        // A patient writer gets in once the lock is free.
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { lock.release() }
        #expect(try patient.ingest(DatabaseFixtures.document("third")) == .ingested)
        #expect(try database.articles().map(\.id) == ["first", "third"])
        #expect(StoreError.databaseBusy("db", waited: 0.2).errorDescription?.contains("busy") == true)
    }

    @Test("a database opened read-only reads, refuses writes, and never touches the file")
    func readOnly() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("a"))
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: database.path))
        let reader = try StanceDatabase(path: database.path, options: .init(readOnly: true))
        #expect(try reader.loadGraph().claims.count == 3)
        #expect(throws: StoreError.self) { try reader.ingest(DatabaseFixtures.document("b")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == bytes)
        #expect(throws: StoreError.noSuchDatabase(folder.file("none").path)) {
            _ = try StanceDatabase(path: folder.file("none").path, options: .init(readOnly: true))
        }
    }
}
