import Foundation
import StanceExtraction
import StanceModel
import StanceStore

/// The database `build` keeps in its output folder, so that the main command's graph persists.
enum BuildDatabase {
    static let fileName = "stancegraph.sqlite"

    /// Ingests `folder` into `OUT/stancegraph.sqlite` and returns the database's whole graph.
    ///
    /// - Parameters:
    ///   - useAnnotations: take a text's hand-coded `NAME.stances.yaml` instead of extracting it.
    ///   - minimumConfidence: extracted claims below it are not stored.
    ///   - jobs: threads that read and extract articles (see ``IngestRun``).
    static func ingest(
        folder: String, out: URL, useAnnotations: Bool, extraction: ExtractionOptions,
        minimumConfidence: Double = Extractor.defaultMinimumConfidence, jobs: Int = 1
    ) throws -> StanceGraph {
        let path = out.appendingPathComponent(fileName).relativePath
        let store = try DatabaseOption.open(path, mustExist: false)
        let plan = try IngestPlan(paths: [folder], useAnnotations: useAnnotations)
        var progress = IngestProgress(total: plan.items.count, terminal: false)
        let summary = try IngestRun.run(
            plan, into: store, progress: &progress, extraction: extraction, minimumConfidence: minimumConfidence,
            jobs: jobs)
        if summary.failed > 0 { throw CLIError("\(summary.failed) of \(plan.items.count) articles failed (see above)") }
        print("  \(path): \(summary.text)")
        return try store.loadGraph()
    }
}
