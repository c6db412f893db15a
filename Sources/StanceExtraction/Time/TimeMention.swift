import StanceModel

/// A time phrase found in a text: an absolute date, a relative one, an event, or a tense marker.
public struct TimeMention: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case date, relative
        /// A reference to an event of the lexicon, by id.
        case event(String)
        case present, past, future
    }

    /// What the phrase says about the span of a stance stated with it.
    public enum Relation: Sendable, Hashable {
        /// In 2003, during X: from and until the point.
        case at
        /// Since X, after X: from the point.
        case from
        /// Until X, before X: until the point.
        case until
    }

    public var kind: Kind
    /// Where in the text.
    public var range: Range<String.Index>
    /// The phrase as written ("last year", "October 7, 2023", "post-Assad").
    public var phrase: String
    /// The time it denotes, if any.
    public var point: TimePoint?
    public var relation: Relation

    public init(kind: Kind, range: Range<String.Index>, phrase: String, point: TimePoint?, relation: Relation) {
        self.kind = kind
        self.range = range
        self.phrase = phrase
        self.point = point
        self.relation = relation
    }
}
