import Foundation
import StanceExtraction
import StanceModel

/// Checks every claim a model proposes against the article before it is kept, and writes the
/// kept ones' evidence from the article itself.
///
/// A claim is kept only when its sentence is one of those sent, both actors are named in that
/// sentence (a lexicon mention of the actor or of one that stands for it, or one of the article's
/// own aliases for it), the stance is one of the five levels, and its time phrase, if any, occurs in
/// that sentence and resolves with ``TimeResolver``, which then gives the valid time. The quote is
/// always the sentence as the article has it, with its range: no model text is ever quoted.
public struct ClaimVerifier: Sendable {
    public let article: Article
    public let sentences: [Sentence]
    public let lexicon: ActorLexicon
    /// Names the article itself uses for actors the lexicon lacks (the rules' candidate actors).
    public let aliases: [ActorID: [String]]
    let resolver: TimeResolver

    public init(
        article: Article, sentences: [Sentence], lexicon: Lexicon, aliases: [ActorID: [String]] = [:]
    ) {
        self.article = article
        self.sentences = sentences
        self.lexicon = lexicon.actors
        self.aliases = aliases
        let published = article.published ?? TimePoint(year: 2000)!
        let framing = TimeResolver.framingEvent(of: article, events: lexicon.events)
        resolver = TimeResolver(events: lexicon.events, published: published, framingEvent: framing)
    }

    /// A claim that passed, with what it rests on.
    public struct Verified: Sendable, Hashable {
        public var source: ActorID
        public var target: ActorID
        public var stance: Stance
        /// The 1-based sentence number.
        public var sentence: Int
        public var time: ResolvedTime
        public var topic: String?
    }

    /// The outcome of checking one claim.
    public enum Verdict: Sendable, Hashable {
        case kept(Verified)
        case rejected(RejectionReason)
    }

    /// The claim checked against sentence `claim.sentence` (1-based), which must be in `allowed`.
    public func verify(_ claim: ProposedClaim, allowed: Set<Int>) -> Verdict {
        guard let number = claim.sentence, allowed.contains(number), sentences.indices.contains(number - 1) else {
            return .rejected(.sentenceOutOfRange)
        }
        guard let level = StanceLevel(rawValue: claim.stance.lowercased()) else { return .rejected(.unknownStance) }
        let range = sentences[number - 1].range
        let text = article.text
        let mentions = lexicon.mentions(in: text, range: range)
        let source = ActorID(claim.source)
        let target = ActorID(claim.target)
        guard isNamed(source, mentions: mentions, in: text[range]) else { return .rejected(.sourceNotInSentence) }
        guard isNamed(target, mentions: mentions, in: text[range]) else { return .rejected(.targetNotInSentence) }
        guard !lexicon.sameSide(source, target) else { return .rejected(.sameActor) }
        var time = resolver.validTime(in: text, sentence: range)
        if let phrase = claim.time {
            guard let found = text.range(of: phrase, options: [.caseInsensitive], range: range) else {
                return .rejected(.timeNotInSentence)
            }
            guard !resolver.mentions(in: text, range: found).isEmpty else { return .rejected(.timeUnresolved) }
            time = resolver.validTime(in: text, sentence: range, clause: found)
        }
        return .kept(
            Verified(source: source, target: target, stance: Stance(level), sentence: number, time: time, topic: claim.topic))
    }

    /// Whether `id` is named in the sentence: a mention of it or of an actor that stands for it,
    /// or one of the article's aliases for it as a whole word.
    func isNamed(_ id: ActorID, mentions: [ActorMention], in sentence: Substring) -> Bool {
        if mentions.contains(where: { $0.actor == id || lexicon.standsFor($0.actor).contains(id) }) { return true }
        return aliases[id, default: []].contains { alias in Self.containsWord(alias, in: sentence) }
    }

    /// Whether `word` occurs in `text`, case-insensitively, not inside a longer word.
    static func containsWord(_ word: String, in text: Substring) -> Bool {
        guard !word.isEmpty else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, options: [.caseInsensitive], range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}
