import ArgumentParser
import Foundation
import StanceModel
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph review export --db FILE --out DIR`.
    struct ReviewExport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the accepted and corrected claims as annotation files (gold for `eval --gold DIR`).",
            discussion: """
                For every article with an accepted or corrected claim, writes DIR/NAME.stances.yaml \
                (those claims, corrections applied) and DIR/NAME.txt (the article's text, read from \
                where it was ingested: a text file, or the text an annotation file names). Each file \
                is read back as `eval` reads it before the next is written. An article whose text \
                cannot be read (moved, or HTML) is skipped with a notice.
                """)

        @OptionGroup var database: DatabaseOption

        @Option(help: ArgumentHelp("The folder to write the annotation files and texts to.", valueName: "dir"))
        var out: String

        func run() throws {
            let reviewed = try database.openForReading().reviewedArticles()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            var written = 0, claims = 0, skipped = 0
            var names = Set<String>()
            for item in reviewed {
                let text: String
                do {
                    text = try Self.text(of: item.article)
                } catch {
                    skipped += 1
                    FileHandleStandardError.write("notice: \(item.article.id): \(error.localizedDescription); skipped\n")
                    continue
                }
                var name = Self.fileName(item.article.id)
                while names.contains(name) { name += "-" }
                names.insert(name)
                let annotation = AnnotationFile(
                    article: ArticleMetadata(
                        id: item.article.id, textPath: name + ".txt", title: item.article.title, outlet: item.article.outlet,
                        url: item.article.url, published: item.article.published),
                    text: text, actors: item.actors, topics: item.topics, claims: item.claims)
                let yamlURL = folder.appendingPathComponent(name + AnnotationFile.fileSuffix)
                try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(name + ".txt"))
                try annotation.write(to: yamlURL)
                do {
                    _ = try AnnotationFile.load(from: yamlURL)
                } catch {
                    throw CLIError("\(yamlURL.path) does not read back as gold: \(error.errorDescription ?? "\(error)")")
                }
                written += 1
                claims += item.claims.count
            }
            let left = skipped > 0 ? "; \(counted(skipped, "article")) skipped" : ""
            print("Wrote \(counted(written, "annotation file")) with \(counted(claims, "reviewed claim")) to \(out)\(left).")
        }

        /// The article's text: the file it was ingested from, or the text its annotation file names.
        static func text(of article: StoredArticle) throws -> String {
            guard let path = article.path else { throw CLIError("no path was stored for it") }
            let url = URL(fileURLWithPath: path)
            if path.hasSuffix(AnnotationFile.fileSuffix) { return try AnnotationFile.load(from: url).text }
            let ext = url.pathExtension.lowercased()
            guard ext != "html", ext != "htm" else { throw CLIError("\(path) is HTML, not a text file") }
            guard let data = FileManager.default.contents(atPath: url.path) else { throw CLIError("cannot read \(path)") }
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path) is not UTF-8 text") }
            return text
        }

        /// A file name for a document id: letters, digits, '.', '_' and '-' kept, anything else '-'.
        static func fileName(_ id: String) -> String {
            let kept = String(id.unicodeScalars.map { scalar -> Character in
                CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "._-".unicodeScalars.contains(scalar)
                    ? Character(scalar) : "-"
            })
            let trimmed = kept.trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
            return trimmed.isEmpty ? "article" : String(trimmed.prefix(120))
        }
    }
}
