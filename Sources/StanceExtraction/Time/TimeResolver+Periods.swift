import StanceModel

extension TimeResolver {
    static let decadeModifiers: WordTable<(Int, Int)> = {
        var table = WordTable<(Int, Int)>()
        table[WordTokenizer.hash("early")] = (0, 3)
        table[WordTokenizer.hash("mid")] = (3, 6)
        table[WordTokenizer.hash("middle")] = (3, 6)
        table[WordTokenizer.hash("late")] = (7, 9)
        return table
    }()
    static let sHash = WordTokenizer.hash("s")
    static let periodPrepositions = hashes(["over", "for", "in", "during", "throughout", "within"])
    static let periodPast = hashes(["past", "last", "previous"])
    static let fewWords = hashes(["few", "couple"])
    static let openOrigins = hashes([
        "rise", "founding", "foundation", "creation", "inception", "establishment", "formation", "emergence", "birth",
        "beginning", "beginnings", "start", "launch", "independence",
    ])
    static let possessives = hashes(["its", "their", "his", "her", "the", "our"])
    /// Words naming part of a period before "of" ("since the start of 2019").
    static let periodParts = hashes(["start", "beginning", "end", "middle", "turn", "close", "spring", "summer", "autumn", "fall", "winter", "half", "quarter"])
    /// "for more than a month": words between "for" and a length that make it a period up to now.
    static let approximators = hashes(["more", "than", "over", "nearly", "almost", "at", "least", "well", "some"])
    static let originPrepositions = hashes(["since", "from"])

    /// A decade at token `i` (a four-digit number ending in 0 followed by "s"): "the 1980s",
    /// "the late 2000s", "mid-1990s". Its point is the first year meant ("late" → the 7th) and
    /// its `endPoint` the last ("early" → the 3rd, else the 9th).
    func decadeMention(_ tokens: [WordToken], at i: Int) -> RawTimeMention? {
        let t = tokens[i]
        guard t.kind == .number, t.length == 4, t.number % 10 == 0, (1000...2990).contains(t.number) else { return nil }
        var end = i + 1
        if end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].spaceBefore,
            tokens[end].scalar == 0x27 || tokens[end].scalar == 0x2019
        {
            end += 1
        }
        guard end < tokens.count, tokens[end].kind == .word, !tokens[end].spaceBefore, tokens[end].hash == words.sHash else {
            return nil
        }
        end += 1
        var start = i
        var offsets = (0, 9)
        var j = i - 1
        if j >= 0, tokens[j].kind == .punctuation, tokens[j].mark == 0x2D { j -= 1 }
        if j >= 0, tokens[j].kind == .word, let o = words.decadeModifiers[tokens[j].hash] {
            offsets = o
            start = j
            j -= 1
        }
        guard j >= 0, tokens[j].kind == .word, tokens[j].hash == words.theHash || start < i else { return nil }
        if tokens[j].hash == words.theHash { start = j }
        guard let first = TimePoint(year: t.number + offsets.0), let last = TimePoint(year: t.number + offsets.1) else {
            return nil
        }
        var relation = TimeMention.Relation.at
        var explicit = false
        if let (p, r, h) = preposition(before: start, in: tokens, reach: 1) {
            start = p
            relation = h == words.byHash ? .at : r
            explicit = true
        }
        var mention = RawTimeMention(
            kind: .date, start: tokens[start].start, end: tokens[end - 1].end, endToken: end,
            point: relation == .until ? last : first, relation: relation, explicit: explicit, rule: nil)
        mention.endPoint = last
        return mention
    }

    /// "over the past decade", "in the last two years", "for the past few months": from that long
    /// before publication, open-ended (a stance held through the period until now).
    func pastPeriodMention(_ tokens: [WordToken], at i: Int) -> RawTimeMention? {
        guard tokens[i].kind == .word, words.periodPrepositions.contains(tokens[i].hash), i + 3 < tokens.count else { return nil }
        var j: Int
        if tokens[i + 1].kind == .word, tokens[i + 1].hash == words.theHash, tokens[i + 2].kind == .word,
            words.periodPast.contains(tokens[i + 2].hash)
        {
            j = i + 3
        } else if tokens[i].hash == words.forHash, tokens[i + 1].kind == .word, words.approximators.contains(tokens[i + 1].hash) {
            // "for more than a month", "for nearly two years" (a bare "for two years" may be a plan).
            j = i + 1
            while j < tokens.count, j < i + 4, tokens[j].kind == .word, words.approximators.contains(tokens[j].hash) { j += 1 }
            guard j + 1 < tokens.count else { return nil }
        } else {
            return nil
        }
        var count = 1
        if tokens[j].kind == .number, tokens[j].length <= 3 {
            count = tokens[j].number
            j += 1
        } else if tokens[j].kind == .word, let n = words.numberWords[tokens[j].hash], words.unitWords[tokens[j].hash] == nil {
            count = n
            j += 1
        } else if tokens[j].kind == .word, words.fewWords.contains(tokens[j].hash) {
            count = 3
            j += 1
            if j < tokens.count, tokens[j].kind == .word, tokens[j].hash == words.ofHash { j += 1 }
        }
        guard j < tokens.count, tokens[j].kind == .word, let unit = words.unitWords[tokens[j].hash], count > 0 else { return nil }
        let point: TimePoint?
        if unit.days > 0 {
            guard published.precision == .day else { return nil }
            point = published.adding(days: -count * unit.days)
        } else if unit.months % 12 == 0 || published.month == nil {
            point = TimePoint(year: published.year - count * max(1, unit.months / 12))
        } else {
            point = shifted(months: -count * unit.months)
        }
        guard let point else { return nil }
        return RawTimeMention(
            kind: .relative, start: tokens[i].start, end: tokens[j].end, endToken: j + 1, point: point, relation: .from,
            explicit: true, rule: nil)
    }

    /// "since its rise", "since their founding": from a beginning the text does not date; the
    /// stance's start is then left open rather than dated from publication.
    func openOriginMention(_ tokens: [WordToken], at i: Int) -> RawTimeMention? {
        guard tokens[i].kind == .word, words.originPrepositions.contains(tokens[i].hash), i + 1 < tokens.count else { return nil }
        var j = i + 1
        if tokens[j].kind == .word, words.possessives.contains(tokens[j].hash) { j += 1 }
        guard j < tokens.count, tokens[j].kind == .word, words.openOrigins.contains(tokens[j].hash) else { return nil }
        // "since the start of the war": an event or date may follow; only a bare origin is open.
        if j + 1 < tokens.count, tokens[j + 1].kind == .word, tokens[j + 1].hash == words.ofHash { return nil }
        var mention = RawTimeMention(
            kind: .relative, start: tokens[i].start, end: tokens[j].end, endToken: j + 1, point: nil, relation: .from,
            explicit: true, rule: nil)
        mention.isOpenOrigin = true
        return mention
    }
}
