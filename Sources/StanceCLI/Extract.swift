import ArgumentParser
import Foundation
import StanceExtraction
import StanceModel
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph extract ARTICLE... [-o FILE|DIR]`: stances from raw article text.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract actors and stances from article texts into annotation files.",
            discussion: """
                Reads each article (UTF-8 text, or a saved HTML page whose main text and metadata \
                are taken; a folder means its *.txt, *.html and *.htm files), finds its \
                publication date (--published, a sidecar NAME.meta.yaml, the page's metadata or \
                the dateline) and \
                extracts its claims with the rule-based extractor (or, with --extractor llm|both, a \
                language model whose every claim is verified against the text). The result is in the annotation \
                format (NAME.stances.yaml, method rules@VERSION or llm:MODEL@PROMPT), so every command reads it like a \
                hand-coded file. With one article and no -o, the YAML goes to standard output; \
                with -o DIR (or several articles), one DIR/NAME.stances.yaml per article. Existing \
                files are kept unless --force is given.
                """
        )

        @Argument(help: ArgumentHelp("Article files (.txt, .html, .htm), or folders of them.", valueName: "article"))
        var articles: [String]

        @OptionGroup var options: ExtractionOptions

        @OptionGroup var confidence: ExtractionConfidenceOption

        @Option(name: .shortAndLong, help: "Output: a .yaml file (one article) or a folder.")
        var output: String?

        @Flag(help: "Overwrite existing annotation files.")
        var force = false

        func validate() throws {
            if articles.isEmpty { throw ValidationError("Give at least one article file or folder.") }
        }

        func run() throws {
            let files = try ArticleExtraction.articleFiles(articles)
            let extractor = try options.chosenExtractor()
            let toFile = output.map { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") } ?? false
            if toFile && files.count > 1 {
                throw CLIError("\(output ?? ""): \(files.count) articles need an output folder, not a file")
            }
            guard let output else {
                guard files.count == 1 else {
                    throw CLIError("\(files.count) articles: give an output folder with -o DIR")
                }
                let result = try extract(files[0], with: extractor)
                let folder = files[0].deletingLastPathComponent()
                print(ArticleExtraction.annotation(of: result, articleURL: files[0], folder: folder).yaml(), terminator: "")
                return
            }
            let outURL = URL(fileURLWithPath: output, isDirectory: !toFile)
            var claims = 0
            for (position, file) in files.enumerated() {
                let result = try extract(file, with: extractor)
                let target =
                    toFile
                    ? outURL
                    : outURL.appendingPathComponent(result.article.id + AnnotationFile.fileSuffix, isDirectory: false)
                if !force && FileManager.default.fileExists(atPath: target.path) {
                    throw CLIError("\(target.path): exists; use --force to overwrite it")
                }
                let textURL = try ArticleExtraction.textFile(of: result, articleURL: file, beside: target, force: force)
                let annotation = ArticleExtraction.annotation(
                    of: result, articleURL: textURL, folder: target.deletingLastPathComponent())
                try annotation.write(to: target)
                claims += result.claims.count
                FileHandleStandardError.write(
                    "[\(position + 1)/\(files.count)] \(file.lastPathComponent): \(result.claims.count) claims, "
                        + "\(result.actors.count) actors → \(target.path)\n")
                for candidate in result.candidates.prefix(5) {
                    FileHandleStandardError.write("    candidate actor: \(candidate.name) (\(candidate.count)×)\n")
                }
            }
            print("Extracted \(claims) claims from \(files.count) article\(files.count == 1 ? "" : "s") into \(output).")
        }

        private func extract(_ file: URL, with extractor: ChosenExtractor) throws -> ExtractionResult {
            let article = try ArticleReader.read(contentsOf: file, published: options.published)
            if article.publishedYearInferred, let published = article.published {
                FileHandleStandardError.write(
                    "note: \(file.path): the dateline has no year; dated \(published) from the years and events it names"
                        + " (give --published to be sure)\n")
            }
            return try extractor.extract(article).keeping(minimumConfidence: confidence.minimum)
        }
    }
}
