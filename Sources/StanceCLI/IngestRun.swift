import Foundation
import StanceExtraction
import StanceStore

/// Ingests the articles of a plan into a database, one savepoint an article and one transaction a
/// batch of them, and counts what happened.
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
    ///     thread, in plan order, so the result is the same for any number. A transaction is
    ///     committed every ``ArticleBatches/defaultMaxArticles`` articles or
    ///     ``ArticleBatches/defaultMaxSeconds`` seconds, and when the run stops.
    /// One article's line, waiting for its transaction to commit.
    private struct Step {
        var path: String
        /// Nil when the article failed.
        var outcome: IngestOutcome?
        var claims: Int
        /// The article stored, kept until its transaction commits in case it must be stored again.
        var document: ArticleDocument?
        var text: String
    }

    static func run(
        _ plan: IngestPlan, into database: StanceDatabase, progress: inout IngestProgress,
        extraction options: ExtractionOptions, minimumConfidence: Double = Extractor.defaultMinimumConfidence,
        jobs: Int = 1
    ) throws -> Summary {
        var summary = Summary()
        // The model's answers go into this database with the articles (unless --llm-cache names another).
        let cache =
            plan.hasTexts && options.extractor.usesModel && options.extractor.cachePath == nil
            ? DatabaseResponseCache(database: database, deferred: true) : nil
        let setup =
            plan.hasTexts ? try IngestExtraction(options: options, minimumConfidence: minimumConfidence, cache: cache) : nil
        let items = plan.items
        var failure: (any Error)?
        // What became of the articles of the open transaction: reported (and counted) once it commits,
        // so that every line printed names an article stored for good, in plan order.
        var waiting: [Step] = []
        func report() {
            for step in waiting {
                switch step.outcome {
                case .ingested?: summary.ingested += 1
                case .unchanged?: summary.unchanged += 1
                case .replaced?: summary.replaced += 1
                case nil: summary.failed += 1
                }
                if let outcome = step.outcome, outcome != .unchanged { summary.claims += step.claims }
                progress.step(step.path, step.text)
            }
            waiting.removeAll(keepingCapacity: true)
        }
        /// Stores again, one transaction each, the articles of a transaction a database failure lost,
        /// up to the first that fails too: what one transaction an article would have kept.
        func salvage(_ batches: ArticleBatches) {
            let lost = waiting
            waiting.removeAll()
            batches.rollback()
            for step in lost {
                if let document = step.document {
                    do {
                        try batches.ingest(document)
                        try batches.commit()
                    } catch {
                        batches.rollback()
                        break
                    }
                }
                waiting.append(step)
                report()
            }
        }
        /// Commits the open transaction; on a failure, keeps what ``salvage(_:)`` can and returns false.
        func commit(_ batches: ArticleBatches) -> Bool {
            do {
                try batches.commit()
                return true
            } catch {
                if failure == nil { failure = error }
                salvage(batches)
                return false
            }
        }
        // A big ingest into a small database builds the claim indexes once at its end.
        let bulkLoad = try database.prefersBulkLoad(articles: items.count)
        try database.ingestInBatches(bulkLoad: bulkLoad) { batches in
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
                    do {
                        // Answers of the articles read so far, even of one that then failed.
                        try cache?.flush(into: batches)
                        let document = try read.get()
                        let outcome = try batches.ingest(document)
                        waiting.append(
                            Step(
                                path: item.path, outcome: outcome, claims: document.claims.count, document: document,
                                text: outcome == .unchanged
                                    ? "unchanged" : "\(outcome.rawValue), \(document.claims.count) claims"))
                    } catch let error as StoreError where error.isDatabaseFailure {
                        failure = error
                        // SQLite rolled the whole transaction back (a full disk, say): store its articles again.
                        if batches.pending == 0 { salvage(batches) }
                        return false
                    } catch {
                        waiting.append(
                            Step(
                                path: item.path, outcome: nil, claims: 0, document: nil,
                                text: "failed: \((error as? LocalizedError)?.errorDescription ?? "\(error)")"))
                    }
                    if batches.isDue { guard commit(batches) else { return false } }
                    if batches.pending == 0 { report() }
                    return true
                })
            // Stopped by Ctrl-C or a database failure, or done: the articles before are stored whole.
            if commit(batches) { report() }
        }
        progress.finish()
        if let failure { throw failure }
        return summary
    }
}
