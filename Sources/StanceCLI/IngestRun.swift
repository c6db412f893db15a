import Foundation
import StanceExtraction
import StanceStore

/// Ingests the articles of a plan into a database, one transaction an article, and counts what happened.
///
/// An article that cannot be read (or extracted) is reported and skipped; a database failure (busy,
/// full, damaged, not writable) stops the run at once: every article before it is stored whole.
struct IngestRun {
    struct Summary: Equatable {
        var ingested = 0
        var unchanged = 0
        var replaced = 0
        var failed = 0
        /// Claims of the articles ingested or replaced.
        var claims = 0
        /// Whether Ctrl-C stopped the run before the last article.
        var interrupted = false

        /// Articles read so far, whatever became of them.
        var done: Int { ingested + unchanged + replaced + failed }

        var text: String {
            "\(ingested) ingested, \(unchanged) unchanged, \(replaced) replaced, \(failed) failed; "
                + "\(claims) claim\(claims == 1 ? "" : "s") stored"
        }
    }

    /// - Parameters:
    ///   - options: how texts without annotations are extracted; the lexicon is loaded (and a bad
    ///     user lexicon refused) before the first article, only when the plan has texts.
    ///   - minimumConfidence: extracted claims below it are not stored.
    ///   - jobs: threads that read and extract articles; the database is written on the calling
    ///     thread, one transaction an article, in plan order, so the result is the same for any number.
    static func run(
        _ plan: IngestPlan, into database: StanceDatabase, progress: inout IngestProgress,
        extraction options: ExtractionOptions, minimumConfidence: Double = Extractor.defaultMinimumConfidence,
        jobs: Int = 1
    ) throws -> Summary {
        var summary = Summary()
        let setup = plan.hasTexts ? try IngestExtraction(options: options, minimumConfidence: minimumConfidence) : nil
        let items = plan.items
        var failure: (any Error)?
        try OrderedWork.run(
            count: items.count, jobs: jobs,
            work: { index in
                Result {
                    try items[index].document {
                        guard let setup else { throw CLIError("internal: no extractor for a plan without texts") }
                        return setup
                    }
                }
            },
            consume: { index, read in
                if IngestInterrupt.requested {
                    summary.interrupted = true
                    return false
                }
                let item = items[index]
                let document: ArticleDocument
                let outcome: IngestOutcome
                do {
                    document = try read.get()
                    outcome = try database.ingest(document)
                } catch let error as StoreError where error.isDatabaseFailure {
                    failure = error
                    return false
                } catch {
                    summary.failed += 1
                    progress.step(item.path, "failed: \((error as? LocalizedError)?.errorDescription ?? "\(error)")")
                    return true
                }
                switch outcome {
                case .ingested: summary.ingested += 1
                case .unchanged: summary.unchanged += 1
                case .replaced: summary.replaced += 1
                }
                if outcome != .unchanged { summary.claims += document.claims.count }
                progress.step(
                    item.path, outcome == .unchanged ? "unchanged" : "\(outcome.rawValue), \(document.claims.count) claims")
                return true
            })
        progress.finish()
        if let failure { throw failure }
        return summary
    }
}
