import StanceExtraction
import StanceModel

/// What the language-model extractor made of one article: the verified claims as an
/// ``ExtractionResult`` and the proposals it dropped.
public struct LLMExtraction: Sendable {
    public var result: ExtractionResult
    /// Every proposed claim verification dropped, with the reason.
    public var rejections: [Rejection]
    /// How many claims the model proposed (kept and dropped).
    public var proposed: Int
    /// Requests made (a chunk with no sentence naming two actors makes none), those answered from the
    /// cache included.
    public var requests: Int
    /// Requests answered from the cache, not sent.
    public var cached: Int

    public init(result: ExtractionResult, rejections: [Rejection] = [], proposed: Int = 0, requests: Int = 0, cached: Int = 0) {
        self.result = result
        self.rejections = rejections
        self.proposed = proposed
        self.requests = requests
        self.cached = cached
    }

    /// Rejections counted by reason, most frequent first ("3 target-not-in-sentence, 1 time-unresolved").
    public var rejectionSummary: String {
        var counts: [RejectionReason: Int] = [:]
        for rejection in rejections { counts[rejection.reason, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key.rawValue) < ($0.value, $1.key.rawValue) }
            .map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ")
    }
}
