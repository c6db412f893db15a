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
        var gold: [String] = []

        @Option(
            help: ArgumentHelp(
                "A gold file of coded tuples for pages kept apart (corpus/web/gold.yaml); repeatable.", valueName: "file"))
        var goldTuples: [String] = []

        @Option(help: ArgumentHelp("The folder of the page texts (ID.txt) that --gold-tuples codes.", valueName: "dir"))
        var texts: String?

        @OptionGroup var options: ExtractionOptions

        @OptionGroup var confidence: ExtractionConfidenceOption

        @Option(
            help: ArgumentHelp(
                "Write how often each extraction rule was right to FILE (the calibration the extractor reads).",
                valueName: "file"))
        var calibrate: String?

        @Flag(help: "Print only the tables, not the misses and false alarms.")
        var summary = false

        @Flag(help: "Print the precision of each extraction rule (and polarity) too.")
        var byRule = false

        @Option(help: "Exit non-zero when the overall F1 on (holder, target, polarity) is below this.")
        var minF1: Double?

        func validate() throws {
            if gold.isEmpty, goldTuples.isEmpty { throw ValidationError("Give a gold folder with --gold DIR or a gold file with --gold-tuples FILE.") }
            if !goldTuples.isEmpty, texts == nil { throw ValidationError("--gold-tuples needs --texts DIR, the folder of the page texts.") }
            if let minF1, !(0...1).contains(minF1) { throw ValidationError("--min-f1 must be between 0 and 1.") }
        }

        func run() throws {
            let lexicon = try options.lexicon()
            let extractor = try options.extractor.extractor(lexicon: lexicon)
            let standing = ActorStanding(lexicon: lexicon.actors)
            var evaluations = try annotationEvaluations(extractor: extractor, standing: standing)
            evaluations += try tupleEvaluations(extractor: extractor, standing: standing)
            // Every claim for the reliability table and the calibration; those at the minimum
            // confidence for the scores.
            let everything = EvaluationReport(articles: evaluations.map(\.all))
            let report = EvaluationReport(articles: evaluations.map(\.kept))
            if confidence.minimum > 0 { print("At confidence ≥ \(EvaluationTable.format(confidence.minimum)):") }
            print(EvaluationTable(report).text, terminator: "")
            print("\nReliability (every extracted (holder, target, polarity) tuple, by confidence):")
            print(ReliabilityTable(everything).text, terminator: "")
            if options.extractor.usesModel {
                print("")
                print(extractor.tally.text(merged: options.extractor.kind == .both), terminator: "")
            }
            if let calibrate {
                let counts = everything.outcomesByKey().mapValues { Calibration.Count(claims: $0.claims, correct: $0.correct) }
                let table = Calibration(counts: counts, measuredOn: gold + goldTuples)
                let header = """
                    How often each extraction rule was right: extracted (holder, target, polarity) tuples and
                    those the gold holds, per rule key (rule/polarity/flags, see RuleClass.swift), counted by
                    `stancegraph eval --calibrate` on the development sets below (make calibrate). A claim's
                    confidence is its key's precision, shrunk toward the less specific key (Calibration.swift).
                    """
                try AtomicFile.write(Data(table.yaml(header: header).utf8), to: URL(fileURLWithPath: calibrate))
                FileHandleStandardError.write("Wrote \(calibrate): \(counts.count) rule keys over \(counts["all"]?.claims ?? 0) extracted tuples.\n")
            }
            if byRule {
                let rows = report.outcomesByKey().sorted { $0.key < $1.key }.map { key, value in
                    [key, String(value.claims), String(value.correct), EvaluationTable.format(Double(value.correct) / Double(max(1, value.claims)))]
                }
                print("\nBy rule:")
                print(TextTable(header: ["rule", "claims", "correct", "precision"], rows: rows).text, terminator: "")
            }
            let listing = options.extractor.verbose || (!summary && goldTuples.isEmpty)
            if listing {
                for article in report.articles where !article.dyadMisses.isEmpty || !article.dyadFalseAlarms.isEmpty || !article.timeMismatches.isEmpty {
                    print("\n\(article.id)")
                    for claim in article.dyadMisses { print("  miss         \(Self.describe(claim))") }
                    let keys = Dictionary(article.outcomes.map { ($0.claim, $0.key) }, uniquingKeysWith: { a, _ in a })
                    for claim in article.dyadFalseAlarms {
                        let key = keys[claim].flatMap { $0 }.map { " {\($0)}" } ?? ""
                        print("  false alarm  \(Self.describe(claim))\(key)")
                    }
                    for (gold, extracted) in article.timeMismatches {
                        let phrase = extracted.evidence.first?.timePhrase.map { " (from “\($0)”)" } ?? ""
                        print("  time         \(gold.key.display)  gold \(gold.validTime), extracted \(extracted.validTime)\(phrase)  “\(Self.short(gold.evidence.first?.quote ?? ""))”")
                    }
                }
            }
            if let minF1, report.dyads.f1 < minF1 {
                throw CLIError(
                    "overall F1 on (holder, target, polarity) is \(EvaluationTable.format(report.dyads.f1)), below --min-f1 \(minF1)")
            }
        }

        /// The articles of the hand-coded annotation folders, each extracted and compared.
        private func annotationEvaluations(extractor: ChosenExtractor, standing: ActorStanding) throws -> [Evaluated] {
            guard !gold.isEmpty else { return [] }
            let files = try AnnotationLoader.inputs(for: gold.map { URL(fileURLWithPath: $0) }).compactMap { input in
                if case .annotationFile(let url) = input { return url }
                return nil
            }
            guard !files.isEmpty else { throw CLIError("no hand-coded annotation file (NAME.stances.yaml) in \(gold.joined(separator: ", "))") }
            let lexicon = extractor.rules.lexicon
            return try files.map { file in
                let annotation = try AnnotationFile.load(from: file)
                let textURL = URL(fileURLWithPath: annotation.article.textPath, relativeTo: file.deletingLastPathComponent())
                let article = try readArticle(textURL, fallback: annotation.article.published)
                let result = try extractor.extract(article)
                let alignment = ActorAlignment(
                    goldActors: annotation.actors, knows: { lexicon.actors.actor(id: $0) != nil },
                    resolve: { lexicon.actors.resolve($0) })
                let gold = annotation.claims.map { claim in
                    var claim = claim
                    claim.source = alignment.map(claim.source)
                    claim.target = alignment.map(claim.target)
                    return claim
                }
                return evaluate(
                    result, gold: gold, standing: standing, id: annotation.article.id,
                    topics: TopicMatching(topics: annotation.topics + result.topics), timeAgrees: ArticleEvaluation.spansAgree)
            }
        }

        /// The pages of the tuple gold files whose text is in --texts; a page without one is
        /// skipped with a notice, and so is one whose text differs from the text coded.
        private func tupleEvaluations(extractor: ChosenExtractor, standing: ActorStanding) throws -> [Evaluated] {
            guard let texts else { return [] }
            let lexicon = extractor.rules.lexicon
            var evaluations: [Evaluated] = []
            for path in goldTuples {
                let goldFile = try TupleGold.load(from: URL(fileURLWithPath: path))
                var skipped = 0
                for page in goldFile.pages {
                    let textURL = URL(fileURLWithPath: texts).appendingPathComponent(page.id + ".txt")
                    guard FileManager.default.fileExists(atPath: textURL.path) else {
                        skipped += 1
                        FileHandleStandardError.write("notice: \(page.id): no text at \(textURL.path); skipped\n")
                        continue
                    }
                    if let expected = page.sha256, let data = FileManager.default.contents(atPath: textURL.path),
                        ContentHash.of(data: data) != expected
                    {
                        skipped += 1
                        FileHandleStandardError.write("notice: \(page.id): \(textURL.path) is not the text that was coded (SHA-256 differs); skipped\n")
                        continue
                    }
                    var article = try ArticleReader.read(contentsOf: textURL, published: page.published)
                    article.url = article.url ?? page.url
                    if article.outlet == nil { article.outlet = page.outlet }
                    let result = try extractor.extract(article)
                    let alignment = ActorAlignment(
                        goldActors: page.actors, knows: { lexicon.actors.actor(id: $0) != nil },
                        resolve: { lexicon.actors.resolve($0) })
                    let gold = page.claims.map { tuple in
                        var claim = tuple.claim(document: page.id, published: page.published)
                        claim.source = alignment.map(claim.source)
                        claim.target = alignment.map(claim.target)
                        return claim
                    }
                    let goldTopics = page.claims.compactMap(\.goldTopic)
                    evaluations.append(
                        evaluate(
                            result, gold: gold, standing: standing, id: page.id,
                            topics: TopicMatching(topics: goldTopics + result.topics), timeAgrees: ArticleEvaluation.pageSpansAgree(published: page.published)))
                }
                if skipped > 0 {
                    FileHandleStandardError.write(
                        "notice: \(skipped) of \(goldFile.pages.count) pages of \(path) skipped; fill \(texts) with scripts/web-texts.sh\n")
                }
            }
            return evaluations
        }

        /// One article compared with every claim extracted, and with those at the minimum confidence.
        typealias Evaluated = (all: ArticleEvaluation, kept: ArticleEvaluation)

        private func evaluate(
            _ result: ExtractionResult, gold: [StanceClaim], standing: ActorStanding, id: String, topics: TopicMatching,
            timeAgrees: @escaping (TimeSpan, TimeSpan) -> Bool
        ) -> Evaluated {
            let aligned = standing.align(result.claims, to: gold)
            let all = ArticleEvaluation(id: id, gold: gold, extracted: aligned, keys: result.keys, topics: topics, timeAgrees: timeAgrees)
            let keep = aligned.indices.filter { aligned[$0].confidence >= confidence.minimum }
            guard keep.count < aligned.count else { return (all, all) }
            let kept = ArticleEvaluation(
                id: id, gold: gold, extracted: keep.map { aligned[$0] }, keys: keep.map { result.keys[$0] }, topics: topics,
                timeAgrees: timeAgrees)
            return (all, kept)
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
            "\(claim.key.display)  \(claim.stance.level.rawValue)  \(claim.validTime)  “\(short(claim.evidence.first.map(\.quote) ?? ""))”"
        }

        /// A quote cut to 110 characters.
        static func short(_ quote: String) -> String { quote.count > 110 ? String(quote.prefix(107)) + "..." : quote }
    }
}

/// The reliability table: extracted tuples binned by confidence, with the precision observed.
struct ReliabilityTable {
    let text: String

    init(_ report: EvaluationReport) {
        let rows = report.reliability().filter { $0.claims > 0 }.map { bin in
            [
                "\(EvaluationTable.format(bin.range.lowerBound))–\(EvaluationTable.format(min(1, bin.range.upperBound)))",
                String(bin.claims), String(bin.correct), bin.precision.map(EvaluationTable.format) ?? "-",
            ]
        }
        text = TextTable(header: ["confidence", "claims", "correct", "precision"], rows: rows).text
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
