import StanceModel

/// Finds time phrases in sentences and resolves them against the publication date and events.
public struct TimeResolver: Sendable {
    public var events: EventLexicon
    public var published: TimePoint
    /// The event the article is framed by (see `framingEvent(of:events:)`), dating "now".
    public var framingEvent: Event?

    public init(events: EventLexicon, published: TimePoint, framingEvent: Event? = nil) {
        self.events = events
        self.published = published
        self.framingEvent = framingEvent
    }

    /// Every time phrase in `range` of `text`, in order.
    public func mentions(in text: String, range: Range<String.Index>) -> [TimeMention] {
        []
    }

    /// When a stance stated in this sentence holds: the span, the phrase(s) it was read from,
    /// and whether the sentence describes it as past.
    public func validTime(
        in text: String, sentence: Range<String.Index>, clause: Range<String.Index>? = nil
    ) -> ResolvedTime {
        ResolvedTime(span: TimeSpan(from: framingEvent?.date ?? published, until: nil) ?? .always)
    }

    /// The event an article is framed by: the event named in the title or the first paragraphs,
    /// dated on or before publication (and at most about two years before), the latest such.
    public static func framingEvent(of article: Article, events: EventLexicon) -> Event? {
        nil
    }
}
