import ArgumentParser
import Foundation
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph ingest PATH... [--db FILE]`.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store articles and their claims in a database, each article whole or not at all.",
            discussion: """
                Reads annotation files (NAME.stances.yaml), article texts and saved HTML pages \
                (.html, .htm), and folders of them (recursively); an article with no annotation \
                beside it is extracted. An article already \
                stored with the same content is left alone; a changed one has its claims replaced. \
                Interrupted, the database holds every article fully or not at all: run again to finish.
                """)

        @Argument(help: ArgumentHelp("Article texts, HTML pages, annotation files, or folders of them.", valueName: "path"))
        var paths: [String]

        @OptionGroup var database: DatabaseOption

        @OptionGroup var extraction: ExtractionOptions

        @OptionGroup var confidence: ExtractionConfidenceOption

        @OptionGroup var jobs: JobsOption

        func validate() throws {
            if paths.isEmpty { throw ValidationError("Give at least one article, annotation file or folder.") }
        }

        func run() throws {
            let plan = try IngestPlan(paths: paths)
            let store = try database.open(mustExist: false)
            var progress = IngestProgress(total: plan.items.count)
            IngestInterrupt.install()
            let summary = try IngestRun.run(
                plan, into: store, progress: &progress, extraction: extraction, minimumConfidence: confidence.minimum,
                jobs: jobs.count)
            let counts = try store.counts()
            print(
                (summary.interrupted
                    ? "Interrupted after \(summary.done) of \(counted(plan.items.count, "article")) into \(database.db): "
                    : "Ingested \(counted(plan.items.count, "article")) into \(database.db): ")
                    + "\(summary.text). "
                    + "The database holds \(counted(counts.articles, "article")), \(counted(counts.claims, "claim")).")
            if summary.interrupted {
                throw CLIError("interrupted: every article stored is whole; run the same command again to ingest the rest")
            }
            if summary.failed > 0 {
                throw CLIError("\(summary.failed) of \(plan.items.count) articles failed (see above); the others are stored")
            }
        }
    }
}
