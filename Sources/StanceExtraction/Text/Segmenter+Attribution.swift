/// Word lists for finding who is reported as saying a sentence.
final class AttributionWords: Sendable {
    /// The one instance, built once; `AttributionFinder` holds it.
    static let shared = AttributionWords()

    static func set(_ words: [String]) -> WordSet { WordSet(words) }

    /// Finite reporting verbs ("said", "stated", "told").
    let finite = AttributionWords.set([
        "said", "says", "say", "stated", "told", "tells", "noted", "remarked", "added", "warned", "warns",
        "argued", "argues", "insisted", "insists", "claimed", "maintained", "maintains", "emphasized", "emphasised",
        "emphasizes", "emphasises", "stressed", "declared", "declares", "announced", "announces", "acknowledged",
        "acknowledges", "explained", "explains", "wrote", "writes", "believes", "believed", "asserted", "asserts",
        "contended", "contends", "observed", "recalled", "affirmed", "affirms", "reiterated", "reiterates",
        "confirmed", "conceded", "concedes", "admitted", "admits", "suggested", "predicted", "cautioned", "replied",
        "responded", "commented", "indicated", "tweeted", "alleged", "alleges", "countered", "thinks", "acknowledge",
        "deny", "denies", "denied",
    ])
    /// Reporting verbs that are also nouns or other verbs: only with "that" after them.
    let ambiguous = AttributionWords.set([
        "states", "claims", "notes", "remarks", "stresses", "reports", "comments", "adds", "add", "agreed", "reported",
        "revealed", "concluded", "posted", "feels", "felt", "fears", "feared", "hopes", "hoped", "think", "thought",
    ])
    /// Participles introducing what is said after a comma ("..., stating the threat had diminished").
    let participles = AttributionWords.set([
        "saying", "stating", "noting", "adding", "warning", "arguing", "insisting", "claiming", "stressing",
        "emphasizing", "emphasising", "declaring", "explaining", "asserting", "remarking", "telling", "writing",
        "acknowledging", "maintaining", "recalling", "cautioning", "suggesting", "contending", "observing",
    ])
    /// Words after a comma that end a speaker phrase (relative clauses, circumstances).
    let cutters = AttributionWords.set([
        "who", "which", "whose", "that", "on", "in", "at", "during", "after", "before", "while", "when", "as",
        "according", "told", "where", "and", "but", "citing", "speaking", "referring", "with", "without", "though",
        "although", "because", "since", "if",
    ])
    let relatives = AttributionWords.set(["who", "which", "whose", "that", "where"])
    /// Words opening an appositive after a name ("Ada Vorn, a spokesperson for ...").
    let appositives = AttributionWords.set(["a", "an", "the", "one", "his", "her", "its", "their", "himself", "herself"])
    /// Words opening a circumstance after a reporting verb ("said on Tuesday").
    let circumstances = AttributionWords.set([
        "on", "in", "at", "during", "last", "this", "yesterday", "today", "earlier", "later", "recently", "late",
        "early", "when", "after", "before", "while", "as", "from", "via", "to", "by", "through", "over",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight", "again",
        "publicly", "privately", "separately", "afterwards", "repeatedly", "previously",
    ])
    /// Words after a comma that open a new clause ("..., but it said").
    let clauseJoins = AttributionWords.set(["but", "and", "while", "whereas", "yet", "so", "although", "though"])
    /// Words opening a sentence that are not part of its subject.
    let leading = AttributionWords.set([
        "but", "and", "yet", "so", "still", "meanwhile", "however", "also", "separately", "later", "earlier",
        "instead", "moreover", "furthermore", "indeed", "now", "then", "thus", "nonetheless", "nevertheless",
    ])
    /// Words opening an adverbial phrase that ends at the first comma ("In a statement, ...").
    let adverbialStarts = AttributionWords.set([
        "in", "on", "at", "after", "before", "during", "speaking", "following", "asked", "when", "while", "as",
        "with", "despite", "since", "amid", "from", "under", "by", "for", "last", "this", "responding",
        "addressing", "writing", "over", "through", "within", "ahead", "unlike", "like", "if", "although",
        "though", "because", "once", "until", "upon",
    ])
    /// Auxiliaries and other finite verbs that end a subject.
    let auxiliaries = AttributionWords.set([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
        "should", "does", "do", "did", "shall", "seems", "seem", "appears", "appear", "remains", "remain",
        "expressed", "gave", "made", "took", "spoke", "sees", "see", "saw", "wants", "want", "knows", "knew",
    ])
    /// Words ending in -ed that are not verbs here.
    let edAdjectives = AttributionWords.set([
        "armed", "united", "based", "led", "allied", "aligned", "backed", "concerned", "interested", "involved",
        "related", "advanced", "detailed", "experienced", "limited", "organized", "organised", "registered",
        "retired", "unnamed", "named", "unidentified", "skilled", "elected", "selected", "dedicated", "designated",
        "appointed", "respected", "renowned", "embattled", "alleged", "hundred", "indeed", "need", "speed", "feed",
        "seed", "breed", "proceed", "exceed", "succeed", "naked", "sacred", "wicked", "beloved", "supposed",
        "disputed", "occupied", "isolated", "assassinated", "ousted", "exiled", "displaced", "wounded", "injured",
        "killed", "detained", "jailed", "imprisoned", "sanctioned", "blacklisted", "affiliated", "sponsored",
        "funded", "trained", "equipped", "dominated", "controlled", "influenced", "minded", "educated", "retired",
    ])
    /// Words joining a reporting verb to an earlier verb of the same subject ("condemned Y and said").
    let coordinators = AttributionWords.set(["and", "but", "yet"])
    /// Adverbs between such a coordinator and the reporting verb ("and later said").
    let coordinationAdverbs = AttributionWords.set([
        "also", "later", "then", "again", "separately", "publicly", "subsequently", "further", "repeatedly", "earlier",
        "privately", "quickly", "immediately", "nevertheless", "still",
    ])
    /// Plural nouns ending in -s that follow a capitalised word ("Avalonian officials") and are no verb.
    let pluralNouns = AttributionWords.set([
        "officials", "leaders", "forces", "troops", "authorities", "militias", "groups", "members", "ministers",
        "parties", "states", "nations", "countries", "sources", "diplomats", "rebels", "fighters", "analysts",
        "lawmakers", "officers", "commanders", "spokesmen", "representatives", "envoys", "negotiators", "protesters",
        "politicians", "militants", "soldiers", "allies", "partners", "neighbours", "neighbors", "factions", "governments",
        "citizens", "residents", "experts", "critics", "supporters", "activists", "delegates", "ministries", "agencies",
    ])
    /// Irregular past forms, which end a subject as "-ed" verbs do ("Hezbollah began firing ...").
    let irregularPast = AttributionWords.set([
        "began", "fought", "struck", "held", "took", "gave", "made", "sent", "led", "won", "lost", "left", "met",
        "kept", "brought", "sought", "saw", "came", "went", "became", "stood", "broke", "ran", "drew", "threw",
        "shot", "hit", "beat", "built", "chose", "found", "got", "grew", "rose", "sold", "shut", "spent", "spread",
        "swore", "withdrew", "overran", "overthrew", "undertook", "forbade", "bore", "fled", "froze", "hid", "sank",
        "slid", "stuck", "tore", "wore", "wove", "woke",
    ])
    /// Subordinators that open a clause inside a would-be speaker ("... after the head of X declared").
    let subordinators = AttributionWords.set([
        "after", "when", "as", "because", "since", "while", "before", "until", "once", "although", "though", "if",
        "whereas",
    ])
    /// Words that end a relative clause's antecedent, read backwards ("talks between X and [Y], who told").
    let antecedentStops = AttributionWords.set([
        "and", "or", "between", "with", "to", "from", "by", "for", "in", "on", "at", "after", "before", "than",
        "against", "among", "including", "like", "about", "over", "under",
    ])
    let with = WordTokenizer.hash("with")
    let according = WordTokenizer.hash("according")
    let to = WordTokenizer.hash("to")
    let that = WordTokenizer.hash("that")
    let told = WordTokenizer.hash("told")
    let the = WordTokenizer.hash("the")
    let words = WordTokenizer.hash("words")
    let of = WordTokenizer.hash("of")
    let inWord = WordTokenizer.hash("in")
    let articles = AttributionWords.set(["the", "a", "an", "to", "his", "her", "their", "its"])
}

extension SegmentScan {
    /// The most speaker tokens accepted; longer phrases are not taken for a speaker.
    static let maxSpeakerTokens = 30
    /// Sentences with more tokens than this are only searched in their first tokens.
    static let maxAttributionTokens = 400

    /// The tokens an attribution is looked for in: the sentence's first `maxAttributionTokens`.
    func attributionTokens(of span: SentenceSpan) -> [WordToken] {
        WordTokenizer.tokens(UnsafeBufferPointer(rebasing: bytes[span.range]), limit: Self.maxAttributionTokens)
    }

    /// Who is reported as saying `span`'s content, if the sentence says so, read from its
    /// `attributionTokens(of:)`.
    func attribution(of span: SentenceSpan, tokens: [WordToken]) -> AttributionSpan? {
        let base = span.range.lowerBound
        // Terminal punctuation and closing marks at the end are not part of any phrase (a slice:
        // the whole list may be kept for the sentence).
        var t = tokens[...]
        while let last = t.last, last.kind == .punctuation, isTerminalOrCloser(last) { t = t.dropLast() }
        guard t.count >= 2 else { return nil }
        let finder = AttributionFinder(tokens: t, base: base, bytes: bytes, quotes: span.quotes, w: attributionWords)
        return finder.accordingTo() ?? finder.quoteTail() ?? finder.quoteLead() ?? finder.endClause()
            ?? finder.parenthetical() ?? finder.reported()
    }

    /// Whether the sentence is one quote and nothing else (its marks and final punctuation aside).
    func isWholeQuote(_ span: SentenceSpan) -> Bool {
        guard span.quotes.count == 1, let quote = span.quotes.first else { return false }
        let before = UnsafeBufferPointer(rebasing: bytes[span.range.lowerBound..<quote.lowerBound])
        let after = UnsafeBufferPointer(rebasing: bytes[quote.upperBound..<span.range.upperBound])
        return before.count <= 4 && after.count <= 6
            && !WordTokenizer.tokens(before).contains { $0.kind != .punctuation }
            && !WordTokenizer.tokens(after).contains { $0.kind != .punctuation }
    }

    func isTerminalOrCloser(_ t: WordToken) -> Bool {
        [0x2E, 0x21, 0x3F, 0x22, 0x27, 0x29, 0x5D, 0x2026, 0x201D, 0x2019, 0xBB].contains(t.scalar)
    }

    /// Gives every sentence of a multi-sentence quote the attribution found in one of them.
    func carryAttributions(_ spans: inout [SentenceSpan], quotes: [QuoteSpan]) {
        guard !quotes.isEmpty else { return }
        // A quote left open at its paragraph's end continues in a next paragraph opening with a quote.
        var group = Array(quotes.indices)
        for q in quotes.indices.dropLast() where quotes[q].close == nil && quotes[q + 1].opensParagraph {
            group[q + 1] = group[q]
        }
        var sentencesOf: [Int: [Int]] = [:]
        for (s, span) in spans.enumerated() {
            for q in span.quoteIDs where sentencesOf[group[q]]?.last != s { sentencesOf[group[q], default: []].append(s) }
        }
        // A sentence that is only a quote, right after an attributed quote in its paragraph (or
        // opening the next one), goes on in the same voice.
        for s in spans.indices.dropFirst() where spans[s].attribution == nil && isWholeQuote(spans[s]) {
            let previous = spans[s - 1]
            guard let found = previous.attribution, !previous.quotes.isEmpty,
                previous.paragraph == spans[s].paragraph
                    || (previous.paragraph + 1 == spans[s].paragraph && (s < 2 || spans[s - 2].paragraph != spans[s].paragraph))
            else { continue }
            spans[s].attribution = AttributionSpan(speaker: found.speaker, verb: found.verb, content: spans[s].quotes[0])
        }
        for (_, members) in sentencesOf where members.count > 1 {
            guard let source = members.first(where: { spans[$0].attribution != nil && !spans[$0].quotes.isEmpty }),
                let found = spans[source].attribution
            else { continue }
            for s in members where spans[s].attribution == nil {
                let content = spans[s].quotes.first ?? spans[s].range
                spans[s].attribution = AttributionSpan(speaker: found.speaker, verb: found.verb, content: content)
            }
        }
    }
}

/// The attribution patterns of one sentence's tokens.
struct AttributionFinder {
    /// A prefix of the sentence's tokens (indices from 0).
    let tokens: ArraySlice<WordToken>
    let base: Int
    let bytes: UnsafeBufferPointer<UInt8>
    let quotes: [Range<Int>]

    /// The word lists (held, so that loops do not reach a lazy static).
    let w: AttributionWords

    func word(_ i: Int) -> UInt64? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i].hash : nil }
    func isMark(_ i: Int, _ scalar: UInt32) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].scalar == scalar
    }
    func range(_ i: Int, _ j: Int) -> Range<Int> { (base + tokens[i].start)..<(base + tokens[j - 1].end) }
    func absStart(_ i: Int) -> Int { base + tokens[i].start }
    func absEnd(_ i: Int) -> Int { base + tokens[i].end }

    func isFinite(_ i: Int) -> Bool {
        guard let h = word(i) else { return false }
        if w.finite.contains(h) { return !(i > 0 && word(i - 1).map(w.articles.contains) == true) }
        return w.ambiguous.contains(h) && word(i + 1) == w.that
    }

    func isQuoteMark(_ t: WordToken) -> Bool {
        t.kind == .punctuation && [0x22, 0x27, 0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB].contains(t.scalar)
    }

    /// Whether token `i` is a finite verb that ends a subject (auxiliary, or an -ed verb).
    func isVerbLike(_ i: Int) -> Bool {
        guard let h = word(i) else { return false }
        if w.auxiliaries.contains(h) || w.finite.contains(h) { return true }
        if w.irregularPast.contains(h) { return !(i > 0 && word(i - 1).map(w.articles.contains) == true) }
        let t = tokens[i]
        guard t.length >= 5, !t.isCapitalized, bytes[base + t.end - 2] == 0x65, bytes[base + t.end - 1] == 0x64 else {
            return false
        }
        if w.edAdjectives.contains(h) { return false }
        if i > 0, tokens[i - 1].kind == .punctuation, tokens[i - 1].mark == 0x2D, !tokens[i].spaceBefore { return false }
        if let previous = word(i - 1), w.articles.contains(previous) { return false }
        return true
    }

    /// Whether token `i` is a present-tense verb after a capitalised subject ("Avalon condemns").
    func isPresentVerb(_ i: Int) -> Bool {
        guard i > 0, let h = word(i), let previous = word(i - 1), tokens[i - 1].isCapitalized, !tokens[i].isCapitalized,
            tokens[i].length >= 4, !w.pluralNouns.contains(h), !w.articles.contains(previous)
        else { return false }
        let e = base + tokens[i].end
        return bytes[e - 1] == 0x73 && bytes[e - 2] != 0x73 && bytes[e - 2] != 0x75
    }

    /// "X condemned Y on Tuesday and said ...": a reporting verb at `k` sharing the subject of an
    /// earlier verb; the speaker is that subject ("X"), so the first clause stays out of it.
    func coordinatedSubject(before k: Int) -> Range<Int>? {
        var j = k - 1
        while j > 0, let h = word(j), w.coordinationAdverbs.contains(h) { j -= 1 }
        guard j > 1, let h = word(j), w.coordinators.contains(h) else { return nil }
        var end = j
        if isMark(end - 1, 0x2C) { end -= 1 }
        guard end > 1,
            let verb = (1..<end).first(where: { isVerbLike($0) && !w.finite.contains(tokens[$0].hash) })
                ?? (1..<end).first(where: { isPresentVerb($0) })
        else { return nil }
        return subject(0, verb)
    }

    /// The speaker phrase among tokens `from..<to`: leading conjunctions and adverbial phrases
    /// dropped, relative clauses (", who ...") cut, stopped at the first finite verb when `toVerb`.
    func subject(_ from: Int, _ to: Int, toVerb: Bool = false) -> Range<Int>? {
        var start = from
        var end = to
        while start < end, let h = word(start), w.leading.contains(h) {
            start += 1
            if isMark(start, 0x2C) { start += 1 }
        }
        guard start < end else { return nil }
        if let h = word(start), w.adverbialStarts.contains(h),
            let comma = (start..<end).first(where: { isMark($0, 0x2C) })
        {
            start = comma + 1
        }
        guard start < end else { return nil }
        if toVerb {
            // The first verb outside a relative clause ("X, a movement that has fought Y, welcomed ...").
            var v = start + 1
            var relative: Int?
            while v < end {
                if let h = word(v), w.relatives.contains(h) {
                    relative = relative ?? v
                    v = ((v + 1)..<end).first(where: { isMark($0, 0x2C) }) ?? end
                    continue
                }
                if isVerbLike(v) {
                    end = v
                    break
                }
                v += 1
            }
            if let relative, relative < end { end = relative }
        } else if let cut = ((start + 1)..<end).first(where: { isMark($0, 0x2C) && endsInIng($0 + 1) }) {
            // "A diplomat, speaking on condition of anonymity, insisted ...": the participle is no part of the speaker.
            end = cut
        }
        if let cut = (start..<end).first(where: { isMark($0, 0x2C) && word($0 + 1).map(w.relatives.contains) == true }) {
            // "The talks ended with X and Y's envoy, who told ...": the speaker is the antecedent.
            if !toVerb, hasClauseVerb(start, cut), !((cut + 1)..<to).contains(where: { isMark($0, 0x2C) }) {
                var a = cut
                while a > start, a > cut - 8, !(isMark(a - 1, 0x2C)), !(word(a - 1).map { w.antecedentStops.contains($0) } ?? false),
                    !isVerbLike(a - 1)
                {
                    a -= 1
                }
                start = a
            }
            end = cut
        }
        // "..., but it said", "...; the envoy said", "...: an adviser said": the subject of the last clause.
        if let join = (start..<end).last(where: {
            (isMark($0, 0x2C) && word($0 + 1).map(w.clauseJoins.contains) == true) || isMark($0, 0x3B) || isMark($0, 0x3A)
        }) {
            start = isMark(join, 0x2C) ? join + 2 : join + 1
        }
        // "X plunged into crisis after the head of Y declared ...": the subject of the subordinate clause.
        if !toVerb, hasClauseVerb(start, end),
            let sub = ((start + 1)..<end).last(where: { word($0).map(w.subordinators.contains) == true }),
            hasClauseVerb(start, sub)
        {
            start = sub + 1
        }
        // "with a spokesperson saying", "which both governments deny": the noun phrase after the opener.
        while start < end, let h = word(start), h == w.with || w.relatives.contains(h) { start += 1 }
        // A subject holding a finite verb is a clause, not a speaker.
        if !toVerb, hasClauseVerb(start, end) { return nil }
        while end > start, tokens[end - 1].kind == .punctuation, !(tokens[end - 1].mark == 0x29) { end -= 1 }
        while start < end, tokens[start].kind == .punctuation, !(tokens[start].mark == 0x28) { start += 1 }
        guard start < end, end - start <= SegmentScan.maxSpeakerTokens,
            (start..<end).contains(where: { tokens[$0].kind == .word }),
            !(start..<end).contains(where: { isQuoteMark(tokens[$0]) })
        else { return nil }
        return start..<end
    }

    /// Whether tokens `from..<to` hold a finite verb after their first word (an auxiliary, an
    /// "-ed" verb or an irregular past), which makes them a clause rather than a noun phrase.
    func hasClauseVerb(_ from: Int, _ to: Int) -> Bool {
        guard from + 1 < to else { return false }
        return (from..<to).contains { word($0).map(w.auxiliaries.contains) == true }
            || ((from + 1)..<to).contains { isVerbLike($0) }
    }

    /// A speaker phrase that follows its verb ("said Jane Doe, a spokesperson for X, on Monday"):
    /// up to the sentence end or a comma before a relative clause or circumstance.
    func trailingSpeaker(_ from: Int, _ to: Int) -> Range<Int>? {
        var end = to
        for i in from..<to {
            if isMark(i, 0x2C), let h = word(i + 1), w.cutters.contains(h) || endsInIng(i + 1) {
                end = i
                break
            }
            if isQuoteMark(tokens[i]) {
                end = i
                break
            }
        }
        while end > from, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard from < end, end - from <= SegmentScan.maxSpeakerTokens else { return nil }
        return from..<end
    }

    func endsInIng(_ i: Int) -> Bool {
        guard word(i) != nil, tokens[i].length >= 5 else { return false }
        let e = base + tokens[i].end
        return bytes[e - 3] == 0x69 && bytes[e - 2] == 0x6E && bytes[e - 1] == 0x67
    }

    func make(_ speaker: Range<Int>, verb: Range<Int>, content: Range<Int>) -> AttributionSpan? {
        guard !speaker.isEmpty, !content.isEmpty else { return nil }
        return AttributionSpan(
            speaker: range(speaker.lowerBound, speaker.upperBound), verb: range(verb.lowerBound, verb.upperBound),
            content: content)
    }

    /// "According to X, ...", "..., according to X", "In the words of X, ...".
    func accordingTo() -> AttributionSpan? {
        for i in 0..<max(0, tokens.count - 2) {
            var verb: Range<Int>?
            if word(i) == w.according, word(i + 1) == w.to {
                verb = i..<(i + 2)
            } else if word(i) == w.inWord, word(i + 1) == w.the, word(i + 2) == w.words, word(i + 3) == w.of {
                verb = i..<(i + 4)
            }
            guard let verb else { continue }
            let from = verb.upperBound
            guard from < tokens.count else { return nil }
            var comma = (from..<tokens.count).first { isMark($0, 0x2C) } ?? tokens.count
            guard let speaker = subject(from, comma) else { return nil }
            if i <= 1 || (i > 0 && word(i - 1).map(w.leading.contains) == true) {
                // Opening the sentence: what is said follows the phrase (and a relative clause after it).
                if comma < tokens.count, let h = word(comma + 1), w.relatives.contains(h) {
                    comma = ((comma + 1)..<tokens.count).first { isMark($0, 0x2C) } ?? tokens.count
                }
                guard comma + 1 < tokens.count else { return nil }
                return make(speaker, verb: verb, content: absStart(comma + 1)..<absEnd(tokens.count - 1))
            }
            var contentEnd = i
            while contentEnd > 0, tokens[contentEnd - 1].kind == .punctuation { contentEnd -= 1 }
            guard contentEnd > 0 else { return nil }
            var content = absStart(0)..<absEnd(contentEnd - 1)
            if comma + 1 < tokens.count, comma > verb.upperBound {
                content = absStart(0)..<absEnd(tokens.count - 1)
            }
            return make(speaker, verb: verb, content: content)
        }
        return nil
    }

    /// Index of the first token starting at or after byte `offset`.
    func firstToken(from offset: Int) -> Int {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if absStart(mid) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// `“...,” the official stated.` / `“...,” said Jane Doe, a spokesperson.` / `“...,” he said, “...”`.
    func quoteTail() -> AttributionSpan? {
        guard let first = quotes.first, let last = quotes.last else { return nil }
        let content = first.lowerBound..<last.upperBound
        for (q, quote) in quotes.enumerated() {
            var from = firstToken(from: quote.upperBound)
            let gapEnd = q + 1 < quotes.count ? firstToken(from: quotes[q + 1].lowerBound) : tokens.count
            while from < gapEnd, tokens[from].kind == .punctuation { from += 1 }
            var to = gapEnd
            while to > from, tokens[to - 1].kind == .punctuation { to -= 1 }
            guard from < to else { continue }
            if isFinite(from) {
                if let speaker = trailingSpeaker(from + 1, to) {
                    return make(speaker, verb: from..<(from + 1), content: content)
                }
                continue
            }
            for k in from..<min(to, from + 14) where isFinite(k) {
                if let speaker = subject(from, k) { return make(speaker, verb: k..<(k + 1), content: content) }
                break
            }
        }
        return nil
    }

    /// `X maintained, “...”` / `X expressed this apprehension, stating, “...”` / `X said: “...”`.
    func quoteLead() -> AttributionSpan? {
        guard let first = quotes.first, let last = quotes.last else { return nil }
        var end = firstToken(from: first.lowerBound)
        while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
        if word(end - 1) == w.that { end -= 1 }
        guard end > 0 else { return nil }
        for k in stride(from: end - 1, through: max(0, end - 6), by: -1) {
            guard let h = word(k) else { continue }
            let participle = w.participles.contains(h)
            guard participle || isFinite(k) else { continue }
            guard let speaker = (participle ? nil : coordinatedSubject(before: k)) ?? subject(0, k, toVerb: participle)
            else { return nil }
            return make(speaker, verb: k..<(k + 1), content: first.lowerBound..<last.upperBound)
        }
        return nil
    }

    /// `..., the minister said.` / `..., said the minister on Monday.`
    func endClause() -> AttributionSpan? {
        guard let comma = tokens.indices.last(where: { isMark($0, 0x2C) }), comma >= 2 else { return nil }
        let from = comma + 1
        let to = tokens.count
        guard to - from >= 2, to - from <= 12 else { return nil }
        guard let k = (from..<to).first(where: { isFinite($0) }) else { return nil }
        // A comma closing an appositive or relative clause ("X, a fellow at Y, noted ...") is no clause end.
        if let previous = (0..<comma).last(where: { isMark($0, 0x2C) }),
            let h = word(previous + 1), w.relatives.contains(h) || w.appositives.contains(h)
        {
            return nil
        }
        let speaker: Range<Int>?
        if k == from {
            // ", insisted that ...": reported speech whose subject is before the comma, not a tail.
            if word(k + 1) == w.that { return nil }
            speaker = trailingSpeaker(k + 1, to)
        } else {
            // Only circumstances may follow the verb ("on Tuesday", "in a statement").
            guard to - (k + 1) <= 4 else { return nil }
            if k + 1 < to {
                guard let h = word(k + 1), w.circumstances.contains(h) else { return nil }
            }
            speaker = subject(from, k)
        }
        guard let speaker else { return nil }
        return make(speaker, verb: k..<(k + 1), content: absStart(0)..<absEnd(comma - 1))
    }

    /// `..., the official said, "..."` in the middle of a sentence: the whole sentence is what is said.
    func parenthetical() -> AttributionSpan? {
        var c = 0
        while c < tokens.count {
            guard isMark(c, 0x2C) else {
                c += 1
                continue
            }
            guard let next = ((c + 1)..<min(tokens.count, c + 10)).first(where: { isMark($0, 0x2C) }) else { return nil }
            let from = c + 1
            if next - from >= 2, let k = (from..<next).first(where: { isFinite($0) }) {
                let speaker: Range<Int>?
                if k == from {
                    speaker = trailingSpeaker(k + 1, next)
                } else if k == next - 1 || word(k + 1).map(w.circumstances.contains) == true {
                    speaker = subject(from, k)
                } else {
                    speaker = nil
                }
                if let speaker {
                    return make(speaker, verb: k..<(k + 1), content: absStart(0)..<absEnd(tokens.count - 1))
                }
            }
            c = next
        }
        return nil
    }

    /// `X said (that) ...` / `X told reporters ...` / `X expressed confidence, stating ...`.
    func reported() -> AttributionSpan? {
        let limit = min(tokens.count - 1, 40)
        guard limit > 1 else { return nil }
        if let k = (1..<limit).first(where: { isFinite($0) }), !(word(k - 1) == w.to) {
            var from = k + 1
            if word(k) == w.told {
                if let stop = (from..<min(tokens.count, from + 5)).first(where: { word($0) == w.that || isMark($0, 0x2C) }) {
                    from = stop
                }
            }
            while from < tokens.count, tokens[from].kind == .punctuation || word(from) == w.that { from += 1 }
            guard from < tokens.count, let speaker = coordinatedSubject(before: k) ?? subject(0, k) else { return nil }
            return make(speaker, verb: k..<(k + 1), content: absStart(from)..<absEnd(tokens.count - 1))
        }
        if let p = (2..<limit).first(where: { isMark($0 - 1, 0x2C) && word($0).map(w.participles.contains) == true }) {
            var from = p + 1
            while from < tokens.count, tokens[from].kind == .punctuation || word(from) == w.that { from += 1 }
            guard from < tokens.count, let speaker = subject(0, p - 1, toVerb: true) else { return nil }
            return make(speaker, verb: p..<(p + 1), content: absStart(from)..<absEnd(tokens.count - 1))
        }
        // "..., with a spokesperson saying (that) ...": the noun phrase after "with" speaks.
        if limit > 3, let p = (3..<limit).first(where: { word($0).map(w.participles.contains) == true }),
            let comma = (1..<p).last(where: { isMark($0, 0x2C) }), word(comma + 1) == w.with, comma + 2 < p
        {
            var from = p + 1
            while from < tokens.count, tokens[from].kind == .punctuation || word(from) == w.that { from += 1 }
            guard from < tokens.count, let speaker = subject(comma + 2, p, toVerb: true) else { return nil }
            return make(speaker, verb: p..<(p + 1), content: absStart(from)..<absEnd(tokens.count - 1))
        }
        return nil
    }
}
