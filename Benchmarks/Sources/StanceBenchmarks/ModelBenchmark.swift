import Foundation
import StanceModel
import StanceTestSupport

/// How many times to run each model operation.
struct ModelRuns: Codable, Sendable {
    var build: Int
    var latestDate: Int
    var snapshot: Int
    var shift: Int

    static let full = ModelRuns(build: 5, latestDate: 5, snapshot: 21, shift: 11)
    static let quick = ModelRuns(build: 1, latestDate: 1, snapshot: 5, shift: 3)
}

/// What one synthetic graph size measured, in one fresh process.
struct ModelResult: Codable, Sendable {
    var claims: Int
    var actors: Int
    var seed: UInt64
    var keys = 0
    var midDate = ""
    var latestDate = ""
    /// `SyntheticGraph.make`: generating the claims and building the graph, once.
    var generateAndBuildSeconds = 0.0
    /// `StanceGraph.init` over the generated actors, topics and claims.
    var build = Samples(seconds: [])
    /// `StanceGraph.latestDate`, which `shift(around:)` calls.
    var latestDateTimes = Samples(seconds: [])
    var snapshotMid = Samples(seconds: [])
    var snapshotLatest = Samples(seconds: [])
    var shift = Samples(seconds: [])
    /// Reading every entry of the mid-date snapshot and of the shift as values (claims, ties, evidence).
    var snapshotRead = Samples(seconds: [])
    var shiftRead = Samples(seconds: [])
    var entriesMid = 0
    var entriesLatest = 0
    var shiftEntries = 0
    /// ru_maxrss right after the graph was made, and after the snapshots and shifts.
    var peakRSSAfterBuild: Int?
    var peakRSS: Int?
    /// Current RSS (after `malloc_trim`) before making the graph and while holding it.
    var rssBefore: Int?
    var rssWithGraph: Int?
    /// Heap in use before making the graph and while holding it.
    var heapBefore: Int?
    var heapWithGraph: Int?
    var checksum = Checksum()
}

enum ModelBenchmark {
    static let actorCount = 10_000
    static let seed: UInt64 = 42

    /// Runs every model measurement on one synthetic graph. Meant to run alone in a fresh process
    /// so that the peak RSS is this graph's.
    static func run(claims claimCount: Int, runs: ModelRuns) -> ModelResult {
        var result = ModelResult(claims: claimCount, actors: actorCount, seed: seed)
        var checksum = Checksum()
        Memory.trim()
        result.rssBefore = Memory.currentRSS()
        result.heapBefore = Memory.heapInUse()

        progress("model \(claimCount): generating and building")
        let (graph, made) = timeOnce { SyntheticGraph.make(claims: claimCount, actors: actorCount, seed: seed) }
        result.generateAndBuildSeconds = made
        result.peakRSSAfterBuild = Memory.peakRSS()
        Memory.trim()
        result.rssWithGraph = Memory.currentRSS()
        result.heapWithGraph = Memory.heapInUse()

        progress("model \(claimCount): latestDate")
        var latest: TimePoint?
        result.latestDateTimes = measure(runs: runs.latestDate, warmUp: 0, checksum: &checksum) {
            latest = graph.latestDate
            return latest?.firstDay ?? 0
        }
        let first = TimePoint(dayNumber: 10_957)  // 2000-01-01, where SyntheticGraph starts
        let last = latest ?? first
        let mid = TimePoint(dayNumber: (first.firstDay + last.firstDay) / 2)
        result.midDate = mid.description
        result.latestDate = last.description

        progress("model \(claimCount): snapshots")
        result.snapshotMid = measure(runs: runs.snapshot, warmUp: 2, checksum: &checksum) {
            let snapshot = graph.snapshot(at: mid)
            result.entriesMid = snapshot.entries.count
            return snapshot.entries.count + snapshot.actors.count
        }
        let midSnapshot = graph.snapshot(at: mid)
        result.snapshotRead = measure(runs: runs.shift, warmUp: 1, checksum: &checksum) {
            midSnapshot.entries.reduce(0) { $0 + 1 + $1.ties.count + $1.claim.evidence.count }
        }
        result.snapshotLatest = measure(runs: runs.snapshot, warmUp: 2, checksum: &checksum) {
            let snapshot = graph.snapshot(at: last)
            result.entriesLatest = snapshot.entries.count
            return snapshot.entries.count + snapshot.actors.count
        }

        progress("model \(claimCount): shift")
        result.shift = measure(runs: runs.shift, warmUp: 1, checksum: &checksum) {
            let shift = graph.shift(from: mid, to: last)
            result.shiftEntries = shift.entries.count
            return shift.count(.flipped) + shift.entries.count + shift.actors.count
        }
        let shift = graph.shift(from: mid, to: last)
        result.shiftRead = measure(runs: runs.shift, warmUp: 1, checksum: &checksum) {
            shift.entries.reduce(0) { $0 + 1 + ($1.before?.ties.count ?? 0) + ($1.after?.claim.evidence.count ?? 0) }
        }
        result.peakRSS = Memory.peakRSS()

        // From here on the process holds more than the graph: these come after the peak was read.
        progress("model \(claimCount): build (StanceGraph.init)")
        let actors = graph.sortedActors
        let topics = graph.sortedTopics
        let claims = graph.claims
        result.build = measure(runs: runs.build, warmUp: 0, checksum: &checksum) {
            do {
                let rebuilt = try StanceGraph(
                    actors: actors, topics: topics, events: graph.events, claimSequence: claims)
                return rebuilt.claims.count
            } catch {
                preconditionFailure("rebuilding the synthetic graph failed: \(error)")
            }
        }
        result.keys = Set(claims.lazy.map(\.key)).count
        result.checksum = checksum
        return result
    }
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("· \(message)\n".utf8))
}

extension ModelBenchmark {
    /// Builds one synthetic graph, then runs one operation `times` times: a target for a profiler.
    static func loop(_ operation: String, claims claimCount: Int, times: Int) {
        let graph = SyntheticGraph.make(claims: claimCount, actors: actorCount, seed: seed)
        let last = graph.latestDate ?? TimePoint(dayNumber: 10_957)
        let mid = TimePoint(dayNumber: (10_957 + last.firstDay) / 2)
        var checksum = Checksum()
        progress("looping \(operation) \(times) times over \(claimCount) claims")
        for _ in 0..<times {
            switch operation {
            case "snapshot": checksum.consume(graph.snapshot(at: mid).entries.count)
            case "shift": checksum.consume(graph.shift(from: mid, to: last).entries.count)
            case "latestDate": checksum.consume(graph.latestDate?.firstDay ?? 0)
            case "build":
                let rebuilt = try? StanceGraph(
                    actors: graph.sortedActors, topics: graph.sortedTopics, claimSequence: graph.claims)
                checksum.consume(rebuilt?.claims.count ?? 0)
            default:
                progress("unknown operation \(operation): snapshot, shift, latestDate or build")
                return
            }
        }
        print(checksum.value)
    }
}
