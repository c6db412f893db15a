/// A calendar date written in a text, as found by `DateGrammar` over word tokens.
struct DateMatch: Sendable, Hashable {
    /// Token indices of the phrase: `first..<end`.
    var first: Int
    var end: Int
    var year: Int?
    var month: Int?
    var day: Int?
    /// Whether the phrase is a bare month name ("in March") or a bare four-digit number ("2003").
    var isBareMonth = false
    var isBareYear = false
}

/// Recognises written dates in word tokens: "31 January 2025", "Jan. 31, 2025", "January 31",
/// "2025-01-31", "31/01/2025" (only when unambiguous), "September 2025", "March", "2003".
///
/// Every match is checked against the calendar (no February 30). Bare months and years are
/// returned flagged, for the caller to accept or not by their context.
final class DateGrammar: Sendable {
    /// The one instance, built once; hold it in a property rather than reaching it in a loop.
    static let shared = DateGrammar()

    let monthNames: WordTable<Int> = {
        var table = WordTable<Int>()
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        for (i, name) in full.enumerated() {
            table[WordTokenizer.hash(name)] = i + 1
            if name.count > 3 { table[WordTokenizer.hash(String(name.prefix(3)))] = i + 1 }
        }
        table[WordTokenizer.hash("sept")] = 9
        return table
    }()

    let weekdayNames: WordTable<Int> = {
        var table = WordTable<Int>()
        // 0 = Monday ... 6 = Sunday.
        for (i, name) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            table[WordTokenizer.hash(name)] = i
            table[WordTokenizer.hash(String(name.prefix(3)))] = i
        }
        return table
    }()

    let ordinalSuffixes = WordSet(["st", "nd", "rd", "th"])
    let ofHash = WordTokenizer.hash("of")

    /// The month a word token names (1–12), if any. Three-letter forms and "May" must be capitalised.
    func month(_ t: WordToken, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard t.kind == .word, t.length >= 3, t.length <= 9, let m = monthNames[t.hash] else { return nil }
        if (t.length <= 4 || m == 5 || m == 3) && !t.isCapitalized { return nil }
        return m
    }

    /// Whether token `i` is punctuation `mark` written right after the token before it.
    @inline(__always) static func isMark(_ tokens: [WordToken], _ i: Int, _ mark: UInt8, adjacent: Bool = false) -> Bool {
        i < tokens.count && tokens[i].kind == .punctuation && tokens[i].mark == mark && (!adjacent || !tokens[i].spaceBefore)
    }

    @inline(__always) static func isNumber(_ tokens: [WordToken], _ i: Int, digits: ClosedRange<Int>) -> Bool {
        i < tokens.count && tokens[i].kind == .number && digits.contains(tokens[i].length)
    }

    /// The date phrase that starts at token `i`, if any.
    func match(_ tokens: [WordToken], at i: Int, bytes: UnsafeBufferPointer<UInt8>) -> DateMatch? {
        let t = tokens[i]
        if t.kind == .number {
            return numericDate(tokens, at: i) ?? dayMonthYear(tokens, at: i, bytes: bytes) ?? bareYear(tokens, at: i)
        }
        if t.kind == .word, let m = month(t, bytes: bytes) {
            return monthDayYear(tokens, at: i, month: m)
        }
        return nil
    }

    /// "2025-01-31", "2025-01", "31/01/2025".
    func numericDate(_ tokens: [WordToken], at i: Int) -> DateMatch? {
        if Self.isNumber(tokens, i, digits: 4...4), Self.isMark(tokens, i + 1, 0x2D, adjacent: true),
            Self.isNumber(tokens, i + 2, digits: 2...2), !tokens[i + 2].spaceBefore
        {
            let y = tokens[i].number
            let m = tokens[i + 2].number
            if Self.isMark(tokens, i + 3, 0x2D, adjacent: true), Self.isNumber(tokens, i + 4, digits: 2...2), !tokens[i + 4].spaceBefore {
                return Self.checked(DateMatch(first: i, end: i + 5, year: y, month: m, day: tokens[i + 4].number))
            }
            return Self.checked(DateMatch(first: i, end: i + 3, year: y, month: m, day: nil))
        }
        // "12.05.2025": dots are the day-first (European) convention.
        if Self.isNumber(tokens, i, digits: 1...2), Self.isMark(tokens, i + 1, 0x2E, adjacent: true),
            Self.isNumber(tokens, i + 2, digits: 1...2), !tokens[i + 2].spaceBefore, Self.isMark(tokens, i + 3, 0x2E, adjacent: true),
            Self.isNumber(tokens, i + 4, digits: 4...4), !tokens[i + 4].spaceBefore
        {
            return Self.checked(
                DateMatch(first: i, end: i + 5, year: tokens[i + 4].number, month: tokens[i + 2].number, day: tokens[i].number))
        }
        if Self.isNumber(tokens, i, digits: 1...2), Self.isMark(tokens, i + 1, 0x2F, adjacent: true),
            Self.isNumber(tokens, i + 2, digits: 1...2), !tokens[i + 2].spaceBefore, Self.isMark(tokens, i + 3, 0x2F, adjacent: true),
            Self.isNumber(tokens, i + 4, digits: 4...4), !tokens[i + 4].spaceBefore
        {
            let a = tokens[i].number
            let b = tokens[i + 2].number
            let y = tokens[i + 4].number
            if a == b || (a > 12 && b <= 12) { return Self.checked(DateMatch(first: i, end: i + 5, year: y, month: b, day: a)) }
            if b > 12 && a <= 12 { return Self.checked(DateMatch(first: i, end: i + 5, year: y, month: a, day: b)) }
            return nil
        }
        return nil
    }

    /// "31 January 2025", "7th of October 2023", "31 January".
    func dayMonthYear(_ tokens: [WordToken], at i: Int, bytes: UnsafeBufferPointer<UInt8>) -> DateMatch? {
        guard Self.isNumber(tokens, i, digits: 1...2), (1...31).contains(tokens[i].number) else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j].kind == .word, !tokens[j].spaceBefore, ordinalSuffixes.contains(tokens[j].hash) { j += 1 }
        if j < tokens.count, tokens[j].kind == .word, tokens[j].hash == ofHash { j += 1 }
        guard j < tokens.count, let m = month(tokens[j], bytes: bytes) else { return nil }
        j += 1
        if Self.isMark(tokens, j, 0x2E, adjacent: true) { j += 1 }
        var k = j
        if Self.isMark(tokens, k, 0x2C) { k += 1 }
        if Self.isNumber(tokens, k, digits: 4...4) {
            return Self.checked(DateMatch(first: i, end: k + 1, year: tokens[k].number, month: m, day: tokens[i].number))
        }
        return Self.checked(DateMatch(first: i, end: j, year: nil, month: m, day: tokens[i].number))
    }

    /// "January 31, 2025", "Jan. 31 2025", "January 31", "September 2025", "March".
    func monthDayYear(_ tokens: [WordToken], at i: Int, month m: Int) -> DateMatch? {
        var j = i + 1
        if Self.isMark(tokens, j, 0x2E, adjacent: true) { j += 1 }
        if Self.isNumber(tokens, j, digits: 1...2), (1...31).contains(tokens[j].number) {
            let day = tokens[j].number
            j += 1
            if j < tokens.count, tokens[j].kind == .word, !tokens[j].spaceBefore, ordinalSuffixes.contains(tokens[j].hash) {
                j += 1
            }
            var k = j
            if Self.isMark(tokens, k, 0x2C) { k += 1 }
            if Self.isNumber(tokens, k, digits: 4...4) {
                return Self.checked(DateMatch(first: i, end: k + 1, year: tokens[k].number, month: m, day: day))
            }
            return Self.checked(DateMatch(first: i, end: j, year: nil, month: m, day: day))
        }
        var k = j
        if Self.isMark(tokens, k, 0x2C) { k += 1 }
        if Self.isNumber(tokens, k, digits: 4...4) {
            return Self.checked(DateMatch(first: i, end: k + 1, year: tokens[k].number, month: m, day: nil))
        }
        return DateMatch(first: i, end: i + 1, year: nil, month: m, day: nil, isBareMonth: true)
    }

    /// "2003": a four-digit number from 1000 to 2999, not part of a larger number ("2,003") or a decade ("1990s").
    func bareYear(_ tokens: [WordToken], at i: Int) -> DateMatch? {
        guard Self.isNumber(tokens, i, digits: 4...4), (1000...2999).contains(tokens[i].number) else { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaceBefore {
            let next = tokens[i + 1]
            if next.kind == .word { return nil }
            if next.kind == .punctuation, [0x2C, 0x2E, 0x25, 0x2D, 0x2F].contains(next.mark),
                Self.isNumber(tokens, i + 2, digits: 1...9), !tokens[i + 2].spaceBefore
            {
                return nil
            }
        }
        if i > 0, !tokens[i].spaceBefore, tokens[i - 1].kind == .punctuation, tokens[i - 1].mark == 0x2C || tokens[i - 1].mark == 0x2E || tokens[i - 1].mark == 0x24 {
            return nil
        }
        return DateMatch(first: i, end: i + 1, year: tokens[i].number, month: nil, day: nil, isBareYear: true)
    }

    /// The match if its explicit parts make a real date (a missing year is checked against a leap year).
    static func checked(_ match: DateMatch) -> DateMatch? {
        if let y = match.year, !(1000...2999).contains(y) { return nil }
        if let m = match.month, !(1...12).contains(m) { return nil }
        if let m = match.month, let d = match.day {
            guard d >= 1, d <= TimePointDays.daysIn(month: m, year: match.year ?? 2024) else { return nil }
        }
        return match
    }
}

/// Calendar arithmetic that `TimePoint` keeps internal to its module.
enum TimePointDays {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
