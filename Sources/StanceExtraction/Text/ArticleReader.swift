import Foundation
import StanceModel

/// Reads article text files and finds their metadata (date, title, outlet) in the header.
public enum ArticleReader {
    /// Reads a file; errors name the file: not found, a directory, empty, not UTF-8 (with byte
    /// offset), binary (NUL/control bytes), no publication date found and none given.
    ///
    /// Publication date: `published` argument > sidecar `NAME.meta.yaml` (keys: title, outlet,
    /// url, published) > dateline in the header. The sidecar's title, outlet and url likewise
    /// win over what the header shows.
    public static func read(contentsOf url: URL, published: TimePoint? = nil) throws(ExtractionError) -> Article {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: path, reason: error.localizedDescription) }
        let text = try decode(data, path: path)
        let id = documentID(for: url)
        let sidecar = try Sidecar.load(for: url)
        let date = published ?? sidecar?.published
        var article: Article
        do {
            article = try self.article(id: id, text: text, published: date)
        } catch .noPublicationDate {
            throw .noPublicationDate(path: path)
        } catch .emptyFile {
            throw .emptyFile(path: path)
        }
        if let sidecar {
            article.title = sidecar.title ?? article.title
            article.outlet = sidecar.outlet ?? article.outlet
            article.url = sidecar.url ?? article.url
        }
        return article
    }

    /// An article from text in memory; `id` names it in errors.
    ///
    /// A leading BOM is removed; the header (date, title, outlet, URL lines before the body) is
    /// read; `published` wins over the header's date. Without a date the article is an error
    /// unless `requirePublished` is false.
    public static func article(
        id: String, text: String, published: TimePoint? = nil, requirePublished: Bool = true
    ) throws(ExtractionError) -> Article {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        text.makeContiguousUTF8()
        guard text.utf8.contains(where: { !WordTokenizer.isSpace($0) }) else { throw .emptyFile(path: id) }
        let header = Header.read(text, dateKnown: published != nil)
        let date = published ?? header.published
        guard date != nil || !requirePublished else { throw .noPublicationDate(path: id) }
        var article = Article(
            id: id, text: text, title: header.title, outlet: header.outlet, url: header.url, published: date,
            body: header.body)
        article.publishedYearInferred = published == nil && header.yearInferred
        return article
    }

    /// The document id of an article file: its name without `.txt` (or its last extension).
    static func documentID(for url: URL) -> String {
        let name = url.lastPathComponent
        if name.lowercased().hasSuffix(".txt") { return String(name.dropLast(4)) }
        return url.pathExtension.isEmpty ? name : url.deletingPathExtension().lastPathComponent
    }
}
