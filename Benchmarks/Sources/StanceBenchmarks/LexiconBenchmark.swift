import Foundation
import StanceExtraction

/// Loading the bundled lexicon: parsing its embedded YAML files and building the matching
/// indexes, as every extracting command does once before its first article.
enum LexiconBenchmark {
    struct Result: Sendable {
        /// The first load in this process (nothing cached, the embedded bytes first touched).
        var first: Double
        /// Later loads of the whole lexicon.
        var whole: Samples
        var actors: Samples
        var cues: Samples
        var events: Samples
        var actorCount: Int
        var cueCount: Int
        var eventCount: Int
    }

    static func run(runs: Int, checksum: inout Checksum) throws -> Result {
        let (lexicon, first) = try timeOnce { try Lexicon.bundled() }
        checksum.consume(lexicon.actors.entries.count)
        let whole = try measure(runs: runs, checksum: &checksum) { try Lexicon.bundled().actors.entries.count }
        let actors = try measure(runs: runs, checksum: &checksum) { try ActorLexicon.bundled().entries.count }
        let cues = try measure(runs: runs, checksum: &checksum) { try CueLexicon.bundled().cues.count }
        let events = try measure(runs: runs, checksum: &checksum) { try EventLexicon.bundled().events.count }
        return Result(
            first: first, whole: whole, actors: actors, cues: cues, events: events,
            actorCount: lexicon.actors.entries.count, cueCount: lexicon.cues.cues.count,
            eventCount: lexicon.events.events.count)
    }

    static func markdown(_ result: Result) -> String {
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        func row(_ what: String, _ samples: Samples) -> String {
            "| \(what) | \(ms(samples.median)) | \(ms(samples.min)) | \(samples.runs) |"
        }
        return """

            ## Loading the bundled lexicon

            \(result.actorCount) actors, \(result.cueCount) cues, \(result.eventCount) events; first load in the process: \(ms(result.first)).

            | part | median | min | runs |
            |---|---:|---:|---:|
            \(row("whole lexicon (`Lexicon.bundled()`)", result.whole))
            \(row("actors (9 files, parse + index)", result.actors))
            \(row("cues", result.cues))
            \(row("events", result.events))
            """
    }
}
