import Foundation

/// Shows how an ingest goes on stderr: a bar with count, rate and time left on a terminal, a line
/// an article otherwise.
struct IngestProgress {
    let total: Int
    let terminal: Bool
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private(set) var done = 0
    /// (time, articles done) when the bar was drawn, over the last ``window``: the rate and the time
    /// left come from them, so that a slow start (loading the lexicon, the first batch) does not
    /// weigh on the estimate for the rest of the run.
    private var samples: [(at: ContinuousClock.Instant, done: Int)] = []
    static let window = Duration.seconds(10)

    init(total: Int, terminal: Bool = isatty(STDERR_FILENO) != 0, started: ContinuousClock.Instant = .now) {
        self.total = total
        self.terminal = terminal
        self.started = started
    }

    /// Notes that `done` articles are done at `now`, for the rate.
    mutating func record(_ done: Int, at now: ContinuousClock.Instant) {
        self.done = done
        samples.append((now, done))
        while samples.count > 2, let first = samples.first, now - first.at > Self.window { samples.removeFirst() }
    }

    /// Records one article done, with what became of it ("ingested", "unchanged", "failed: ...").
    mutating func step(_ path: String, _ what: String) {
        done += 1
        if terminal {
            let now = ContinuousClock.now
            if what.hasPrefix("failed") { FileHandleStandardError.write("\r\u{1B}[K\(path): \(what)\n") }
            if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
            lastDrawn = now
            record(done, at: now)
            FileHandleStandardError.write("\r\u{1B}[K" + bar(now: now))
        } else {
            FileHandleStandardError.write("[\(done)/\(total)] \(path): \(what)\n")
        }
    }

    /// Ends the bar's line.
    func finish() {
        if terminal && done > 0 { FileHandleStandardError.write("\n") }
    }

    /// "[#########-----------]  120/400  35.2 articles/s  0:08 left": the rate over the last
    /// ``window`` (since the start until then), and "--:-- left" until a second has passed.
    func bar(now: ContinuousClock.Instant) -> String {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        var from = (at: started, done: 0)
        if let first = samples.first, first.done < done, now - first.at >= .seconds(1) { from = first }
        let elapsed = (now - from.at).seconds
        let rate = elapsed > 0 ? Double(done - from.done) / elapsed : 0
        var left = "--:--"
        if rate > 0 && (now - started) >= .seconds(1) {
            let seconds = Int((Double(total - done) / rate).rounded(.up))
            left = seconds >= 3600
                ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String(format: "%d:%02d", seconds / 60, seconds % 60)
        }
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(done)/\(total)  " + String(format: "%.1f", rate) + " articles/s  " + left + " left"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
