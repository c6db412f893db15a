import StanceModel

/// What a relative time phrase or tense marker means.
enum RelativeRule: Sendable, Hashable {
    /// "last year" (-1), "this year" (0), "next year" (+1): year precision.
    case years(Int)
    /// "last month", "this month", "next month": month precision.
    case months(Int)
    /// "last week": the month the week before publication falls in (month precision is honest).
    case lastWeek
    /// "yesterday" (-1), "today" (0): day precision.
    case days(Int)
    /// "on Monday": the latest such weekday on or before publication (0 = Monday).
    case weekday(Int)
    case present
    case past
    /// A future marker; `strong` ones ("plans to", "in the months to come") mark the stance as
    /// announced rather than held; "will" is weak.
    case future(strong: Bool)
    /// "since then", "at the time", "until then": the time of an earlier phrase (in the sentence,
    /// else the sentence before), with this relation to it.
    case anaphor(TimeMention.Relation)
    /// "has long opposed", "longtime ally": held since a beginning the text leaves undated.
    case openOrigin
    /// "on the same day", "later that day": the day of an earlier phrase (in the sentence, else
    /// the first of the sentence before: "On Saturday, X said the strikes on Friday were ...").
    case sameDay
}

/// The length of a unit of time in "two years ago": months, or days.
struct UnitLength: Sendable, Hashable {
    var months: Int
    var days: Int
}

extension TimeResolver {
    /// The relative phrases and tense markers, lowercase.
    static let relativePhrases: PhraseTrie<RelativeRule> = {
        var trie = PhraseTrie<RelativeRule>()
        let table: [(RelativeRule, [String])] = [
            (.years(-1), ["last year", "past year", "a year ago", "one year ago", "the previous year", "the year before"]),
            (.years(0), ["this year", "earlier this year", "later this year", "so far this year", "the current year"]),
            (.years(1), ["next year", "the coming year", "the next year"]),
            (.months(-1), ["last month", "the previous month", "a month ago", "one month ago"]),
            (.months(0), ["this month", "earlier this month", "later this month"]),
            (.months(1), ["next month", "the coming month"]),
            (.lastWeek, ["last week", "a week ago", "the previous week", "earlier this week", "this week"]),
            (.days(-1), ["yesterday"]),
            (.days(0), ["today", "tonight", "this morning", "this afternoon", "this evening", "overnight"]),
            (
                .present,
                [
                    "now", "currently", "at present", "at the present time", "at the moment", "presently", "these days",
                    "nowadays", "for now", "right now", "as of now", "so far", "to date", "still", "recently", "lately",
                    "in recent weeks", "in recent months", "in recent years", "in recent days", "at this time",
                    "at this point", "for the time being", "now that", "anymore", "any longer", "no longer",
                ]
            ),
            (
                .past,
                [
                    "initially", "previously", "formerly", "earlier", "at first", "originally", "in the past", "used to",
                    "until recently", "in earlier years", "in the early days", "for years",
                    "for decades", "historically", "in prior years",
                ]
            ),
            (
                .future(strong: true),
                [
                    "in the months to come", "in the months and years to come", "in the years to come",
                    "in the weeks to come", "in the days to come", "in the coming days", "in the coming weeks",
                    "in the coming months", "in the coming years", "in the future", "in the near future",
                    "plans to", "planned to", "planning to", "intends to", "intend to", "intended to", "aims to",
                    "aim to", "is expected to", "are expected to", "is set to", "are set to", "is poised to",
                    "are poised to", "is due to", "are due to", "soon", "upcoming", "eventually", "will soon",
                    "is going to", "are going to", "in the long run", "down the road", "from now on", "for years to come",
                ]
            ),
            (.future(strong: false), ["will", "shall", "won't", "wont"]),
            (.openOrigin, ["long", "longtime", "long-time", "long-standing", "longstanding", "decades-long", "years-long", "age-old", "historic ally", "traditional ally"]),
            (.anaphor(.from), ["since then", "since that time", "from then on", "since that point", "since that day", "since that year"]),
            (.anaphor(.at), ["at the time", "at that time", "back then", "by then", "at that point", "in those days"]),
            (
                .sameDay,
                [
                    "the same day", "that same day", "the very same day", "on that day", "later that day", "earlier that day",
                    "later the same day", "earlier the same day", "later on the same day",
                ]
            ),
            (.anaphor(.until), ["until then", "till then", "before then", "up to then", "until that point", "until that time"]),
        ]
        for (rule, phrases) in table { for phrase in phrases { trie.insert(phrase, rule) } }
        for (i, day) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            trie.insert("on \(day)", .weekday(i))
            trie.insert("last \(day)", .weekday(i))
            trie.insert("\(day)", .weekday(i))
        }
        return trie
    }()

    static let numberWords: WordTable<Int> = {
        var table = WordTable<Int>()
        let words = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        ]
        for (i, w) in words.enumerated() { table[WordTokenizer.hash(w)] = i + 1 }
        table[WordTokenizer.hash("a")] = 1
        table[WordTokenizer.hash("an")] = 1
        table[WordTokenizer.hash("several")] = 3
        table[WordTokenizer.hash("twenty")] = 20
        table[WordTokenizer.hash("thirty")] = 30
        table[WordTokenizer.hash("fifty")] = 50
        return table
    }()
    static let unitWords: WordTable<UnitLength> = {
        var table = WordTable<UnitLength>()
        for w in ["year", "years"] { table[WordTokenizer.hash(w)] = UnitLength(months: 12, days: 0) }
        for w in ["decade", "decades"] { table[WordTokenizer.hash(w)] = UnitLength(months: 120, days: 0) }
        for w in ["month", "months"] { table[WordTokenizer.hash(w)] = UnitLength(months: 1, days: 0) }
        for w in ["week", "weeks"] { table[WordTokenizer.hash(w)] = UnitLength(months: 0, days: 7) }
        for w in ["day", "days"] { table[WordTokenizer.hash(w)] = UnitLength(months: 0, days: 1) }
        return table
    }()
    static let agoHash = WordTokenizer.hash("ago")

    /// "two years ago", "18 months ago", "a decade ago": the point and the index after "ago".
    func agoPhrase(_ tokens: [WordToken], at i: Int) -> (TimePoint, Int)? {
        guard i + 2 < tokens.count, tokens[i + 2].kind == .word, tokens[i + 2].hash == words.agoHash,
            let unit = words.unitWords[tokens[i + 1].hash]
        else { return nil }
        let count: Int
        if tokens[i].kind == .number, tokens[i].length <= 3 {
            count = tokens[i].number
        } else if let n = words.numberWords[tokens[i].hash] {
            count = n
        } else {
            return nil
        }
        if unit.days > 0 {
            guard published.precision == .day else { return nil }
            let day = published.adding(days: -count * unit.days)
            return (unit.days >= 7 ? TimePoint(year: day.year, month: day.month) ?? day : day, i + 3)
        }
        let months = count * unit.months
        if months % 12 == 0 { return (TimePoint(year: published.year - months / 12) ?? published, i + 3) }
        return (shifted(months: -months) ?? published, i + 3)
    }

    /// The month `delta` months from publication, at month precision.
    func shifted(months delta: Int) -> TimePoint? {
        let index = published.year * 12 + (published.month ?? 1) - 1 + delta
        return TimePoint(year: index / 12, month: index % 12 + 1)
    }

    /// The point of a relative rule against the publication date (nil for tense markers).
    func point(of rule: RelativeRule) -> TimePoint? {
        switch rule {
        case .years(let d): return TimePoint(year: published.year + d)
        case .months(let d): return published.month == nil ? nil : shifted(months: d)
        case .lastWeek:
            guard published.precision == .day else { return nil }
            let day = published.adding(days: -7)
            return TimePoint(year: day.year, month: day.month)
        case .days(let d): return published.precision == .day ? published.adding(days: d) : nil
        case .weekday(let w):
            guard published.precision == .day else { return nil }
            let today = ((published.firstDay % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday (3).
            return published.adding(days: -((today - w + 7) % 7))
        case .present, .past, .future, .anaphor, .openOrigin, .sameDay: return nil
        }
    }
}
