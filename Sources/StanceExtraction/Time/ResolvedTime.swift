import StanceModel

/// When a stance stated in a sentence holds, and the phrase(s) that say so.
public struct ResolvedTime: Sendable, Hashable {
    public var span: TimeSpan
    /// The time phrase(s) the span was read from, as written ("Initially ... October 7, 2023").
    public var phrase: String?
    /// Whether the sentence describes the stance as past: its end is then set by the extractor
    /// to where the next stance on the same key begins.
    public var isPast: Bool
    /// Whether the stance is only announced or hedged for the future ("will", "plans to").
    public var isHedgedFuture: Bool

    public init(span: TimeSpan, phrase: String? = nil, isPast: Bool = false, isHedgedFuture: Bool = false) {
        self.span = span
        self.phrase = phrase
        self.isPast = isPast
        self.isHedgedFuture = isHedgedFuture
    }
}
