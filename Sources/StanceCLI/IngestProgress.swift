import Foundation

/// Shows how an ingest goes on stderr: a bar with count, rate and time left on a terminal, a line
/// an article otherwise.
struct IngestProgress {
    let total: Int
    let terminal: Bool
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private(set) var done = 0

    init(total: Int, terminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.total = total
        self.terminal = terminal
    }

    /// Records one article done, with what became of it ("ingested", "unchanged", "failed: ...").
    mutating func step(_ path: String, _ what: String) {
        done += 1
        if terminal {
            let now = ContinuousClock.now
            if what.hasPrefix("failed") { FileHandleStandardError.write("\r\u{1B}[K\(path): \(what)\n") }
            if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
            lastDrawn = now
            FileHandleStandardError.write("\r\u{1B}[K" + bar(now: now))
        } else {
            FileHandleStandardError.write("[\(done)/\(total)] \(path): \(what)\n")
        }
    }

    /// Ends the bar's line.
    func finish() {
        if terminal && done > 0 { FileHandleStandardError.write("\n") }
    }

    /// "[#########-----------]  120/400  35.2 articles/s  0:08 left".
    func bar(now: ContinuousClock.Instant) -> String {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let elapsed = (now - started).seconds
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded(.up)) : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(done)/\(total)  " + String(format: "%.1f", rate) + " articles/s  "
            + String(format: "%d:%02d", left / 60, left % 60) + " left"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
