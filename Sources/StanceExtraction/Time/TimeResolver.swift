import StanceModel

/// Finds time phrases in sentences and resolves them against the publication date and events.
///
/// Build one per article: it indexes the event lexicon once, then each call scans only the
/// range it is given, in linear time.
public struct TimeResolver: Sendable {
    /// The lexicon-derived parts, shared by every copy: the clause walk holds a resolver per
    /// sentence, and a reference keeps that copy small.
    final class Shared: Sendable {
        let events: EventLexicon
        let framingEvent: Event?
        let eventIndex: PhraseTrie<Int>
        let startWords: WordTable<Bool>

        init(events: EventLexicon, framingEvent: Event?) {
            self.events = events
            self.framingEvent = framingEvent
            eventIndex = events.index
            startWords = events.startWords
        }
    }

    let shared: Shared
    /// The event lexicon phrases are resolved with.
    public var events: EventLexicon { _read { yield shared.events } }
    public let published: TimePoint
    /// The event the article is framed by (see `framingEvent(of:events:)`), dating "now".
    public var framingEvent: Event? { _read { yield shared.framingEvent } }
    var eventIndex: PhraseTrie<Int> { _read { yield shared.eventIndex } }
    /// Words a time phrase can start with (events, dates, relative phrases).
    var startWords: WordTable<Bool> { _read { yield shared.startWords } }
    /// The word tables, held here so that hot loops do not go through lazy static initialisers.
    let words = TimeWords.shared
    let grammar = DateGrammar.shared

    /// At most this many tokens of one range are scanned (a longer sentence is scanned in its head).
    static let maxTokens = 4000

    public init(events: EventLexicon, published: TimePoint, framingEvent: Event? = nil) {
        shared = Shared(events: events, framingEvent: framingEvent)
        self.published = published
    }

    /// Every time phrase in `range` of `text`, in order.
    public func mentions(in text: String, range: Range<String.Index>) -> [TimeMention] {
        let utf8 = text.utf8
        let base = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        var found = scan(text, range)
        resolveAnaphors(&found, in: text, sentence: range, scope: range)
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: base + offset) }
        return found.map { m in
            let r = index(m.start)..<index(m.end)
            return TimeMention(kind: m.kind, range: r, phrase: String(text[r]), point: m.point, relation: m.relation)
        }
    }

    /// The raw mentions of `range`, with offsets relative to its start; `tokens`, when given, are
    /// the range's `WordTokenizer` tokens, all of them (fewer than `maxTokens`), made before.
    func scan(_ text: String, _ range: Range<String.Index>, tokens: [WordToken]? = nil) -> [RawTimeMention] {
        let slice = text.utf8[range]
        if let result = slice.withContiguousStorageIfAvailable({ scan($0, tokens: tokens) }) { return result }
        let copy = Array(slice)
        return copy.withUnsafeBufferPointer { scan($0, tokens: tokens) }
    }

    /// The raw mentions of `bytes`, in order, none overlapping.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, tokens known: [WordToken]? = nil) -> [RawTimeMention] {
        let tokens = known.flatMap { $0.count < Self.maxTokens ? $0 : nil } ?? WordTokenizer.tokens(bytes, limit: Self.maxTokens)
        var result: [RawTimeMention] = []
        var contextYear: Int?
        var i = 0
        while i < tokens.count {
            // Most words start no time phrase: one lookup skips them. No phrase starts with a
            // punctuation mark (each reader below turns one away at once): skipped too.
            if tokens[i].kind == .punctuation || (tokens[i].kind == .word && startWords[tokens[i].hash] == nil) {
                i += 1
                continue
            }
            if let m = eventMention(tokens, at: i, bytes: bytes) ?? decadeMention(tokens, at: i)
                ?? dateMention(tokens, at: i, bytes: bytes, contextYear: contextYear) ?? pastPeriodMention(tokens, at: i)
                ?? openOriginMention(tokens, at: i) ?? relativeMention(tokens, at: i)
            {
                if m.kind == .date || m.kind == .future, let p = m.point { contextYear = p.year }
                // A preposition taken into the phrase may precede an earlier mention's end: keep order, no overlap.
                var m = m
                if let last = result.last, m.start < last.end { m.start = max(m.start, last.end) }
                result.append(m)
                i = max(m.endToken, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }
}

/// A time phrase in byte offsets, with what `validTime` needs beyond `TimeMention`.
struct RawTimeMention: Sendable, Hashable {
    var kind: TimeMention.Kind
    var start: Int
    var end: Int
    var endToken: Int
    var point: TimePoint?
    var relation: TimeMention.Relation
    /// Whether a preposition or prefix gave the relation ("after", "since", "post-").
    var explicit: Bool
    /// The relative rule, for tense markers and relative phrases.
    var rule: RelativeRule?
    /// For an event, the date written with it ("the invasion of Avalon in 2003"), as written.
    var writtenPoint: TimePoint? = nil
    /// For a period ("the late 2000s"), its last point; `point` is its first (its last for "until").
    var endPoint: TimePoint? = nil
    /// "since its founding": a start the text leaves undated.
    var isOpenOrigin = false
}
