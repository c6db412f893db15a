import Foundation
import StanceModel

/// A place in an input file: its path as given and, when known, a 1-based line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// "seeds/x.stances.yaml:42", or the bare path when the line is unknown.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// Errors of the store: reading annotation files and graph JSON, writing files, the database.
///
/// Every message is one line that names the file, the line (when there is one) and the value at fault.
public enum StoreError: Error, LocalizedError, Hashable, Sendable {
    /// The YAML itself does not parse; `message` is Yams's description of the problem.
    case malformedYAML(message: String, at: SourceLocation)
    /// The file is not UTF-8 text.
    case notUTF8(at: SourceLocation)
    /// A required field is absent (or empty) in `container` ("claim", "article", "file"...).
    case missingField(String, in: String, at: SourceLocation)
    /// A key the format does not know; `suggestion` is the closest known key, if any is close.
    case unknownKey(String, in: String, allowed: [String], suggestion: String?, at: SourceLocation)
    /// A value of the wrong shape. `field` is shown as is (`'aliases'`, `each item of 'actors'`,
    /// `the file`); `expected` is "a list", "a mapping" or "a single value".
    case wrongShape(field: String, expected: String, at: SourceLocation)
    case unsupportedFormat(version: String, supported: Int, at: SourceLocation)
    /// An actor id that the file does not declare; `role` says where it was used ("claim target").
    case unknownActor(String, role: String, known: [String], at: SourceLocation)
    case unknownTopic(String, known: [String], at: SourceLocation)
    case unknownActorKind(String, at: SourceLocation)
    /// The same id declared twice in one file; `kind` is "actor", "topic" or "event".
    case duplicateID(String, kind: String, firstLine: Int?, at: SourceLocation)
    /// A date not written as YYYY, YYYY-MM or YYYY-MM-DD.
    case malformedDate(String, field: String, at: SourceLocation)
    /// A well-formed date that does not exist (2023-02-30).
    case impossibleDate(String, field: String, at: SourceLocation)
    case spanEndsBeforeStart(from: String, until: String, at: SourceLocation)
    case invalidStance(String, at: SourceLocation)
    case invalidConfidence(String, at: SourceLocation)
    /// The quote does not occur in the article text (even allowing for whitespace and quote marks).
    case quoteNotFound(String, textFile: String, at: SourceLocation)
    /// The article text file does not exist; `path` is the resolved path.
    case missingTextFile(path: String, at: SourceLocation)
    /// A path given to the loader does not exist.
    case noSuchPath(String)
    /// A path given to the loader is neither an annotation file, a folder nor a graph JSON file.
    case unsupportedPath(String)
    /// A folder given to the loader holds no `*.stances.yaml` file.
    case emptyFolder(String)
    case unreadable(String, reason: String)
    /// A graph JSON document that does not decode; `file` is nil when decoding bare data.
    case invalidGraphJSON(reason: String, file: String?)
    case unsupportedGraphFormat(version: Int, supported: Int, file: String?)
    /// Values that do not make a graph (a claim names an undeclared actor); `source` says whose.
    case inconsistentGraph(source: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// The database file given to a reading command does not exist.
    case noSuchDatabase(String)
    /// The file is not an SQLite database, or an SQLite database that StanceGraph did not write.
    case notAStanceGraphDatabase(String, reason: String)
    /// The database was migrated by a newer StanceGraph: `unknown` are the migrations this one lacks.
    case newerDatabaseSchema(String, unknown: [String])
    /// SQLite found the file damaged.
    case corruptDatabase(String, reason: String)
    /// Another process held the database's write lock for longer than the busy timeout.
    case databaseBusy(String, waited: Double)
    /// The disk (or the database's size limit) is full; the transaction was rolled back.
    case databaseFull(String)
    /// The database or its folder cannot be written (or created) here.
    case databaseNotWritable(String, reason: String)
    /// Any other SQLite failure, with SQLite's message.
    case databaseFailed(String, reason: String)
    /// A review names a claim the database does not hold (`reference` as given, "12-3").
    case noSuchClaim(String, reference: String)
    /// A review decision that cannot apply: an unknown target, a correction that changes nothing...
    case invalidReview(String, reference: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .malformedYAML(let message, let at):
            "\(at): malformed YAML: \(Self.oneLine(message))"
        case .notUTF8(let at):
            "\(at): not UTF-8 text"
        case .missingField(let field, let container, let at):
            "\(at): missing required field '\(field)' in \(container)"
        case .unknownKey(let key, let container, let allowed, let suggestion, let at):
            "\(at): unknown key '\(key)' in \(container) ("
                + (suggestion.map { "did you mean '\($0)'? " } ?? "")
                + "allowed: \(allowed.joined(separator: ", ")))"
        case .wrongShape(let field, let expected, let at):
            "\(at): \(field) must be \(expected)"
        case .unsupportedFormat(let version, let supported, let at):
            "\(at): unsupported format version '\(version)' (this version reads format \(supported))"
        case .unknownActor(let id, let role, let known, let at):
            "\(at): unknown actor '\(id)' in \(role) (\(Self.list(known, of: "actors")))"
        case .unknownTopic(let id, let known, let at):
            "\(at): unknown topic '\(id)' in claim (\(Self.list(known, of: "topics")))"
        case .unknownActorKind(let kind, let at):
            "\(at): unknown actor kind '\(kind)' (expected one of: "
                + ActorKind.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        case .duplicateID(let id, let kind, let firstLine, let at):
            "\(at): duplicate \(kind) id '\(id)'" + (firstLine.map { " (first declared on line \($0))" } ?? "")
        case .malformedDate(let value, let field, let at):
            "\(at): malformed date '\(value)' in '\(field)' (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        case .impossibleDate(let value, let field, let at):
            "\(at): impossible date '\(value)' in '\(field)'"
        case .spanEndsBeforeStart(let from, let until, let at):
            "\(at): span ends before it starts: until '\(until)' is before from '\(from)'"
        case .invalidStance(let value, let at):
            "\(at): invalid stance '\(value)' (expected one of "
                + StanceLevel.allCases.map(\.rawValue).joined(separator: ", ") + " or a number in [-1, 1])"
        case .invalidConfidence(let value, let at):
            "\(at): invalid confidence '\(value)' (expected a number in [0, 1])"
        case .quoteNotFound(let quote, let textFile, let at):
            "\(at): quote not found in \(textFile): \"\(Self.excerpt(quote))\""
        case .missingTextFile(let path, let at):
            "\(at): article text file not found: \(path)"
        case .noSuchPath(let path):
            "\(path): no such file or folder"
        case .unsupportedPath(let path):
            "\(path): not an annotation file (*.stances.yaml), a folder of them or a graph JSON file (*.json)"
        case .emptyFolder(let path):
            "\(path): no *.stances.yaml file in this folder"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(Self.oneLine(reason))"
        case .invalidGraphJSON(let reason, let file):
            "\(file ?? "graph JSON"): not a valid graph JSON document: \(Self.oneLine(reason))"
        case .unsupportedGraphFormat(let version, let supported, let file):
            "\(file ?? "graph JSON"): unsupported graph JSON format \(version) (this version reads formats up to \(supported))"
        case .inconsistentGraph(let source, let reason):
            "\(source): not a consistent graph: \(Self.oneLine(reason))"
        case .writeFailed(let path, let reason):
            "\(path): cannot write: \(Self.oneLine(reason))"
        case .noSuchDatabase(let path):
            "\(path): no such database (create one with `stancegraph ingest ... --db \(path)`)"
        case .notAStanceGraphDatabase(let path, let reason):
            "\(path): not a StanceGraph database (\(Self.oneLine(reason))); nothing was changed"
        case .newerDatabaseSchema(let path, let unknown):
            "\(path): written by a newer StanceGraph (unknown migrations: \(unknown.joined(separator: ", "))); "
                + "upgrade stancegraph to use it"
        case .corruptDatabase(let path, let reason):
            "\(path): the database is damaged (\(Self.oneLine(reason))); nothing was changed"
        case .databaseBusy(let path, let waited):
            "\(path): the database is busy: another process kept it locked for \(String(format: "%g", waited)) s; try again when it is done"
        case .databaseFull(let path):
            "\(path): the disk or the database's size limit is full; the last article was rolled back and nothing stored was lost"
        case .databaseNotWritable(let path, let reason):
            "\(path): cannot write the database here (\(Self.oneLine(reason)))"
        case .databaseFailed(let path, let reason):
            "\(path): database error: \(Self.oneLine(reason))"
        case .noSuchClaim(let path, let reference):
            "\(path): no claim '\(Self.excerpt(reference))' (claims are named ARTICLE-POSITION, as the review queue lists them)"
        case .invalidReview(let path, let reference, let reason):
            "\(path): cannot review claim \(Self.excerpt(reference)): \(Self.oneLine(reason))"
        }
    }

    /// Whether the error is the database's (busy, full, damaged, not writable...) rather than an input file's.
    public var isDatabaseFailure: Bool {
        switch self {
        case .noSuchDatabase, .notAStanceGraphDatabase, .newerDatabaseSchema, .corruptDatabase, .databaseBusy,
            .databaseFull, .databaseNotWritable, .databaseFailed:
            true
        default: false
        }
    }

    /// "known: a, b, c", shortened after a dozen names.
    static func list(_ names: [String], of what: String) -> String {
        guard !names.isEmpty else { return "no \(what) declared" }
        let shown = names.prefix(12).joined(separator: ", ")
        return "known: " + shown + (names.count > 12 ? ", … \(names.count - 12) more" : "")
    }

    /// The first 60 characters of `text` on one line, with an ellipsis when cut.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        let flat = oneLine(text)
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// `text` with every run of whitespace (newlines included) turned into one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
