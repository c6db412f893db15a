import Foundation
import StanceModel

/// What a saved news page holds for extraction: its main text as paragraphs, and its metadata.
///
/// Built from libxml2's parse (``HTMLParser``); the main text leaves out navigation, headers,
/// footers, asides, related links, comments, share widgets, scripts, styles, forms and figure
/// captions (see `HTMLPage+MainText.swift`).
struct HTMLPage: Sendable, Hashable {
    /// The paragraphs of the main text, whitespace folded, in page order.
    var paragraphs: [String]
    /// og:title, else `<title>`, else the first `<h1>`, else JSON-LD headline.
    var title: String?
    /// og:site_name, else JSON-LD publisher.name.
    var outlet: String?
    /// og:url, else `<link rel=canonical>`.
    var url: String?
    /// article:published_time, else JSON-LD datePublished, else `<time datetime>`, else
    /// `<meta name=date|pubdate|...>`.
    var published: TimePoint?

    /// The main text: paragraphs separated by blank lines.
    var text: String { paragraphs.joined(separator: "\n\n") }

    /// The page of a parsed document.
    init(root: HTMLElement) {
        let metadata = Metadata(root: root)
        title = metadata.title
        outlet = metadata.outlet
        url = metadata.url
        published = metadata.published
        paragraphs = MainText.paragraphs(of: root)
    }

    /// Parses page bytes: UTF-8 when they are valid UTF-8, else the encoding the page declares.
    init?(data: Data) {
        let utf8 = data.withUnsafeBytes { ArticleReader.invalidUTF8Offset($0.bindMemory(to: UInt8.self)) == nil }
        guard let root = HTMLParser.parse(data, encoding: utf8 ? "UTF-8" : nil) else { return nil }
        self.init(root: root)
    }
}
