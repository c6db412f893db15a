import ArgumentParser
import Foundation
import StanceStore

/// The `--db FILE` of the commands that work on a database.
struct DatabaseOption: ParsableArguments {
    /// Where `ingest`, `actors`, `export` and `import` look by default.
    static let defaultPath = "graphs/stancegraph.sqlite"

    @Option(help: ArgumentHelp("The StanceGraph database (SQLite).", valueName: "file"))
    var db: String = DatabaseOption.defaultPath

    /// Opens the database; with `mustExist`, a missing file is an error rather than a new database.
    func open(mustExist: Bool) throws -> StanceDatabase { try Self.open(db, mustExist: mustExist) }

    /// Opens an existing database only to read it: the file is never written.
    func openForReading() throws -> StanceDatabase { try Self.open(db, mustExist: true, readOnly: true) }

    /// Opens the database at `path`, waiting up to the busy timeout for another writer.
    ///
    /// `STANCEGRAPH_BUSY_TIMEOUT` (seconds) overrides the default of 10 s;
    /// `STANCEGRAPH_MAX_DB_PAGES` caps the file's size in pages, to try what a full disk does.
    static func open(_ path: String, mustExist: Bool, readOnly: Bool = false) throws -> StanceDatabase {
        var options = StanceDatabase.Options(mustExist: mustExist, readOnly: readOnly)
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["STANCEGRAPH_BUSY_TIMEOUT"], let seconds = Double(text) {
            options.busyTimeout = seconds
        }
        if let text = environment["STANCEGRAPH_MAX_DB_PAGES"], let pages = Int(text) {
            options.maxPageCount = pages
        }
        return try StanceDatabase(path: path, options: options)
    }
}
