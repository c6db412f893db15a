/// Finds quotes in a document's text, tolerant of how they were typed.
///
/// Any run of whitespace (newlines included) matches any other run; straight and curly quotes
/// and apostrophes (`'` `‘` `’`, `"` `“` `”`) are interchangeable, and so are `...` and `…`.
/// The text is normalised once, with a map back to the original offsets, so each quote costs
/// one linear search. Offsets count Unicode scalars, end exclusive, as `Evidence.characterRange`.
public struct QuoteLocator: Sendable {
    /// The scalars of the original text.
    public let scalars: [Unicode.Scalar]
    /// The normalised text.
    private let normalised: [UInt32]
    /// For each normalised scalar, the original range it stands for.
    private let origin: [Range<Int>]

    /// Prepares `text` for searching.
    /// - Complexity: O(length of the text).
    public init(text: String) {
        scalars = Array(text.unicodeScalars)
        var normalised: [UInt32] = []
        var origin: [Range<Int>] = []
        normalised.reserveCapacity(scalars.count)
        origin.reserveCapacity(scalars.count)
        Self.normalise(scalars) { value, range in
            normalised.append(value)
            origin.append(range)
        }
        self.normalised = normalised
        self.origin = origin
    }

    /// The range of the first occurrence of `quote` in the original text, or nil.
    ///
    /// Whitespace at either end of the quote is ignored; an empty quote is never found.
    /// - Complexity: O(length of the text + length of the quote).
    public func range(of quote: String) -> Range<Int>? {
        var pattern: [UInt32] = []
        Self.normalise(Array(quote.unicodeScalars)) { value, _ in pattern.append(value) }
        while pattern.first == Self.space { pattern.removeFirst() }
        while pattern.last == Self.space { pattern.removeLast() }
        guard let start = Self.firstIndex(of: pattern, in: normalised) else { return nil }
        return origin[start].lowerBound..<origin[start + pattern.count - 1].upperBound
    }

    /// The original text in `range` (Unicode-scalar offsets).
    public func text(in range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.clamped(to: scalars.indices)])
        return String(result)
    }

    private static let space = UInt32(0x20)

    /// Calls `emit` with each normalised scalar and the original range it came from.
    private static func normalise(_ scalars: [Unicode.Scalar], emit: (UInt32, Range<Int>) -> Void) {
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.properties.isWhitespace {
                var end = position + 1
                while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
                emit(space, position..<end)
                position = end
                continue
            }
            switch scalar.value {
            case 0x2018, 0x2019: emit(0x27, position..<position + 1)  // ‘ ’ → '
            case 0x201C, 0x201D: emit(0x22, position..<position + 1)  // “ ” → "
            case 0x2026:  // … → ...
                for _ in 0..<3 { emit(0x2E, position..<position + 1) }
            default: emit(scalar.value, position..<position + 1)
            }
            position += 1
        }
    }

    /// The first index of `pattern` in `text` (Knuth–Morris–Pratt), or nil.
    static func firstIndex(of pattern: [UInt32], in text: [UInt32]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in pattern.indices.dropFirst() {
            while k > 0, pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        k = 0
        for (i, value) in text.enumerated() {
            while k > 0, value != pattern[k] { k = failure[k - 1] }
            if value == pattern[k] { k += 1 }
            if k == pattern.count { return i - pattern.count + 1 }
        }
        return nil
    }
}
