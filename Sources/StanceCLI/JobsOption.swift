import ArgumentParser
import Foundation

/// `--jobs N` of the commands that ingest (`build`, `ingest`): how many threads read and extract
/// articles. Storing stays on one thread, in order, so any number gives the same database.
struct JobsOption: ParsableArguments {
    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp("Threads that read and extract articles (default: one per core).", valueName: "N"))
    var requested: Int?

    /// The number of threads: as requested, or one per active core.
    var count: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let requested, requested < 1 { throw ValidationError("--jobs must be at least 1, not \(requested).") }
    }
}
