import Foundation
import StanceModel

extension ArticleReader {
    /// The file extensions read as saved HTML pages.
    public static let htmlExtensions: Set<String> = ["html", "htm"]

    /// Whether the file at `url` is read as an HTML page (by its extension, any case).
    public static func isHTML(_ url: URL) -> Bool { htmlExtensions.contains(url.pathExtension.lowercased()) }

    /// An article from the bytes of a saved HTML page; `path` names it in errors.
    ///
    /// The article's text is the page's main text, paragraphs separated by blank lines, so every
    /// evidence range points into that text. Its header is then read like a text's (a dateline
    /// opening the body, a date line); the page's title, outlet, URL and date win over it, and
    /// `published` (the option or a sidecar's) wins over the page's date. A binary file, an empty
    /// one and a page with no main text are errors naming `path`.
    static func article(id: String, html data: Data, published: TimePoint?, path: String) throws(ExtractionError) -> Article {
        let result: ExtractionError? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            if !bytes[bom...].contains(where: { !WordTokenizer.isSpace($0) }) { return .emptyFile(path: path) }
            if let offset = binaryOffset(bytes) { return .binaryFile(path: path, byteOffset: offset) }
            return nil
        }
        if let result { throw result }
        guard let page = HTMLPage(data: data), !page.paragraphs.isEmpty else { throw .noMainText(path: path) }
        var article = try self.article(id: id, text: page.text, published: published ?? page.published, path: path)
        article.title = page.title ?? article.title
        article.outlet = page.outlet ?? article.outlet
        article.url = page.url ?? article.url
        if page.published != nil, published == nil { article.publishedYearInferred = false }
        return article
    }
}
