import StanceModel

extension TimeResolver {
    /// Multi-word prepositions before an event ("in the wake of", "as a result of", "prior to").
    static let eventPrepositions: PhraseTrie<TimeMention.Relation> = {
        var trie = PhraseTrie<TimeMention.Relation>()
        for p in [
            "after", "following", "since", "in the wake of", "in the aftermath of", "as a result of", "because of",
            "due to", "in response to", "post", "from", "in the months after", "in the years after", "ever since",
            "in the days after", "in the weeks after", "amid", "with",
        ] {
            trie.insert(p, .from)
        }
        for p in ["before", "until", "till", "ahead of", "prior to", "pre", "on the eve of", "in the run-up to", "up to", "leading up to"] {
            trie.insert(p, .until)
        }
        for p in ["during", "in", "at", "throughout", "at the time of", "on"] { trie.insert(p, .at) }
        return trie
    }()
    /// Words that end the look-back for an event's preposition (a clause boundary).
    static let eventBarriers = hashes(["that", "which", "who", "and", "but", "or", "said", "because", "while", "when"])
    static let prefixFrom = hashes(["post"])
    static let prefixUntil = hashes(["pre"])

    /// An event of the lexicon named at token `i`, with the preposition before it (up to six words back).
    func eventMention(_ tokens: [WordToken], at i: Int, bytes: UnsafeBufferPointer<UInt8>) -> RawTimeMention? {
        guard let (index, end) = eventIndex.longestMatch(in: tokens, at: i) else { return nil }
        let event = events.events[index]
        var start = i
        var relation = TimeMention.Relation.from
        var explicit = false
        if words.prefixFrom.contains(tokens[i].hash) {
            explicit = true
        } else if words.prefixUntil.contains(tokens[i].hash) {
            relation = .until
            explicit = true
        } else {
            var j = i - 1
            var wordCount = 0
            while j >= 0, wordCount <= 6 {
                let t = tokens[j]
                if t.kind == .punctuation {
                    if t.mark == 0x2D, !t.spaceBefore {
                        j -= 1
                        continue
                    }
                    break
                }
                if words.eventBarriers.contains(t.hash) { break }
                if let (r, e) = words.eventPrepositions.longestMatch(in: tokens, at: j), e == j + 1 || e <= i {
                    relation = r
                    explicit = true
                    if wordCount <= 2 || e == i { start = j }
                    break
                }
                wordCount += 1
                j -= 1
            }
        }
        // "the Hamas attack on Israel on October 7, 2023": the date as written is part of the phrase.
        var endToken = end
        var written: DateMatch?
        if endToken < tokens.count, let date = grammar.match(tokens, at: endToken, bytes: bytes), !date.isBareMonth,
            !date.isBareYear || date.year == event.date.year
        {
            written = date
        } else if endToken + 1 < tokens.count, tokens[endToken].kind == .word, words.atWords.contains(tokens[endToken].hash),
            let date = grammar.match(tokens, at: endToken + 1, bytes: bytes), !date.isBareMonth,
            date.year == event.date.year
        {
            written = date
        }
        if let written { endToken = written.end }
        var mention = RawTimeMention(
            kind: .event(event.id), start: tokens[start].start, end: tokens[endToken - 1].end, endToken: endToken,
            point: event.date, relation: relation, explicit: explicit, rule: nil)
        mention.writtenPoint = written.flatMap(resolve)
        return mention
    }

    /// The event an article is framed by: the event named in the title or the first two body
    /// paragraphs, dated on or before publication and at most two years before it; the latest such.
    /// How recent an event must be to frame an article: a change reported as now starts at an
    /// event of the last four months ("now, after Assad's fall" in January 2025), not at one a
    /// page published ten months later still mentions.
    static let framingWindowDays = 120

    public static func framingEvent(of article: Article, events: EventLexicon) -> Event? {
        guard article.published != nil, !events.events.isEmpty else { return nil }
        return framingEvent(of: article, sentences: Segmenter.sentences(in: article.text, body: article.body), events: events)
    }

    /// ``framingEvent(of:events:)`` from the article's sentences, already segmented: the lead is
    /// the sentences of the first two paragraphs (furniture and captions already left out).
    static func framingEvent(of article: Article, sentences: [Sentence], events: EventLexicon) -> Event? {
        guard let published = article.published, !events.events.isEmpty else { return nil }
        let resolver = TimeResolver(events: events, published: published)
        var ranges: [Range<String.Index>] = []
        if let title = article.title { ranges.append(title.startIndex..<title.endIndex) }
        if let lead = leadRange(of: sentences, in: article.text) { ranges.append(lead) }
        var best: Event?
        for (k, range) in ranges.enumerated() {
            let text = k == 0 && article.title != nil ? article.title! : article.text
            for mention in resolver.scan(text, range) {
                guard case .event(let id) = mention.kind, let event = events.event(id: id) else { continue }
                let age = published.firstDay - event.date.firstDay
                guard age >= 0, age <= Self.framingWindowDays else { continue }
                if best == nil || event.date > best!.date { best = event }
            }
        }
        return best
    }

    /// The first two paragraphs of the body, as far as the sentences in its first 8,000 bytes go.
    static func leadRange(of sentences: [Sentence], in text: String) -> Range<String.Index>? {
        guard let first = sentences.first else { return nil }
        let utf8 = text.utf8
        let limit = utf8.index(first.range.lowerBound, offsetBy: 8000, limitedBy: utf8.endIndex) ?? utf8.endIndex
        var paragraphs = 0
        var previous = -1
        var end = first.range.upperBound
        for sentence in sentences {
            if sentence.paragraph != previous {
                paragraphs += 1
                previous = sentence.paragraph
            }
            guard paragraphs <= 2, sentence.range.upperBound <= limit else { break }
            end = sentence.range.upperBound
        }
        return first.range.lowerBound..<end
    }
}
