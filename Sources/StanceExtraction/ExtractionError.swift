import Foundation

/// Errors of extraction: reading articles, parsing lexicons and sidecar files.
///
/// Every message is one line that names the file (and the line, for YAML) and the value at fault.
public enum ExtractionError: Error, LocalizedError, Equatable, Hashable, Sendable {
    /// The path does not exist.
    case fileNotFound(path: String)
    /// The path is a directory, not an article file.
    case isDirectory(path: String)
    /// The file exists but cannot be read; `reason` is the system's message.
    case unreadable(path: String, reason: String)
    /// The file is empty or holds only whitespace.
    case emptyFile(path: String)
    /// The file is not valid UTF-8; `byteOffset` is where the first bad byte sits.
    case notUTF8(path: String, byteOffset: Int)
    /// The file looks binary (NUL bytes or many control bytes); `byteOffset` is the first such byte.
    case binaryFile(path: String, byteOffset: Int)
    /// An HTML page in which no main text (a paragraph of prose outside the page's furniture) was found.
    case noMainText(path: String)
    /// No publication date was given and none was found in a sidecar or the dateline.
    case noPublicationDate(path: String)
    /// A YAML file (lexicon or sidecar) does not parse.
    case malformedYAML(file: String, line: Int?, message: String)
    /// A YAML value of the wrong shape or content: `message` says which key and what was expected.
    case invalidLexicon(file: String, line: Int?, message: String)
    /// A date in a YAML file (or an option) that is not YYYY, YYYY-MM or YYYY-MM-DD, or does not exist.
    case invalidDate(String, file: String, line: Int?)

    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file"
        case .isDirectory(let path):
            "\(path): is a directory, not an article text file"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(Self.oneLine(reason))"
        case .emptyFile(let path):
            "\(path): the article is empty"
        case .notUTF8(let path, let offset):
            "\(path): not UTF-8 text (invalid byte at offset \(offset))"
        case .binaryFile(let path, let offset):
            "\(path): looks like a binary file, not article text (control byte at offset \(offset))"
        case .noMainText(let path):
            "\(path): no article text found in this HTML page (only navigation, links or furniture)"
        case .noPublicationDate(let path):
            "\(path): no publication date found in the page's metadata, the header or a sidecar NAME.meta.yaml; give one with --published YYYY-MM-DD"
        case .malformedYAML(let file, let line, let message):
            "\(Self.location(file, line)): malformed YAML: \(Self.oneLine(message))"
        case .invalidLexicon(let file, let line, let message):
            "\(Self.location(file, line)): \(Self.oneLine(message))"
        case .invalidDate(let value, let file, let line):
            "\(Self.location(file, line)): invalid date '\(value)' (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        }
    }

    /// "file:line", or the bare file when the line is unknown.
    static func location(_ file: String, _ line: Int?) -> String { line.map { "\(file):\($0)" } ?? file }

    /// `text` with every run of whitespace turned into one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
