import StanceModel

extension TimeResolver {
    static func hashes(_ words: [String]) -> WordSet { WordSet(words) }

    /// Words before a bare month or year that make it a date ("in 2003", "since March", "mid-2024").
    static let dateContext = hashes([
        "in", "since", "by", "until", "till", "from", "before", "after", "of", "during", "through", "throughout",
        "between", "early", "late", "mid", "around", "circa", "end", "beginning", "start", "the", "last", "this",
        "next", "as", "on", "for", "spring", "summer", "autumn", "fall", "winter", "year",
    ])
    /// Words joining a second date to a first ("between 2003 and 2005", "from 2010 to 2012").
    static let dateJoiners = hashes(["and", "or", "to"])
    static let fromWords = hashes([
        "since", "from", "after", "following", "starting", "beginning", "post", "as of", "effective", "followed",
    ])
    static let untilWords = hashes(["until", "till", "before", "prior", "ahead", "pre", "up", "through", "eve", "run"])
    static let atWords = hashes(["in", "on", "at", "during", "amid", "throughout", "of", "around", "circa"])
    static let byHash = WordTokenizer.hash("by")
    /// Verbs of beginning: "started fighting in 2013" dates a start.
    static let beginnings = hashes(["started", "began", "begun", "start", "begin", "starts", "begins"])


    /// The preposition right before token `i` (skipping "the"/"early"/"mid"-like words): its index and relation.
    func preposition(before i: Int, in tokens: [WordToken], reach: Int = 2) -> (Int, TimeMention.Relation, UInt64)? {
        var j = i - 1
        var wordCount = 0
        while j >= 0, wordCount < reach {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.mark == 0x2D, !t.spaceBefore || !tokens[min(j + 1, tokens.count - 1)].spaceBefore else { return nil }
                j -= 1
                continue
            }
            if t.hash == words.byHash { return (j, .until, t.hash) }
            // "since the start of 2019": the preposition before the part named is the one that counts.
            if t.hash == words.ofHash, j >= 1, tokens[j - 1].kind == .word, words.periodParts.contains(tokens[j - 1].hash) {
                var k = j - 2
                if k >= 0, tokens[k].kind == .word, tokens[k].hash == words.theHash { k -= 1 }
                if k >= 0, tokens[k].kind == .word, tokens[k].hash == words.byHash { return (k, .until, tokens[k].hash) }
                if k >= 0, tokens[k].kind == .word, let r = words.relation(of: tokens[k].hash) { return (k, r, tokens[k].hash) }
            }
            if let r = words.relation(of: t.hash) { return (j, r, t.hash) }
            wordCount += 1
            j -= 1
        }
        return nil
    }

    /// An absolute date at token `i`: a full or partial date, or a bare month or year in a date context.
    ///
    /// A date written without its year takes it from a following "last year"/"this year"/"next
    /// year" ("October 8 last year", "May last year"), else from the latest explicit year earlier
    /// in the same range (`contextYear`: "in March 2023 and again in May"), else the latest such
    /// date not after publication.
    func dateMention(
        _ tokens: [WordToken], at i: Int, bytes: UnsafeBufferPointer<UInt8>, contextYear: Int? = nil
    ) -> RawTimeMention? {
        guard tokens[i].kind != .punctuation, var match = grammar.match(tokens, at: i, bytes: bytes) else { return nil }
        if match.isBareYear || match.isBareMonth {
            guard i > 0 else { return nil }
            var p = i - 1
            if tokens[p].kind == .punctuation, tokens[p].mark == 0x2D, p > 0 { p -= 1 }
            guard tokens[p].kind == .word else { return nil }
            if words.dateJoiners.contains(tokens[p].hash) {
                guard p > 0, tokens[p - 1].kind == .number, tokens[p - 1].length == 4 || match.isBareMonth else { return nil }
            } else {
                guard words.dateContext.contains(tokens[p].hash) else { return nil }
            }
        }
        var end = match.end
        if match.year == nil, match.month != nil {
            if end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].hash == words.yearHash,
                let offset = words.yearOffsets[tokens[end].hash]
            {
                match.year = published.year + offset
                end += 2
            } else if let contextYear {
                match.year = contextYear
            }
        }
        guard let point = resolve(match) else { return nil }
        var start = i
        var relation = TimeMention.Relation.at
        var explicit = false
        var kind = TimeMention.Kind.date
        if let (p, r, h) = preposition(before: i, in: tokens) {
            start = p
            relation = r
            explicit = true
            if h == words.byHash {
                // "by September 2025": a deadline; ahead of publication it is a future marker, not an end.
                if point.firstDay > published.firstDay { kind = .future } else { relation = .at }
            }
        }
        // "since the outbreak of the war in 2011", "started intervening in Syria in 2013": the year
        // or month is where the stance began, not a time it held only then (a day is a start anyway).
        if relation == .at, kind == .date, point.precision != .day, origin(before: start, in: tokens) {
            relation = .from
            explicit = true
        }
        return RawTimeMention(
            kind: kind, start: tokens[start].start, end: tokens[end - 1].end, endToken: end, point: point,
            relation: relation, explicit: explicit, rule: nil)
    }

    /// Whether "since" or a verb of beginning ("started", "began") governs the phrase at token `i`:
    /// within eight words before it, in the same clause.
    func origin(before i: Int, in tokens: [WordToken]) -> Bool {
        var j = i - 1
        var wordCount = 0
        while j >= 0, wordCount < 8 {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.mark == 0x2D else { return false }
                j -= 1
                continue
            }
            if words.eventBarriers.contains(t.hash) { return false }
            if t.hash == words.sinceHash || words.beginnings.contains(t.hash) { return true }
            wordCount += 1
            j -= 1
        }
        return false
    }

    /// The point a date match denotes; a missing year is the latest not after publication.
    func resolve(_ match: DateMatch) -> TimePoint? {
        if let year = match.year { return TimePoint(year: year, month: match.month, day: match.day) }
        guard let month = match.month else { return nil }
        var year = published.year
        let publishedMonth = published.month ?? 12
        if month > publishedMonth || (month == publishedMonth && (match.day ?? 0) > (published.day ?? 31)) { year -= 1 }
        return TimePoint(year: year, month: month, day: match.day)
    }
}
