import Foundation
import StanceModel

/// Reads article text files and finds their metadata (date, title, outlet) in the header.
public enum ArticleReader {
    /// Reads a file; errors name the file: not found, a directory, empty, not UTF-8 (with byte
    /// offset), binary (NUL/control bytes), no publication date found and none given.
    ///
    /// Publication date: `published` argument > sidecar `NAME.meta.yaml` (keys: title, outlet,
    /// url, published) > dateline in the header.
    public static func read(contentsOf url: URL, published: TimePoint? = nil) throws(ExtractionError) -> Article {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: path, reason: error.localizedDescription) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(path: path, byteOffset: 0) }
        let id = url.deletingPathExtension().lastPathComponent
        do {
            return try article(id: id, text: text, published: published)
        } catch .noPublicationDate {
            throw .noPublicationDate(path: path)
        } catch .emptyFile {
            throw .emptyFile(path: path)
        }
    }

    /// An article from text in memory; `id` names it in errors.
    public static func article(
        id: String, text: String, published: TimePoint? = nil, requirePublished: Bool = true
    ) throws(ExtractionError) -> Article {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .emptyFile(path: id) }
        guard published != nil || !requirePublished else { throw .noPublicationDate(path: id) }
        return Article(id: id, text: text, published: published)
    }
}
