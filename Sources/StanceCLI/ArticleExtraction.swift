import Foundation
import StanceExtraction
import StanceModel
import StanceStore

/// What the extraction commands share: finding article texts and turning results into annotations.
enum ArticleExtraction {
    /// The articles that `paths` stand for: a file as given; a folder's `*.txt`, `*.html` and `*.htm`
    /// files sorted by name (not recursively).
    ///
    /// Throws for a path that does not exist and for a folder with no article file.
    static func articleFiles(_ paths: [String]) throws -> [URL] {
        var files: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw CLIError("\(path): no such file or folder")
            }
            guard isFolder.boolValue else {
                files.append(url)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { isArticleFile($0) && !$0.hasPrefix(".") }.sorted()
            guard !names.isEmpty else { throw CLIError("\(path): no article (*.txt, *.html) in this folder") }
            files += names.map { url.appendingPathComponent($0, isDirectory: false) }
        }
        return files
    }

    /// Whether a file name is an article's: `.txt`, or a saved page (`.html`, `.htm`), in any case.
    static func isArticleFile(_ name: String) -> Bool {
        let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
        return ext == "txt" || ArticleReader.htmlExtensions.contains(ext)
    }

    /// The text file an annotation of `articleURL` refers to: the article itself for a text; for a
    /// saved HTML page, its main text written as `NAME.txt` beside the annotation at `annotation`, so
    /// that the annotation's quotes and ranges index a text that every command can read.
    ///
    /// An existing `NAME.txt` with other content is kept (an error) unless `force`.
    static func textFile(of result: ExtractionResult, articleURL: URL, beside annotation: URL, force: Bool) throws -> URL {
        guard ArticleReader.isHTML(articleURL) else { return articleURL }
        let url = annotation.deletingLastPathComponent().appendingPathComponent(result.article.id + ".txt", isDirectory: false)
        let data = Data(result.article.text.utf8)
        if FileManager.default.fileExists(atPath: url.path), !force, (try? Data(contentsOf: url)) != data {
            throw CLIError("\(url.path): exists; use --force to overwrite it with the main text of \(articleURL.lastPathComponent)")
        }
        try AtomicFile.write(data, to: url)
        return url
    }

    /// The annotation file of an extraction result, its text path written relative to `folder`
    /// (where the annotation file goes) when the article lies under it, else absolute.
    static func annotation(of result: ExtractionResult, articleURL: URL, folder: URL) -> AnnotationFile {
        let article = result.article
        let metadata = ArticleMetadata(
            id: article.id, textPath: relativePath(of: articleURL, from: folder), title: article.title,
            outlet: article.outlet, url: article.url, published: article.published)
        return AnnotationFile(
            article: metadata, text: article.text, actors: result.actors, topics: result.topics,
            events: result.events, claims: result.claims)
    }

    /// `file`'s path relative to `folder` when it lies under it; its absolute path otherwise.
    static func relativePath(of file: URL, from folder: URL) -> String {
        let filePath = file.standardizedFileURL.path
        let folderPath = folder.standardizedFileURL.path
        let prefix = folderPath.hasSuffix("/") ? folderPath : folderPath + "/"
        return filePath.hasPrefix(prefix) ? String(filePath.dropFirst(prefix.count)) : filePath
    }
}
