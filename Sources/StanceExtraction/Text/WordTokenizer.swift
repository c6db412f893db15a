/// A word, number or punctuation mark found by `WordTokenizer`, located by UTF-8 offsets.
///
/// Stored in 32 bytes (offsets as `Int32`: `WordTokenizer` never scans more than 2 GB at once),
/// so that the token arrays of long texts stay small.
struct WordToken: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// FNV-1a hash of the lowercased word (’ counted as '); for numbers, of the digits.
    var hash: UInt64
    private var start32: Int32
    private var end32: Int32
    private var number32: Int32
    /// The Unicode scalar of a punctuation token.
    var scalar: UInt32
    var kind: Kind
    /// The first byte for punctuation (the lead byte of a multi-byte mark), 0 otherwise.
    var mark: UInt8
    /// Whether whitespace (or the start of the text) comes right before the token.
    var spaceBefore: Bool
    /// Whether the word starts with an uppercase ASCII letter.
    var isCapitalized: Bool

    init(
        kind: Kind, start: Int, end: Int, hash: UInt64, number: Int, mark: UInt8, scalar: UInt32, spaceBefore: Bool,
        isCapitalized: Bool
    ) {
        self.hash = hash
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        number32 = Int32(truncatingIfNeeded: number)
        self.scalar = scalar
        self.kind = kind
        self.mark = mark
        self.spaceBefore = spaceBefore
        self.isCapitalized = isCapitalized
    }

    /// Byte offsets of the token in the scanned bytes.
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// The value of a number token (at most 999,999,999), or -1.
    var number: Int { Int(number32) }
    var length: Int { Int(end32 - start32) }
}

/// Splits UTF-8 bytes into words, numbers and punctuation in one linear pass, with no allocation
/// per token beyond the output array.
///
/// Letters are ASCII letters and any non-ASCII scalar outside the punctuation and space blocks
/// (so Arabic or accented names are words); an apostrophe (' or ’) between letters stays inside
/// the word ("Iraq’s"); a dotted initialism ("U.S.") is one word hashed as its letters ("us");
/// hyphens, other dots and dashes are punctuation.
enum WordTokenizer {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x100_0000_01b3

    /// The hash `WordToken.hash` gives a word written `text` (any case).
    static func hash(_ text: String) -> UInt64 {
        var h = fnvOffset
        var bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                bytes.replaceSubrange(i...(i + 2), with: [0x27])
            }
            i += 1
        }
        for b in bytes { h = (h ^ UInt64(lower(b))) &* fnvPrime }
        return h
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The length of the UTF-8 sequence that starts with `b` (1 for a stray continuation byte).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        b < 0xC0 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
    }

    /// The scalar value at `i` (decoded leniently), with its length.
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let n = min(sequenceLength(b), bytes.count - i)
        var value = UInt32(b) & (n == 2 ? 0x1F : (n == 3 ? 0x0F : 0x07))
        var k = 1
        while k < n {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { break }
            value = value << 6 | UInt32(c & 0x3F)
            k += 1
        }
        return (value, max(k, 1))
    }

    /// Whether a non-ASCII scalar is a space (NBSP, the U+2000 spaces, ideographic space...).
    @inline(__always) static func isSpaceScalar(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x2000 && s <= 0x200B) || s == 0x2028 || s == 0x2029 || s == 0x202F
            || s == 0x205F || s == 0x3000 || s == 0xFEFF || s == 0x85
    }

    /// Whether a non-ASCII scalar is punctuation (general punctuation, guillemets, Arabic comma...).
    @inline(__always) static func isPunctuationScalar(_ s: UInt32) -> Bool {
        (s >= 0x2010 && s <= 0x205E) || s == 0xAB || s == 0xBB || s == 0xA1 || s == 0xBF || s == 0xB7
            || s == 0x60C || s == 0x61B || s == 0x61F || s == 0x6D4 || (s >= 0x3001 && s <= 0x3003)
            || (s >= 0xFF01 && s <= 0xFF0F) || s == 0xFFFD
    }

    /// Whether the ASCII byte is whitespace.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// The most tokens `tokens(_:limit:)` allocates slots for at once (32 KB).
    static let maxTokensInPlace = 1024

    /// The tokens of `bytes`, at most `limit` of them.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) -> [WordToken] {
        let bytes = bytes.count < Int(Int32.max) ? bytes : UnsafeBufferPointer(rebasing: bytes[..<Int(Int32.max - 1)])
        // Every token takes at least one byte, so a short range (a sentence, a line) has at most
        // as many tokens as bytes: that many slots are allocated and written in place, with no
        // capacity check and call to `append` per token (about 1% of extraction).
        let bound = min(bytes.count, limit)
        if bound <= maxTokensInPlace {
            return [WordToken](unsafeUninitializedCapacity: bound) { buffer, count in
                var i = 0
                var space = true
                while count < bound, let token = next(bytes, &i, &space) {
                    (buffer.baseAddress! + count).initialize(to: token)
                    count += 1
                }
            }
        }
        var result: [WordToken] = []
        result.reserveCapacity(min(bytes.count / 3 + 8, limit))
        var i = 0
        var space = true
        while result.count < limit, let token = next(bytes, &i, &space) { result.append(token) }
        return result
    }

    /// The first word among the first `limit` tokens of `bytes`, found without making the token list.
    static func firstWord(_ bytes: UnsafeBufferPointer<UInt8>, within limit: Int) -> WordToken? {
        let bytes = bytes.count < Int(Int32.max) ? bytes : UnsafeBufferPointer(rebasing: bytes[..<Int(Int32.max - 1)])
        var i = 0
        var space = true
        var count = 0
        while count < limit, let token = next(bytes, &i, &space) {
            if token.kind == .word { return token }
            count += 1
        }
        return nil
    }

    /// The token that starts at or after `i` (white space skipped), moving `i` past it; nil at the
    /// end. `space` says whether white space (or the start) comes before `i`.
    @inline(__always) static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ space: inout Bool) -> WordToken? {
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if isSpace(b) || b < 0x20 || b == 0x7F {
                    space = true
                    i += 1
                    continue
                }
                if isDigit(b) {
                    var j = i
                    var h = fnvOffset
                    var value = 0
                    while j < n, isDigit(bytes[j]) {
                        h = (h ^ UInt64(bytes[j])) &* fnvPrime
                        if value < 100_000_000 { value = value * 10 + Int(bytes[j] - 0x30) }
                        j += 1
                    }
                    let token = WordToken(
                        kind: .number, start: i, end: j, hash: h, number: value, mark: 0, scalar: 0,
                        spaceBefore: space, isCapitalized: false)
                    space = false
                    i = j
                    return token
                }
                if !isASCIILetter(b) {
                    let token = WordToken(
                        kind: .punctuation, start: i, end: i + 1, hash: 0, number: -1, mark: b,
                        scalar: UInt32(b), spaceBefore: space, isCapitalized: false)
                    space = false
                    i += 1
                    return token
                }
            } else {
                let (s, len) = scalar(in: bytes, at: i)
                if isSpaceScalar(s) {
                    space = true
                    i += len
                    continue
                }
                if isPunctuationScalar(s) {
                    let token = WordToken(
                        kind: .punctuation, start: i, end: i + len, hash: 0, number: -1, mark: b, scalar: s,
                        spaceBefore: space, isCapitalized: false)
                    space = false
                    i += len
                    return token
                }
            }
            // A word: letters (ASCII or other scalars), digits after the first letter, inner apostrophes.
            var j = i
            var h = fnvOffset
            while j < n {
                var c = bytes[j]
                if c < 0x80 {
                    if isASCIILetter(c) || isDigit(c) {
                        // A run of ASCII letters and digits in a loop of its own; `c | 0x20` is
                        // `lower(c)` for a letter or digit, with no branch.
                        repeat {
                            h = (h ^ UInt64(c | 0x20)) &* fnvPrime
                            j += 1
                            guard j < n else { break }
                            c = bytes[j]
                        } while isASCIILetter(c) || isDigit(c)
                        continue
                    }
                    if c == 0x27, j + 1 < n, isWordStart(bytes, j + 1), j > i {
                        h = (h ^ 0x27) &* fnvPrime
                        j += 1
                        continue
                    }
                    break
                }
                let (s, len) = scalar(in: bytes, at: j)
                if s == 0x2019, j > i, j + len < n, isWordStart(bytes, j + len) {
                    h = (h ^ 0x27) &* fnvPrime
                    j += len
                    continue
                }
                if isSpaceScalar(s) || isPunctuationScalar(s) { break }
                for k in j..<(j + len) { h = (h ^ UInt64(bytes[k])) &* fnvPrime }
                j += len
            }
            if j == i { j = i + 1 }
            // A dotted initialism ("U.S.", "U.K.", "e.g.") is one word, hashed without its dots.
            if j == i + 1, isASCIILetter(b), j + 1 < n, bytes[j] == 0x2E, isASCIILetter(bytes[j + 1]),
                j + 2 >= n || !isASCIILetter(bytes[j + 2])
            {
                h = (fnvOffset ^ UInt64(lower(b))) &* fnvPrime
                while j + 1 < n, bytes[j] == 0x2E, isASCIILetter(bytes[j + 1]), j + 2 >= n || !isASCIILetter(bytes[j + 2]) {
                    h = (h ^ UInt64(lower(bytes[j + 1]))) &* fnvPrime
                    j += 2
                }
                if j < n, bytes[j] == 0x2E { j += 1 }
            }
            let token = WordToken(
                kind: .word, start: i, end: j, hash: h, number: -1, mark: 0, scalar: 0, spaceBefore: space,
                isCapitalized: b >= 0x41 && b <= 0x5A)
            space = false
            i = j
            return token
        }
        return nil
    }

    /// Whether a letter (ASCII or a non-punctuation, non-space scalar) starts at `i`.
    @inline(__always) static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = bytes[i]
        if c < 0x80 { return isASCIILetter(c) }
        let (s, _) = scalar(in: bytes, at: i)
        return !isSpaceScalar(s) && !isPunctuationScalar(s)
    }

    /// The tokens of `range` in `text`, with offsets relative to `range.lowerBound`.
    static func tokens(in text: String, range: Range<String.Index>, limit: Int = .max) -> [WordToken] {
        let slice = text.utf8[range]
        if let result = slice.withContiguousStorageIfAvailable({ tokens($0, limit: limit) }) { return result }
        let copy = Array(slice)
        return copy.withUnsafeBufferPointer { tokens($0, limit: limit) }
    }
}
