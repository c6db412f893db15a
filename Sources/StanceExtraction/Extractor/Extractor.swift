import StanceModel

/// The rule-based stance extractor: reads an article's sentences and states who stands where
/// toward whom, when, and which sentence says so.
///
/// Deterministic and offline; every rule is a general English pattern over the lexicons (no
/// article-specific wording). Per sentence: tokens, actor mentions (`ActorMatcher`), cues
/// (`CueLexicon`), then a left-to-right walk that keeps the holder (subject) of each clause and
/// the chain of cues since it, emitting a claim when the chain reaches a target
/// (see `Extractor+Clauses.swift`).
public struct Extractor: Sendable {
    /// The lexicon and matcher, shared by every copy: the clause walk holds the extractor, and a
    /// reference keeps that copy (one per sentence) a pointer instead of the lexicon's many arrays.
    final class Storage: Sendable {
        let lexicon: Lexicon
        let matcher: ActorMatcher
        /// The cue lexicon, held apart so that each sentence's matching reads it in place.
        let cues: CueLexicon
        /// The lexicon's membership closures, for listing each article's actors.
        let actorClosure: ActorClosure

        init(lexicon: Lexicon) {
            self.lexicon = lexicon
            matcher = ActorMatcher(lexicon: lexicon.actors)
            cues = lexicon.cues
            actorClosure = ActorClosure(lexicon.actors)
        }

        /// The kind of the lexicon's actor of this id, read in place: a method of the class
        /// reaches the lexicon through its stored properties, where a look-up through
        /// `Extractor.lexicon.actors` copied the whole actor lexicon (a retain and a release of
        /// each of its arrays) for a per-token rule.
        func actorKind(_ id: ActorID) -> ActorKind? {
            lexicon.actors.kind(of: id)
        }

        /// The cues among a sentence's tokens (`CueLexicon.matches(_:excluding:)`), read in place.
        func cueMatches(_ tokens: [StanceToken], excluding covered: [Bool]) -> [MatchedCue] {
            cues.matches(tokens, excluding: covered)
        }
    }

    let storage: Storage
    /// The lexicon the extractor reads with.
    public var lexicon: Lexicon { _read { yield storage.lexicon } }
    var matcher: ActorMatcher { _read { yield storage.matcher } }
    /// The kind of the lexicon's actor of this id (`Storage.actorKind(_:)`).
    func actorKind(_ id: ActorID) -> ActorKind? { storage.actorKind(id) }

    /// Sentences longer than this many bytes are read in windows of about this size, cut at
    /// spaces, so that no sentence makes the work super-linear.
    static let windowBytes = 3_000

    public init(lexicon: Lexicon) {
        storage = Storage(lexicon: lexicon)
    }

    /// The claims, actors, topics and events of one article.
    public func extract(_ article: Article) -> ExtractionResult {
        let text = article.text
        let published = article.published ?? TimePoint(year: 2000)!
        // The sentences' tokens as reading attributions made them, for dating the sentences.
        let (sentences, sentenceTokens) = Segmenter.segment(text, body: article.body, keepTokens: true)
        let framing = TimeResolver.framingEvent(of: article, sentences: sentences, events: lexicon.events)
        let resolver = TimeResolver(events: lexicon.events, published: published, framingEvent: framing)
        var context = ArticleContext()
        if let title = article.title {
            let titleMatches = matcher.matches(in: title, range: title.startIndex..<title.endIndex, limit: 200)
            context.count(titleMatches, lexicon: lexicon.actors, weight: 3)
        }
        for (number, sentence) in sentences.enumerated() {
            let windows = Self.windows(of: sentence.range, in: text)
            for window in windows {
                let input = SentenceInput(
                    text: text, range: window, sentence: sentence, index: number, extractor: self,
                    wordTokens: windows.count == 1 ? sentenceTokens[number] : nil)
                context.useAbbreviations(in: &input.matches, text: text, lexicon: lexicon.actors)
                context.count(input.matches, lexicon: lexicon.actors)
                if let focus = context.focus { matcher.addLocalMentions(of: focus, to: &input.matches) }
                let walk = ClauseWalk(input: input, extractor: self, resolver: resolver)
                walk.run(&context)
                if let person = input.matches.mentions.last(where: { $0.form == .person }), let entry = person.entry,
                    lexicon.actors.entries[Int(entry)].kind == .person
                {
                    context.lastPerson = (lexicon.actors.entries[Int(entry)].id, input.paragraph)
                }
                if let events = walk.timeEvents { context.sentenceEvents[window] = events }
            }
        }
        return assemble(article: article, context: context, resolver: resolver)
    }

    /// The sentence range itself, or windows of about `windowBytes` cut at spaces.
    static func windows(of range: Range<String.Index>, in text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        let length = utf8.distance(from: range.lowerBound, to: range.upperBound)
        guard length > windowBytes else { return [range] }
        var result: [Range<String.Index>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            let remaining = utf8.distance(from: start, to: range.upperBound)
            if remaining <= windowBytes {
                result.append(start..<range.upperBound)
                break
            }
            var end = utf8.index(start, offsetBy: windowBytes)
            var back = 0
            while back < 200, end > start, utf8[end] != 0x20 {
                end = utf8.index(before: end)
                back += 1
            }
            if utf8[end] != 0x20 { end = utf8.index(start, offsetBy: windowBytes) }
            // Never cut inside a scalar.
            while end < range.upperBound, utf8[end] & 0xC0 == 0x80 { end = utf8.index(after: end) }
            result.append(start..<end)
            start = end
        }
        return result
    }
}

/// One sentence (or window of a long one), tokenized and matched.
///
/// A class: the clause walk holds it, and a reference is one count to keep, where a copy of its
/// dozen arrays and strings was a dozen.
final class SentenceInput {
    let text: String
    let range: Range<String.Index>
    let byteRange: Range<Int>
    let paragraph: Int
    let index: Int
    let tokens: [StanceToken]
    /// Unchecked: read at every token of the clause walk, where a runtime exclusivity check each
    /// time was measurable; only the extractor's sentence loop writes it, before the walk.
    @exclusivity(unchecked) var matches: ActorMatches
    let cues: [MatchedCue]
    let speaker: Range<Int>?
    let verb: Range<Int>?
    let content: Range<Int>?
    let attribution: Attribution?
    /// The `WordTokenizer` tokens of `range` (offsets relative to it), when the segmenter kept them.
    let wordTokens: [WordToken]?

    init(
        text: String, range: Range<String.Index>, sentence: Sentence, index: Int, extractor: Extractor,
        wordTokens: [WordToken]? = nil
    ) {
        self.text = text
        self.range = range
        self.wordTokens = wordTokens
        let utf8 = text.utf8
        func bytes(_ r: Range<String.Index>) -> Range<Int> {
            utf8.distance(from: utf8.startIndex, to: r.lowerBound)..<utf8.distance(from: utf8.startIndex, to: r.upperBound)
        }
        byteRange = bytes(range)
        paragraph = sentence.paragraph
        self.index = index
        let tokens = StanceTokenizer.tokens(in: text, range: range)
        self.tokens = tokens
        // Through the shared storage: no copy of the matcher or the cue lexicon per sentence.
        let storage = extractor.storage
        matches = storage.matcher.matches(tokens: tokens, text: text)
        var covered = [Bool](filled: false, count: tokens.count)
        for m in matches.mentions { for t in m.first..<min(m.last, tokens.count) { covered[t] = true } }
        let cues = storage.cueMatches(tokens, excluding: covered)
        self.cues = cues
        attribution = sentence.attribution
        if let a = sentence.attribution, a.speaker.upperBound <= text.endIndex, a.content.upperBound <= text.endIndex,
            a.verb.upperBound <= text.endIndex, !Self.isScareQuote(bytes(a.content), tokens: tokens)
        {
            speaker = Self.trimmedSpeaker(bytes(a.speaker), tokens: tokens, cues: cues, lexicon: storage.cues)
            verb = bytes(a.verb)
            content = bytes(a.content)
        } else {
            speaker = nil
            verb = nil
            content = nil
        }
    }
}

extension SentenceInput {
    /// Whether quoted words are a scare quote, not speech: at most three words, with the sentence
    /// going on after them ("Trump threatened to “annihilate” the Houthis").
    static func isScareQuote(_ content: Range<Int>, tokens: [StanceToken]) -> Bool {
        var words = 0
        var after = false
        for token in tokens {
            if content.contains(token.start) {
                if token.isWord { words += 1 }
            } else if token.start >= content.upperBound, token.isWord {
                after = true
                break
            }
        }
        return words <= 3 && after
    }

    /// A speaker phrase that holds a stance of its own ("X imposed sanctions on Y, and Z said
    /// ...") is cut to what follows its last comma or "and", so the stance before it is read.
    static func trimmedSpeaker(_ speaker: Range<Int>, tokens: [StanceToken], cues: [MatchedCue], lexicon: CueLexicon) -> Range<Int> {
        let holdsStance = cues.contains { speaker.contains(tokens[$0.first].start) && lexicon.cues[Int($0.cue)].role == .stance }
        guard holdsStance,
            let cut = tokens.lastIndex(where: { speaker.contains($0.start) && ($0.mark == 0x2C || $0.lower == ClauseWords.and) }),
            cut + 1 < tokens.count, tokens[cut + 1].start < speaker.upperBound
        else { return speaker }
        return tokens[cut + 1].start..<speaker.upperBound
    }
}
