import Foundation
import StanceLLM

/// What the model did over a run, for `eval`'s summary: articles, requests (and how many the cache
/// answered), claims proposed, kept and dropped by reason, agreements and conflicts with the rules,
/// and the time spent waiting for the model.
final class ModelTally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var articles = 0
    private(set) var requests = 0
    private(set) var cached = 0
    private(set) var proposed = 0
    private(set) var kept = 0
    private(set) var rejected: [RejectionReason: Int] = [:]
    private(set) var agreements = 0
    private(set) var conflicts = 0
    /// Seconds spent in the model extractor (requests, parsing, verification).
    private(set) var seconds = 0.0

    func add(_ extraction: LLMExtraction, seconds: Double) {
        lock.withLock {
            articles += 1
            requests += extraction.requests
            cached += extraction.cached
            proposed += extraction.proposed
            kept += extraction.result.claims.count
            for rejection in extraction.rejections { rejected[rejection.reason, default: 0] += 1 }
            self.seconds += seconds
        }
    }

    func add(agreements: Int, conflicts: Int) {
        lock.withLock {
            self.agreements += agreements
            self.conflicts += conflicts
        }
    }

    /// Two or three lines: counts, rejections by reason (most frequent first), and for `both`
    /// the agreements and conflicts.
    func text(merged: Bool) -> String {
        lock.withLock {
            let perArticle = articles == 0 ? 0 : seconds / Double(articles)
            var lines = [
                "Model: \(articles) articles, \(requests) requests (\(cached) from the cache), "
                    + String(format: "%.1f s waiting (%.1f s an article); ", seconds, perArticle)
                    + "\(proposed) claims proposed, \(kept) kept, \(proposed - kept) dropped"
            ]
            let reasons = rejected.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }
            if !reasons.isEmpty { lines.append("Dropped: " + reasons.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")) }
            if merged { lines.append("Rules and model: \(agreements) agreements, \(conflicts) conflicts (both kept)") }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
