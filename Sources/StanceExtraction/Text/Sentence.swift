/// One sentence of an article body, with its direct quotes and who is reported as saying it.
public struct Sentence: Sendable, Hashable {
    /// The sentence in `article.text`, trimmed of surrounding whitespace.
    public var range: Range<String.Index>
    /// The 0-based paragraph number within the body.
    public var paragraph: Int
    /// Direct quotes inside this sentence (the text between the marks).
    public var quotes: [Range<String.Index>]
    /// Who is reported as saying this sentence's content, if anyone.
    public var attribution: Attribution?

    public init(
        range: Range<String.Index>, paragraph: Int, quotes: [Range<String.Index>] = [],
        attribution: Attribution? = nil
    ) {
        self.range = range
        self.paragraph = paragraph
        self.quotes = quotes
        self.attribution = attribution
    }
}

/// A speaker, a reporting verb and what is said, as ranges in the article text.
///
/// `content` lies in the sentence; `speaker` and `verb` usually do too, but for a sentence of a
/// multi-sentence quote they are those of the sentence where the attribution was found.
public struct Attribution: Sendable, Hashable {
    /// The speaker phrase as written ("the official", "one official from the Shiite Coordination Framework").
    public var speaker: Range<String.Index>
    /// The reporting verb ("stated", "remarked", "according to", "said").
    public var verb: Range<String.Index>
    /// What is said: the quote, or the that-clause / the rest of the sentence.
    public var content: Range<String.Index>

    public init(speaker: Range<String.Index>, verb: Range<String.Index>, content: Range<String.Index>) {
        self.speaker = speaker
        self.verb = verb
        self.content = content
    }
}
