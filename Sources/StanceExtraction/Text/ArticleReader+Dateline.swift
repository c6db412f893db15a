import StanceModel

extension ArticleReader {
    /// What the header block of an article (the short lines before the body) and the dateline of
    /// its first paragraph say: publication date, title, outlet, URL, and where the body starts.
    struct Header: Sendable, Hashable {
        var title: String?
        var outlet: String?
        var url: String?
        var published: TimePoint?
        /// Whether the year of `published` was inferred (a yearless agency dateline).
        var yearInferred = false
        var body: Range<String.Index>

        /// At most this many non-blank lines, within this many bytes, are looked at as a header.
        static let maxLines = 16
        static let maxBytes = 6000

        /// Reads the header of `text`; with `dateKnown` (a date given by the caller), a yearless
        /// dateline's year is not inferred, since the given date wins anyway.
        static func read(_ text: String, dateKnown: Bool = false) -> Header {
            let whole = text.startIndex..<text.endIndex
            var copy = text
            let result = copy.withUTF8 { bytes in HeaderScan(bytes: bytes, dateKnown: dateKnown).run() }
            func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
            let body = result.bodyStart > 0 ? index(result.bodyStart)..<text.endIndex : whole
            return Header(
                title: result.title, outlet: result.outlet, url: result.url, published: result.published, yearInferred: result.yearInferred,
                body: body)
        }
    }
}

/// A line of the header block, with what it looks like.
struct HeaderLine {
    var start: Int
    var end: Int
    var text: String
    var tokens: [WordToken]
    var words: Int
    var date: (point: TimePoint, score: Int)?
    var isURL = false
    var isByline = false
    var hasBar = false
    var label: String?
}

/// One pass over the first lines of an article's bytes, finding its header.
struct HeaderScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let grammar = DateGrammar.shared
    /// Whether the caller gives the publication date, so the dateline's date need not be read.
    var dateKnown = false

    struct Result {
        var title: String?
        var outlet: String?
        var url: String?
        var published: TimePoint?
        var yearInferred = false
        var bodyStart = 0
    }

    static let laterLabels = WordSet([
            "today", "updated", "update", "modified", "accessed", "retrieved", "printed", "edited", "revised",
            "downloaded", "viewed", "saved", "captured", "archived", "current", "now",
        ])
    static let publishedLabels = WordSet(["published", "posted", "date", "dated", "released", "filed", "issued", "publication", "first"])
    static let timeWords = WordSet([
            "am", "pm", "gmt", "utc", "et", "est", "edt", "cet", "cest", "bst", "pt", "pst", "pdt", "ast", "msk", "ist",
            "at", "on", "h", "hrs", "local", "time",
        ])
    static let outletLabels = WordSet(["source", "outlet", "publisher", "publication", "via"])
    static let byHash = WordTokenizer.hash("by")
    static let urlLabels = WordSet(["url", "link", "source", "web"])

    func string(_ a: Int, _ b: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }

    func trimmed(_ a: Int, _ b: Int) -> (Int, Int) {
        var a = a
        var b = b
        while a < b, isBlank(a) { a += WordTokenizer.sequenceLength(bytes[a]) }
        while b > a, WordTokenizer.isSpace(bytes[b - 1]) || (bytes[b - 1] == 0xA0 && b >= 2 && bytes[b - 2] == 0xC2) {
            b -= bytes[b - 1] == 0xA0 ? 2 : 1
        }
        return (a, b)
    }

    func isBlank(_ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return WordTokenizer.isSpace(b) }
        return WordTokenizer.isSpaceScalar(WordTokenizer.scalar(in: bytes, at: i).0)
    }

    /// Calls `body` with each line (start, end of content) of the first `maxBytes`, at most
    /// `maxLines` non-blank ones, until it returns false: the header ends at the first line that
    /// is not header-like, so the lines after it are never looked for.
    func forEachLine(_ body: (Int, Int) -> Bool) {
        var start = 0
        var i = 0
        let limit = min(bytes.count, ArticleReader.Header.maxBytes)
        var nonBlank = 0
        while i < limit, nonBlank <= ArticleReader.Header.maxLines {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                var next = i + 1
                if b == 0x0D, next < bytes.count, bytes[next] == 0x0A { next += 1 }
                guard body(start, i) else { return }
                let (a, e) = trimmed(start, i)
                if a < e { nonBlank += 1 }
                start = next
                i = next
                continue
            }
            i += 1
        }
        if i >= bytes.count, start < bytes.count { _ = body(start, bytes.count) }
    }

    /// Whether the bytes start with "http://", "https://" or "www." (any case).
    static func startsWithURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in ["http://", "https://", "www."] {
            let p = Array(prefix.utf8)
            if bytes.count >= p.count, zip(bytes.prefix(p.count), p).allSatisfy({ WordTokenizer.lower($0) == $1 }) { return true }
        }
        return false
    }

    func analyse(_ a: Int, _ b: Int) -> HeaderLine {
        let slice = UnsafeBufferPointer(rebasing: bytes[a..<b])
        let tokens = WordTokenizer.tokens(slice, limit: 200)
        var line = HeaderLine(
            start: a, end: b, text: string(a, b), tokens: tokens, words: tokens.filter { $0.kind != .punctuation }.count)
        line.isURL = Self.startsWithURL(slice)
        if let first = tokens.first, first.kind == .word, first.hash == Self.byHash, tokens.count > 1,
            tokens[1].kind == .word, tokens[1].isCapitalized
        {
            line.isByline = true
        }
        if tokens.count >= 2, tokens[0].kind == .word, tokens[1].kind == .punctuation, tokens[1].mark == 0x3A {
            line.label = String(decoding: UnsafeBufferPointer(rebasing: slice[tokens[0].start..<tokens[0].end]), as: UTF8.self)
        }
        line.hasBar = slice.contains(0x7C)
        line.date = bestDate(in: tokens, slice: slice, byline: line.isByline || line.hasBar)
        return line
    }

    /// The day-precision date of a header line with its score: 3 labelled published or in a
    /// byline, 2 on a line of its own, 1 among other words, 0 labelled today/updated/accessed.
    func bestDate(in tokens: [WordToken], slice: UnsafeBufferPointer<UInt8>, byline: Bool) -> (TimePoint, Int)? {
        var i = 0
        while i < tokens.count {
            guard let match = grammar.match(tokens, at: i, bytes: slice), let y = match.year, let m = match.month,
                let d = match.day, let point = TimePoint(year: y, month: m, day: d)
            else {
                i += 1
                continue
            }
            var score = 2
            let before = tokens[0..<match.first]
            if before.contains(where: { $0.kind == .word && Self.laterLabels.contains($0.hash) }) {
                score = 0
            } else if byline || before.contains(where: { $0.kind == .word && Self.publishedLabels.contains($0.hash) }) {
                score = 3
            } else {
                let others = tokens.indices.filter { $0 < match.first || $0 >= match.end }.map { tokens[$0] }
                let plain = others.allSatisfy { t in
                    t.kind == .punctuation || t.kind == .number
                        || (t.kind == .word && (grammar.weekdayNames[t.hash] != nil || Self.timeWords.contains(t.hash)))
                }
                if !plain { score = 1 }
            }
            return (point, score)
        }
        return nil
    }

    func run() -> Result {
        var result = Result()
        var header: [HeaderLine] = []
        var bodyStart: Int?
        forEachLine { a, b in
            let (s, e) = trimmed(a, b)
            if s >= e { return true }
            // A line this long is never header-like (`isHeaderLike`): the body starts there, and
            // the line (most often the first paragraph) need not be tokenized and dated.
            if e - s > Self.maxHeaderLineBytes {
                bodyStart = a
                return false
            }
            let line = analyse(s, e)
            if isHeaderLike(line) {
                header.append(line)
                return true
            }
            bodyStart = a
            return false
        }
        // Everything short: no body found below a header, so the whole text is the body.
        guard let start = bodyStart else {
            fill(&result, from: header, titleAllowed: false)
            return result
        }
        result.bodyStart = start
        fill(&result, from: header, titleAllowed: true)
        gluedDate(&result)
        dateline(&result)
        if !header.isEmpty || result.bodyStart != start { return result }
        result.bodyStart = start
        return result
    }

    /// A header line is at most this long.
    static let maxHeaderLineBytes = 300

    func isHeaderLike(_ line: HeaderLine) -> Bool {
        if line.end - line.start > Self.maxHeaderLineBytes { return false }
        if line.isURL || line.isByline || line.label != nil { return true }
        guard let last = line.tokens.last else { return true }
        let terminal =
            last.kind == .punctuation
            && [0x2E, 0x21, 0x3F, 0x22, 0x3A, 0x3B].contains(last.scalar) || [0x2026, 0x201D, 0x2019].contains(last.scalar)
        if line.date != nil && line.words <= 16 && !(terminal && line.words > 6) { return true }
        if !terminal { return line.words <= 30 }
        if last.scalar == 0x3F || last.scalar == 0x21 {
            let words = line.tokens.filter { $0.kind == .word }
            let capitalised = words.filter(\.isCapitalized).count
            return words.count <= 16 && capitalised * 2 >= words.count
        }
        return false
    }

    func fill(_ result: inout Result, from header: [HeaderLine], titleAllowed: Bool) {
        // The publication date: the best-scored candidate, earliest on ties.
        var best: (TimePoint, Int)?
        for line in header {
            if let date = line.date, best == nil || date.score > best!.1 { best = (date.point, date.score) }
        }
        result.published = best?.0
        var titleIndex: Int?
        for (i, line) in header.enumerated() {
            if line.isURL, result.url == nil { result.url = line.text }
            if let label = line.label {
                let value = valueAfterLabel(line)
                let key = WordTokenizer.hash(label)
                if Self.urlLabels.contains(key), value.lowercased().hasPrefix("http") {
                    result.url = result.url ?? value
                } else if Self.outletLabels.contains(key), !value.isEmpty, line.date == nil {
                    result.outlet = result.outlet ?? value
                }
            }
            if line.isByline || line.hasBar, line.date != nil || line.isByline {
                let parts = line.text.split(separator: "|").map(Self.trimmingWhitespace)
                for part in parts.dropFirst() where !part.isEmpty {
                    let words = part.split(separator: " ")
                    let hasDigit = part.contains(where: \.isNumber)
                    if !hasDigit, words.count <= 4, !part.lowercased().hasPrefix("by ") {
                        result.outlet = result.outlet ?? part
                        break
                    }
                }
            }
            guard titleAllowed, line.date == nil, !line.isURL, !line.isByline, line.label == nil, line.words >= 3 else { continue }
            if titleIndex == nil || line.words > header[titleIndex!].words { titleIndex = i }
        }
        if let t = titleIndex {
            var title = header[t].text
            if header[t].hasBar, let bar = title.lastIndex(of: "|"), bar > title.startIndex {
                let suffix = Self.trimmingWhitespace(title[title.index(after: bar)...])
                let head = Self.trimmingWhitespace(title[..<bar])
                if !suffix.isEmpty, !head.isEmpty, suffix.split(separator: " ").count <= 4 {
                    result.outlet = result.outlet ?? suffix
                    title = head
                }
            }
            result.title = title
            if result.outlet == nil {
                for (i, line) in header.enumerated() where i != t && isOutletLike(line) {
                    result.outlet = line.text
                    break
                }
            }
        }
    }

    /// Words before a year that make it a deadline or target ("by 2030", "until 2027"), not a year
    /// the article reports as past.
    static let targetYearWords = WordSet(["by", "until", "till", "through", "before", "to", "next", "target", "plan", "vision", "horizon"])
    /// Whether the word before token `i` makes a year there a deadline ("by 2030", "by the end of 2027").
    func isTargetYear(_ tokens: [WordToken], before i: Int, in slice: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = i - 1
        var words = 0
        while p >= 0, words < 4 {
            let t = tokens[p]
            if t.kind == .word {
                if Self.targetYearWords.contains(t.hash) { return true }
                guard Self.deadlineFillers.contains(t.hash) || grammar.month(t, bytes: slice) != nil else { return false }
                words += 1
            } else if t.kind != .number {
                return false
            }
            p -= 1
        }
        return false
    }
    static let deadlineFillers = WordSet(["the", "end", "of", "early", "late", "mid", "middle", "start", "beginning"])

    /// The bundled events, for dating yearless datelines by the events the article names.
    static let bundledEvents: EventLexicon? = try? EventLexicon.bundled()

    /// The date of a yearless agency dateline ("BEIRUT, Nov 28 (Agency) — ... on Thursday").
    ///
    /// The rule: the article cannot predate what it reports, so the lower bound is the latest of
    /// the years it names (not as deadlines: "by 2030") and the dates of the bundled events it
    /// names ("after Assad's fall" → 2024-12-08), in its first 20,000 bytes. The date is the first
    /// month/day on or after that bound whose weekday is the one the first paragraph names, or
    /// the day after it ("said late on Monday" in a Tuesday dateline), looking at most eight years
    /// on; without a weekday, the first such month/day on or after the bound. No bound: nil.
    func inferYear(month: Int, day: Int, after offset: Int) -> TimePoint? {
        let end = min(bytes.count, offset + 20_000)
        guard offset < end else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[offset..<end])
        let tokens = WordTokenizer.tokens(slice)
        var bound: TimePoint?
        func raise(_ p: TimePoint?) {
            guard let p else { return }
            if bound == nil || p.firstDay > bound!.firstDay { bound = p }
        }
        let index = Self.bundledEvents?.index
        for i in tokens.indices {
            let t = tokens[i]
            if t.kind == .number, t.length == 4, let match = grammar.match(tokens, at: i, bytes: slice), let y = match.year {
                if isTargetYear(tokens, before: match.first, in: slice) { continue }
                raise(TimePoint(year: y))
            } else if t.kind == .word, let index, let events = Self.bundledEvents, let (e, _) = index.longestMatch(in: tokens, at: i) {
                raise(events.events[e].date)
            }
        }
        guard let bound else { return nil }
        var paragraphEnd = tokens.count
        if let newline = slice.firstIndex(of: 0x0A) { paragraphEnd = tokens.firstIndex { $0.start >= newline } ?? tokens.count }
        let weekday = tokens[..<paragraphEnd].first {
            $0.kind == .word && $0.isCapitalized && $0.length >= 6 && grammar.weekdayNames[$0.hash] != nil
        }.flatMap { grammar.weekdayNames[$0.hash] }
        for year in bound.year...(bound.year + 8) {
            guard let date = TimePoint(year: year, month: month, day: day), date.endDay > bound.firstDay else { continue }
            guard let weekday else { return date }
            let own = ((date.firstDay % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday (3, Monday being 0).
            if own == weekday || (own + 6) % 7 == weekday { return date }
        }
        return nil
    }

    /// Whether a header line looks like an outlet or section name ("World News", "Horn Desk",
    /// "The Hemisphere Post — Americas desk"): one to six words, no digits, mostly capitalised.
    func isOutletLike(_ line: HeaderLine) -> Bool {
        guard line.date == nil, !line.isURL, !line.isByline, line.label == nil else { return false }
        let words = line.tokens.filter { $0.kind == .word }
        guard (1...6).contains(words.count), !line.tokens.contains(where: { $0.kind == .number }),
            let first = words.first, first.isCapitalized || bytes[line.start + first.start] >= 0x80
        else { return false }
        guard line.tokens.allSatisfy({ $0.kind == .word || Self.isOutletMark($0.scalar) }) else { return false }
        return words.filter(\.isCapitalized).count * 2 >= words.count
    }

    /// The marks an outlet or section name may hold: & - – — . ' ’ | / :
    static func isOutletMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x26, 0x2D, 0x2013, 0x2014, 0x2E, 0x27, 0x2019, 0x7C, 0x2F, 0x3A: true
        default: false
        }
    }

    /// Whether a scalar is in `CharacterSet.whitespaces` (tab and the space separators).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `trimmingCharacters(in: .whitespaces)` by scalars, without Foundation's character sets
    /// (which cost more than the rest of reading the header).
    static func trimmingWhitespace(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var a = scalars.startIndex
        var b = scalars.endIndex
        while a < b, isWhitespace(scalars[a]) { a = scalars.index(after: a) }
        while b > a, isWhitespace(scalars[scalars.index(before: b)]) { b = scalars.index(before: b) }
        return String(scalars[a..<b])
    }

    /// The text of a "Label: value" line after the colon.
    func valueAfterLabel(_ line: HeaderLine) -> String {
        guard line.tokens.count >= 2 else { return "" }
        let from = line.start + line.tokens[1].end
        let (a, b) = trimmed(from, line.end)
        return a < b ? string(a, b) : ""
    }

    /// A date glued to the start of the body, the furniture of a saved page (" date 2024-01-30
    /// Kataeb Hezbollah in Iraq says …", "January 30, 2024Iraq's …"): an optional label, a full
    /// date, then at once a capitalised word with no comma between. The date is the publication
    /// date when none was found (unless labelled Updated or the like), and the body starts after it.
    func gluedDate(_ result: inout Result) {
        let start = result.bodyStart
        let end = min(bytes.count, start + 80)
        guard start < end else { return }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let tokens = WordTokenizer.tokens(slice, limit: 14)
        guard !tokens.isEmpty else { return }
        var i = 0
        var later = false
        if tokens[0].kind == .word, Self.publishedLabels.contains(tokens[0].hash) || Self.laterLabels.contains(tokens[0].hash) {
            later = Self.laterLabels.contains(tokens[0].hash)
            i = 1
            if i < tokens.count, tokens[i].kind == .punctuation, tokens[i].mark == 0x3A { i += 1 }
        }
        guard i < tokens.count, let match = grammar.match(tokens, at: i, bytes: slice), let y = match.year, let m = match.month,
            let d = match.day, let point = TimePoint(year: y, month: m, day: d), match.end < tokens.count
        else { return }
        let next = tokens[match.end]
        guard next.kind == .word, next.isCapitalized, grammar.weekdayNames[next.hash] == nil, grammar.month(next, bytes: slice) == nil,
            i > 0 || !next.spaceBefore || match.first == 0
        else { return }
        if result.published == nil, !dateKnown, !later { result.published = point }
        result.bodyStart = start + next.start
    }

    /// A news-agency dateline opening the body ("BAGHDAD, Jan. 31, 2025 (Reuters) - "): its date
    /// (when the header gave none), its outlet, and the body then starts after its dash.
    func dateline(_ result: inout Result) {
        let start = result.bodyStart
        let end = min(bytes.count, start + 160)
        guard start < end else { return }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let tokens = WordTokenizer.tokens(slice, limit: 40)
        var i = 0
        // The place: capitalised words and commas, at most six tokens.
        while i < tokens.count, i < 8, tokens[i].kind == .word || (tokens[i].kind == .punctuation && (tokens[i].mark == 0x2C || tokens[i].mark == 0x2F)) {
            if tokens[i].kind == .word, !tokens[i].isCapitalized { return }
            if grammar.month(tokens[i], bytes: slice) != nil { break }
            i += 1
        }
        guard i < tokens.count else { return }
        var date: DateMatch?
        if let match = grammar.match(tokens, at: i, bytes: slice), match.month != nil, !match.isBareMonth {
            date = match
            i = match.end
        }
        // A dateline may open with its date ("May 4, 2016 – ..."), then it needs the year.
        guard i > 0, date != nil || tokens[0].kind == .word, date?.first != 0 || date?.year != nil else { return }
        var outlet: String?
        if i < tokens.count, tokens[i].kind == .punctuation, tokens[i].mark == 0x28 {
            var j = i + 1
            while j < tokens.count, j < i + 6, !(tokens[j].kind == .punctuation && tokens[j].mark == 0x29) { j += 1 }
            guard j < tokens.count, j > i + 1 else { return }
            outlet = string(start + tokens[i + 1].start, start + tokens[j - 1].end)
            i = j + 1
        }
        // A place in capitals alone ("BAGHDAD —") is a dateline too.
        let capitalsOnly = (0..<i).allSatisfy { k in
            tokens[k].kind != .word || (tokens[k].length >= 2 && (tokens[k].start..<tokens[k].end).allSatisfy { !(slice[$0] >= 0x61 && slice[$0] <= 0x7A) })
        }
        guard date != nil || outlet != nil || capitalsOnly, i < tokens.count, tokens[i].kind == .punctuation,
            tokens[i].mark == 0x2D || tokens[i].scalar == 0x2013 || tokens[i].scalar == 0x2014
        else { return }
        if result.published == nil, !dateKnown, let date, let m = date.month, let d = date.day {
            if let y = date.year {
                result.published = TimePoint(year: y, month: m, day: d)
            } else {
                result.published = inferYear(month: m, day: d, after: start + tokens[i].end)
                result.yearInferred = result.published != nil
            }
        }
        if let outlet { result.outlet = result.outlet ?? outlet }
        var bodyStart = start + tokens[i].end
        while bodyStart < bytes.count, bytes[bodyStart] == 0x20 { bodyStart += 1 }
        result.bodyStart = bodyStart
    }
}
