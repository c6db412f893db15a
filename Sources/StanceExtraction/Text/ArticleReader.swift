import Foundation
import StanceModel

/// Reads article files (texts and saved HTML pages) and finds their metadata (date, title, outlet).
public enum ArticleReader {
    /// Reads a file; errors name the file: not found, a directory, empty, not UTF-8 (with byte
    /// offset), binary (NUL/control bytes), no publication date found and none given, an HTML page
    /// with no main text.
    ///
    /// A `.html`/`.htm` file is a saved page (see ``isHTML(_:)`` and `ArticleReader+HTML.swift`):
    /// its main text becomes the article's text and its metadata wins over that text's header.
    /// Publication date: `published` argument > sidecar `NAME.meta.yaml` (keys: title, outlet,
    /// url, published) > the page's metadata > dateline in the header. The sidecar's title, outlet
    /// and url likewise win over what the page and the header show.
    public static func read(contentsOf url: URL, published: TimePoint? = nil) throws(ExtractionError) -> Article {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(path: path, reason: error.localizedDescription) }
        let id = documentID(for: url)
        let sidecar = try Sidecar.load(for: url)
        let date = published ?? sidecar?.published
        var article: Article
        if isHTML(url) {
            article = try self.article(id: id, html: data, published: date, path: path)
        } else {
            let text = try decode(data, path: path)
            article = try self.article(id: id, text: text, published: date, path: path)
        }
        if let sidecar {
            article.title = sidecar.title ?? article.title
            article.outlet = sidecar.outlet ?? article.outlet
            article.url = sidecar.url ?? article.url
        }
        return article
    }

    /// ``article(id:text:published:requirePublished:)`` with errors naming `path`.
    static func article(id: String, text: String, published: TimePoint?, path: String) throws(ExtractionError) -> Article {
        do {
            return try self.article(id: id, text: text, published: published)
        } catch .noPublicationDate {
            throw .noPublicationDate(path: path)
        } catch .emptyFile {
            throw .emptyFile(path: path)
        }
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

    /// The document id of an article file: its name without `.txt`, `.html` or `.htm` (or its
    /// last extension).
    static func documentID(for url: URL) -> String {
        let name = url.lastPathComponent
        for suffix in [".txt", ".html", ".htm"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return url.pathExtension.isEmpty ? name : url.deletingPathExtension().lastPathComponent
    }
}
