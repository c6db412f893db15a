extension SegmentScan {
    /// Titles and other abbreviations after which a period never ends a sentence.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Gen", "Lt", "Col", "Sgt", "Sen", "Sens", "Rep", "Reps",
        "Gov", "Prof", "St", "Capt", "Maj", "Adm", "Cmdr", "Cdr", "Rev", "Hon", "Pres", "Brig", "Cpl", "Pvt", "Fr",
        "Mt", "Ft", "Lieut", "Supt", "Insp", "Det", "Amb", "Atty", "Gens", "Sec", "Sheikh", "vs", "v", "cf", "approx",
        "ca", "al", "Ave", "Blvd", "Rd", "Ste", "Dept", "Univ", "Assn", "Bros", "Gov't", "Rt", "Mgr", "Msgr", "Sr", "Jr",
    ]
    /// Abbreviations that end a sentence only when no number follows (Jan. 31, No. 5).
    static let beforeNumbers: Set<String> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "no",
        "Art", "Vol", "vol", "pp", "p", "para", "Fig", "fig", "Ch", "ch", "Sec", "Par",
    ]
    /// Abbreviations that often end sentences: they do when a typical sentence opener follows.
    static let terminalAbbreviations: Set<String> = ["etc", "Inc", "Ltd", "Co", "Corp", "Plc", "LLC", "pm", "am"]
    /// Words that typically open a sentence, deciding after "U.S." or "Inc." whether a new one starts.
    static let sentenceOpeners = WordSet([
            "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "but", "and", "or", "in", "on", "at", "this",
            "that", "these", "those", "however", "its", "his", "her", "their", "our", "there", "some", "many", "most",
            "meanwhile", "as", "after", "before", "when", "while", "still", "yet", "if", "so", "such", "for", "with",
            "no", "one", "both", "all", "each", "since", "although", "though", "despite", "during", "following",
            "under", "last", "earlier", "later", "according", "officials", "analysts", "critics", "what", "why", "how",
            "who", "where", "instead", "now", "then", "also", "other", "others", "several", "few", "by", "from", "to",
            "nor", "neither", "either", "not", "only", "even",
        ])

    /// The sentences of a paragraph, trimmed, in order.
    func sentences(in paragraph: Range<Int>, number: Int) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        var start = paragraph.lowerBound
        let end = paragraph.upperBound
        var i = start
        func emit(_ e: Int) {
            let (a, b) = trim(start, e)
            if a < b { result.append(SentenceSpan(range: a..<b, paragraph: number)) }
            start = e
        }
        while i < end {
            let c = bytes[i]
            var terminalEnd: Int
            var isEllipsis = false
            if c == 0x2E || c == 0x21 || c == 0x3F {
                terminalEnd = i + 1
            } else if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                terminalEnd = i + 3
                isEllipsis = true
            } else {
                i += 1
                continue
            }
            // A run of terminals ("?!", "...", ".…").
            var dots = c == 0x2E ? 1 : 0
            while terminalEnd < end {
                let d = bytes[terminalEnd]
                if d == 0x2E || d == 0x21 || d == 0x3F {
                    if d == 0x2E { dots += 1 }
                    terminalEnd += 1
                } else if d == 0xE2, terminalEnd + 2 < end, bytes[terminalEnd + 1] == 0x80, bytes[terminalEnd + 2] == 0xA6 {
                    isEllipsis = true
                    terminalEnd += 3
                } else {
                    break
                }
            }
            if dots >= 3 { isEllipsis = true }
            // Closing quotes and brackets belong to the sentence that ends.
            var j = terminalEnd
            while j < end {
                let d = bytes[j]
                if d == 0x22 || d == 0x27 || d == 0x29 || d == 0x5D {
                    j += 1
                } else if d == 0xE2, j + 2 < end, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 {
                    j += 3
                } else if d == 0xC2, j + 1 < end, bytes[j + 1] == 0xBB {
                    j += 2
                } else if let mark = citationMarkEnd(at: j, end: end) {
                    j = mark
                } else {
                    break
                }
            }
            if isBoundary(terminal: i, single: c == 0x2E && dots == 1 && !isEllipsis, after: j, end: end) {
                emit(j)
            }
            i = max(j, i + 1)
        }
        emit(end)
        return result
    }

    /// Whether a sentence ends at `after`, behind the terminal at `terminal`.
    func isBoundary(terminal: Int, single: Bool, after: Int, end: Int) -> Bool {
        guard after < end else { return true }
        // Whitespace must follow (2.5, U.S.-led, ...that do not end sentences).
        var k = after
        while k < end {
            let c = bytes[k]
            if c < 0x80 {
                guard WordTokenizer.isSpace(c) else { break }
                k += 1
            } else {
                let (s, len) = WordTokenizer.scalar(in: bytes, at: k)
                guard WordTokenizer.isSpaceScalar(s) else { break }
                k += len
            }
        }
        guard k > after else { return runsTogether(terminal: terminal, after: after, end: end) }
        guard k < end else { return true }
        let next = bytes[k]
        let nextIsDigit = WordTokenizer.isDigit(next)
        let opensQuote =
            next == 0x22 || next == 0x27 || next == 0x28 || next == 0x5B
            || (next == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x9C || bytes[k + 2] == 0x98))
            || (next == 0xC2 && k + 1 < end && bytes[k + 1] == 0xAB)
        let upper = next >= 0x41 && next <= 0x5A
        var otherLetter = false
        if next >= 0x80, !opensQuote {
            let (s, _) = WordTokenizer.scalar(in: bytes, at: k)
            otherLetter = !WordTokenizer.isPunctuationScalar(s)
        }
        guard upper || nextIsDigit || opensQuote || otherLetter else { return false }
        guard single else { return true }
        // The word before the period.
        var w = terminal
        while w > 0, w > terminal - 40 {
            let c = bytes[w - 1]
            guard WordTokenizer.isASCIILetter(c) || c == 0x2E || c == 0x27 else { break }
            w -= 1
        }
        guard w < terminal else { return true }
        if UnsafeBufferPointer(rebasing: bytes[w..<terminal]).contains(0x2E) {
            // Dotted initialisms (U.S., e.g., a.m.): a new sentence only before a typical opener.
            return startsWithOpener(k, end) || opensQuote
        }
        if terminal - w == 1, upper || otherLetter, bytes[w] >= 0x41, bytes[w] <= 0x5A {
            return false  // An initial: George W. Bush.
        }
        // Most words are no abbreviation, which their hash tells without making a string.
        guard mayBeAbbreviation(w, terminal) else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<terminal]), as: UTF8.self)
        if Self.titles.contains(word) { return false }
        if Self.beforeNumbers.contains(word) { return !nextIsDigit }
        if Self.terminalAbbreviations.contains(word) { return startsWithOpener(k, end) || opensQuote }
        return true
    }

    /// The end of a citation mark at `j` ("[12]", "[a]"), or nil.
    func citationMarkEnd(at j: Int, end: Int) -> Int? {
        guard bytes[j] == 0x5B else { return nil }
        var k = j + 1
        while k < end, k <= j + 4, WordTokenizer.isDigit(bytes[k]) || (bytes[k] >= 0x61 && bytes[k] <= 0x7A) { k += 1 }
        guard k > j + 1, k < end, bytes[k] == 0x5D else { return nil }
        return k + 1
    }

    /// Whether two sentences run together without a space ("…US forces.The group said"): a word of
    /// two letters or more (not an abbreviation) or a number before the stop, a capitalised word
    /// after it. "U.S.", "2.5" and initials do not qualify.
    func runsTogether(terminal: Int, after: Int, end: Int) -> Bool {
        guard after + 1 < end, bytes[after] >= 0x41, bytes[after] <= 0x5A, bytes[after + 1] >= 0x61, bytes[after + 1] <= 0x7A
        else { return false }
        var w = terminal
        while w > 0, terminal - w < 40, WordTokenizer.isASCIILetter(bytes[w - 1]) { w -= 1 }
        if w == terminal { return terminal > 0 && WordTokenizer.isDigit(bytes[terminal - 1]) }
        guard terminal - w >= 2, w == 0 || bytes[w - 1] != 0x2E else { return false }
        guard mayBeAbbreviation(w, terminal) else { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<terminal]), as: UTF8.self)
        return !Self.titles.contains(word) && !Self.beforeNumbers.contains(word) && !Self.terminalAbbreviations.contains(word)
    }

    /// Whether the bytes `w..<terminal` may spell a word of `titles`, `beforeNumbers` or
    /// `terminalAbbreviations`: no longer than the longest and hashed (as written) like one of
    /// them. Where they may, the sets decide.
    func mayBeAbbreviation(_ w: Int, _ terminal: Int) -> Bool {
        guard terminal - w <= Self.longestAbbreviation else { return false }
        var h = WordTokenizer.fnvOffset
        for i in w..<terminal { h = (h ^ UInt64(bytes[i])) &* WordTokenizer.fnvPrime }
        return Self.abbreviationHashes.contains(h)
    }

    static let longestAbbreviation = titles.union(beforeNumbers).union(terminalAbbreviations).map(\.utf8.count).max() ?? 0

    /// The hashes (bytes as written, FNV-1a) of the words of the three abbreviation sets.
    static let abbreviationHashes = TokenHashSet(
        titles.union(beforeNumbers).union(terminalAbbreviations).map { word in
            word.utf8.reduce(WordTokenizer.fnvOffset) { h, byte in (h ^ UInt64(byte)) &* WordTokenizer.fnvPrime }
        })

    /// Whether the word at `k` is a typical sentence opener ("The", "It", "But").
    func startsWithOpener(_ k: Int, _ end: Int) -> Bool {
        var e = k
        while e < end, e < k + 20, WordTokenizer.isASCIILetter(bytes[e]) { e += 1 }
        guard e > k else { return false }
        let tokens = WordTokenizer.tokens(UnsafeBufferPointer(rebasing: bytes[k..<e]), limit: 1)
        guard let first = tokens.first else { return false }
        return openers.contains(first.hash)
    }
}
