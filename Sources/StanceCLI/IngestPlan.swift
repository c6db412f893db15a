import Foundation
import StanceStore

/// The articles a list of paths stands for, in order, each once.
///
/// A folder gives, recursively and sorted by path, its `*.stances.yaml` files and its articles
/// (`*.txt`, and saved pages `*.html`/`*.htm`) that have no `NAME.stances.yaml` beside them (those
/// are extracted). A file is taken as it is:
/// a `.yaml`/`.yml` file is an annotation, a text with an annotation beside it stands for that
/// annotation, any other text is extracted. Hidden files and folders are skipped.
struct IngestPlan {
    enum Item: Hashable {
        case annotation(URL)
        case text(URL)

        var url: URL {
            switch self {
            case .annotation(let url), .text(let url): url
            }
        }

        /// The path shown in progress lines and errors.
        var path: String { url.relativePath }

        /// The document to store: the annotation as coded, or the text through the extractor.
        func document(extraction: () throws -> IngestExtraction) throws -> ArticleDocument {
            switch self {
            case .annotation(let url): try ArticleDocument.load(annotationAt: url)
            case .text(let url): try extraction().document(articleAt: url, path: path)
            }
        }
    }

    let items: [Item]

    /// Whether some item is a text to extract.
    var hasTexts: Bool {
        items.contains { if case .text = $0 { true } else { false } }
    }

    /// - Parameter useAnnotations: whether a text with a `NAME.stances.yaml` beside it stands for that
    ///   annotation (the default) or is extracted like any other text, its annotation ignored.
    init(paths: [String], useAnnotations: Bool = true) throws {
        var items: [Item] = []
        var seen = Set<String>()
        func add(_ item: Item) {
            if seen.insert(item.url.standardizedFileURL.path).inserted { items.append(item) }
        }
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw StoreError.noSuchPath(path)
            }
            if isFolder.boolValue {
                let found = try Self.articles(inFolder: url, useAnnotations: useAnnotations)
                if found.isEmpty { throw CLIError("\(path): no article (*.txt, *.html) or annotation (*.stances.yaml) in this folder") }
                found.forEach(add)
            } else if let item = Self.item(for: url, useAnnotations: useAnnotations) {
                add(item)
            } else {
                throw CLIError("\(path): not an article text or annotation file (for graph JSON use `stancegraph import`)")
            }
        }
        self.items = items
    }

    /// The item a file stands for, or nil for a file ingest does not read.
    static func item(for url: URL, useAnnotations: Bool = true) -> Item? {
        let name = url.lastPathComponent
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return .annotation(url) }
        if url.pathExtension.lowercased() == "json" { return nil }
        let annotation = url.deletingPathExtension().appendingPathExtension("stances.yaml")
        if useAnnotations && FileManager.default.fileExists(atPath: annotation.path) { return .annotation(annotation) }
        return .text(url)
    }

    /// The articles under `folder`, sorted by path.
    static func articles(inFolder folder: URL, useAnnotations: Bool = true) throws -> [Item] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw StoreError.unreadable(folder.relativePath, reason: "cannot list the folder") }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            let isAnnotation = name.hasSuffix(AnnotationFile.fileSuffix)
            guard (isAnnotation && useAnnotations) || ArticleExtraction.isArticleFile(name) else { continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            // Relative to the folder as the user named it, so that messages show familiar paths.
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count))
            files.append(folder.appendingPathComponent(relative.trimmingCharacters(in: CharacterSet(charactersIn: "/"))))
        }
        var seen = Set<String>()
        return files.sorted { $0.path < $1.path }.compactMap { url in
            guard let item = item(for: url, useAnnotations: useAnnotations), seen.insert(item.url.path).inserted else { return nil }
            return item
        }
    }
}
