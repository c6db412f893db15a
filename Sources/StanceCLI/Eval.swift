import ArgumentParser
import Foundation
import StanceExtraction
import StanceModel
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph eval --gold DIR`: the extractor measured against hand-coded annotations.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure extraction against hand-coded annotation files.",
            discussion: """
                For every NAME.stances.yaml in the gold folders, extracts the article it annotates \
                and reports precision, recall and F1 on (holder, target, polarity) and on (holder, \
                target, topic, polarity), and the share of matched claims whose time span agrees — \
                per article and overall (micro-averaged) — then lists each article's misses and \
                false alarms. Gold actors are aligned with the lexicon's by id, else by name or \
                alias; topics by id or by the content words of their labels.
                """
        )

        @Option(help: ArgumentHelp("A folder (or file) of hand-coded NAME.stances.yaml; repeatable.", valueName: "dir"))
        var gold: [String]

        @OptionGroup var options: ExtractionOptions

        @Flag(help: "Print only the table, not the misses and false alarms.")
        var summary = false

        @Option(help: "Exit non-zero when the overall F1 on (holder, target, polarity) is below this.")
        var minF1: Double?

        func validate() throws {
            if gold.isEmpty { throw ValidationError("Give a gold folder with --gold DIR.") }
            if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1.") }
        }

        func run() throws {
            let files = try AnnotationLoader.inputs(for: gold.map { URL(fileURLWithPath: $0) }).compactMap { input in
                if case .annotationFile(let url) = input { return url }
                return nil
            }
            guard !files.isEmpty else { throw CLIError("no hand-coded annotation file (NAME.stances.yaml) in \(gold.joined(separator: ", "))") }
            let lexicon = try options.lexicon()
            let extractor = Extractor(lexicon: lexicon)
            var evaluations: [ArticleEvaluation] = []
            for file in files {
                let annotation = try AnnotationFile.load(from: file)
                let textURL = URL(fileURLWithPath: annotation.article.textPath, relativeTo: file.deletingLastPathComponent())
                let article = try readArticle(textURL, fallback: annotation.article.published)
                let result = extractor.extract(article)
                let alignment = ActorAlignment(
                    goldActors: annotation.actors, knows: { lexicon.actors.actor(id: $0) != nil },
                    resolve: { lexicon.actors.resolve($0) })
                let gold = annotation.claims.map { claim in
                    var claim = claim
                    claim.source = alignment.map(claim.source)
                    claim.target = alignment.map(claim.target)
                    return claim
                }
                evaluations.append(
                    ArticleEvaluation(
                        id: annotation.article.id, gold: gold, extracted: result.claims,
                        topics: TopicMatching(topics: annotation.topics + result.topics)))
            }
            let report = EvaluationReport(articles: evaluations)
            print(EvaluationTable(report).text, terminator: "")
            if !summary {
                for article in report.articles where !article.misses.isEmpty || !article.falseAlarms.isEmpty {
                    print("\n\(article.id)")
                    for claim in article.misses { print("  miss         \(Self.describe(claim))") }
                    for claim in article.falseAlarms { print("  false alarm  \(Self.describe(claim))") }
                }
            }
            if let minF1, report.dyads.f1 < minF1 {
                throw CLIError(
                    "overall F1 on (holder, target, polarity) is \(EvaluationTable.format(report.dyads.f1)), below --min-f1 \(minF1)")
            }
        }

        /// The article, dated from its own header when it has one, else from the gold file.
        private func readArticle(_ url: URL, fallback: TimePoint?) throws -> Article {
            do {
                return try ArticleReader.read(contentsOf: url, published: options.published)
            } catch ExtractionError.noPublicationDate where fallback != nil {
                return try ArticleReader.read(contentsOf: url, published: fallback)
            }
        }

        /// "holder → target [topic] stance span: “quote”".
        static func describe(_ claim: StanceClaim) -> String {
            let quote = claim.evidence.first.map(\.quote) ?? ""
            let short = quote.count > 110 ? String(quote.prefix(107)) + "..." : quote
            return "\(claim.key.display)  \(claim.stance.level.rawValue)  \(claim.validTime)  “\(short)”"
        }
    }
}

/// The evaluation as a table: one row per article and an overall row.
struct EvaluationTable {
    let text: String

    init(_ report: EvaluationReport) {
        let header = ["article", "gold", "found", "match", "P", "R", "F1", "topic P", "topic R", "topic F1", "time"]
        var rows = report.articles.map { Self.row($0.id, $0.dyads, $0.topical, $0.timeAgreement) }
        rows.append(Self.row("overall (\(report.articles.count))", report.dyads, report.topical, report.timeAgreement))
        text = TextTable(header: header, rows: rows).text
    }

    private static func row(_ name: String, _ dyads: Score, _ topical: Score, _ time: Double) -> [String] {
        [
            name, String(dyads.gold), String(dyads.extracted), String(dyads.matched), format(dyads.precision),
            format(dyads.recall), format(dyads.f1), format(topical.precision), format(topical.recall),
            format(topical.f1), format(time),
        ]
    }

    /// "0.83".
    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
