/// A word, number or punctuation mark of a sentence, as the actor and cue matchers see it.
///
/// Offsets are UTF-8 byte offsets in the whole article text. Dotted abbreviations ("U.S.") are
/// one token; a possessive ending ("’s") is a token of its own, so "Iraq’s" matches "Iraq".
struct StanceToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    var kind: Kind
    var start: Int
    var end: Int
    /// FNV-1a of the lowercased token, dots removed, ’ as '.
    var lower: UInt64
    /// FNV-1a of the token as written, dots removed, ’ as '.
    var exact: UInt64
    /// The Unicode scalar of a punctuation mark, 0 otherwise.
    var mark: UInt32
    /// Whether whitespace (or the start of the scanned range) comes right before the token.
    var spaceBefore: Bool
    /// Whether the token starts with an uppercase letter.
    var isCapitalized: Bool

    var isWord: Bool { kind == .word }
    var isPossessive: Bool { lower == TokenHash.possessive }
}

/// Hashes of words the rules look for, computed once.
enum TokenHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// The lowercase hash of one word as `StanceTokenizer` would compute it.
    static func of(_ word: String) -> UInt64 {
        var h = offset
        for b in word.utf8 where b != 0x2E {
            h = (h ^ UInt64((b >= 0x41 && b <= 0x5A) ? b | 0x20 : b)) &* prime
        }
        return h
    }

    static let possessive = of("'s")
    static let the = of("the")
}

/// Splits a range of UTF-8 text into `StanceToken`s in one linear pass.
enum StanceTokenizer {
    /// The tokens of `range` in `text`, at most `limit` of them, with offsets in the whole text.
    static func tokens(in text: String, range: Range<String.Index>, limit: Int = .max) -> [StanceToken] {
        let base = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        let slice = text.utf8[range]
        if let result = slice.withContiguousStorageIfAvailable({ tokens($0, base: base, limit: limit) }) {
            return result
        }
        let copy = Array(slice)
        return copy.withUnsafeBufferPointer { tokens($0, base: base, limit: limit) }
    }

    /// The tokens of a lexicon phrase (offsets relative to the phrase).
    static func tokens(of phrase: String) -> [StanceToken] {
        tokens(in: phrase, range: phrase.startIndex..<phrase.endIndex)
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// The scalar at `i` (leniently decoded) and its byte length.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xC0 { return (0xFFFD, 1) }
        let n = min(b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4), bytes.count - i)
        var value = UInt32(b) & (n == 2 ? 0x1F : (n == 3 ? 0x0F : 0x07))
        var k = 1
        while k < n {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { break }
            value = value << 6 | UInt32(c & 0x3F)
            k += 1
        }
        return (value, k)
    }

    /// Spaces and punctuation are what the text tokenizer says they are, so both tokenizers split alike.
    @inline(__always) static func isSpaceScalar(_ s: UInt32) -> Bool { WordTokenizer.isSpaceScalar(s) }

    @inline(__always) static func isPunctuationScalar(_ s: UInt32) -> Bool { WordTokenizer.isPunctuationScalar(s) }

    /// Whether a word character (letter, digit or non-punctuation scalar) starts at `i`.
    @inline(__always) static func isWordChar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let c = bytes[i]
        if c < 0x80 { return isLetter(c) || isDigit(c) }
        let (s, _) = scalar(bytes, i)
        return !isSpaceScalar(s) && !isPunctuationScalar(s)
    }

    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, base: Int, limit: Int) -> [StanceToken] {
        var result: [StanceToken] = []
        // Room for a token every four bytes: news text has about one every five or six, and a
        // list that outgrows its room is copied whole.
        result.reserveCapacity(min(bytes.count / 4 + 8, limit))
        let n = bytes.count
        var i = 0
        var space = true
        while i < n, result.count < limit {
            let b = bytes[i]
            if b < 0x80, b <= 0x20 || b == 0x7F {
                space = true
                i += 1
                continue
            }
            let (s, len) = scalar(bytes, i)
            if b >= 0x80, isSpaceScalar(s) {
                space = true
                i += len
                continue
            }
            let isPunct = b < 0x80 ? !(isLetter(b) || isDigit(b)) : isPunctuationScalar(s)
            if isPunct {
                // A possessive ending: ' or ’ followed by s and a non-word character.
                if (s == 0x27 || s == 0x2019), i > 0, !space, i + len < n, bytes[i + len] | 0x20 == 0x73,
                    !isWordChar(bytes, i + len + 1)
                {
                    let h = (((TokenHash.offset ^ 0x27) &* TokenHash.prime) ^ 0x73) &* TokenHash.prime
                    result.append(
                        StanceToken(
                            kind: .word, start: base + i, end: base + i + len + 1, lower: h, exact: h, mark: 0,
                            spaceBefore: false, isCapitalized: false))
                    i += len + 1
                    space = false
                    continue
                }
                result.append(
                    StanceToken(
                        kind: .punctuation, start: base + i, end: base + i + len, lower: 0, exact: 0, mark: s,
                        spaceBefore: space, isCapitalized: false))
                space = false
                i += len
                continue
            }
            // A word or number.
            var j = i
            var lower = TokenHash.offset
            var exact = TokenHash.offset
            var letters = 0
            var digitsOnly = true
            while j < n {
                var c = bytes[j]
                if c < 0x80 {
                    if isLetter(c) || isDigit(c) {
                        // A run of ASCII letters and digits (most of any text), hashed in a loop of
                        // its own so that both hashes stay in registers. `c | 0x20` lowercases a
                        // letter and leaves a digit as it is (digits have that bit set): no branch.
                        repeat {
                            digitsOnly = digitsOnly && isDigit(c)
                            lower = (lower ^ UInt64(c | 0x20)) &* TokenHash.prime
                            exact = (exact ^ UInt64(c)) &* TokenHash.prime
                            letters += 1
                            j += 1
                            guard j < n else { break }
                            c = bytes[j]
                        } while isLetter(c) || isDigit(c)
                        continue
                    }
                    // An apostrophe inside a word ("don't", "O'Brien"), not a possessive 's.
                    if c == 0x27, j > i, isWordChar(bytes, j + 1),
                        !(bytes[j + 1] | 0x20 == 0x73 && !isWordChar(bytes, j + 2))
                    {
                        lower = (lower ^ 0x27) &* TokenHash.prime
                        exact = (exact ^ 0x27) &* TokenHash.prime
                        j += 1
                        continue
                    }
                    // A dotted abbreviation: "U.S.", "U.N.", "E.U." — single letters and dots.
                    if c == 0x2E, letters == 1, j + 1 < n, isLetter(bytes[j + 1]),
                        j + 2 >= n || bytes[j + 2] == 0x2E
                    {
                        j += 1
                        letters = 0
                        continue
                    }
                    if c == 0x2E, letters == 1, j > i + 1, bytes[j - 2] == 0x2E {
                        j += 1  // the final dot of "U.S."
                        break
                    }
                    break
                }
                let (t, tl) = scalar(bytes, j)
                if t == 0x2019, j > i, isWordChar(bytes, j + tl),
                    !(bytes[j + tl] | 0x20 == 0x73 && !isWordChar(bytes, j + tl + 1))
                {
                    lower = (lower ^ 0x27) &* TokenHash.prime
                    exact = (exact ^ 0x27) &* TokenHash.prime
                    j += tl
                    continue
                }
                if isSpaceScalar(t) || isPunctuationScalar(t) { break }
                for k in j..<(j + tl) {
                    lower = (lower ^ UInt64(bytes[k])) &* TokenHash.prime
                    exact = (exact ^ UInt64(bytes[k])) &* TokenHash.prime
                }
                digitsOnly = false
                letters += 1
                j += tl
            }
            if j == i { j = i + 1 }
            result.append(
                StanceToken(
                    kind: digitsOnly ? .number : .word, start: base + i, end: base + j, lower: lower, exact: exact,
                    mark: 0, spaceBefore: space, isCapitalized: isUpper(b) || (b >= 0x80 && !digitsOnly)))
            space = false
            i = j
        }
        return result
    }
}
