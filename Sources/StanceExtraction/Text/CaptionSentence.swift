/// Photo captions that run inside a paragraph of a saved page: "People hold flags as they
/// celebrate at the Place de la Republique, in Paris, France, December 8, 2024." A wire caption
/// ends with its place and a full date, with no preposition before the date ("on December 8,
/// 2024" is prose); such a sentence describes a picture, not a stance.
enum CaptionSentence {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let datePrepositions: Set<String> = [
        "on", "since", "until", "till", "in", "by", "of", "from", "before", "after", "to", "through", "between",
        "and", "as", "at", "during", "early", "late", "mid", "around", "about",
    ]

    /// Whether `range` of `bytes` ends with four digits (before a stop, spaces and closing
    /// quotes), as every caption `matches` does: the test on bytes, before the one on text.
    static func endsWithYear(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let byte = bytes[end - 1]
            guard byte == 0x2E || byte == 0x20 || byte == 0x0A || byte == 0x22 else { break }
            end -= 1
        }
        var digits = 0
        var cursor = end
        while cursor > range.lowerBound, digits < 5 {
            guard (0x30...0x39).contains(bytes[cursor - 1]) else { break }
            digits += 1
            cursor -= 1
        }
        return digits == 4
    }

    /// Whether the sentence ends "…, Place, Month D, YYYY." or "… Place Month D, YYYY.".
    /// - Complexity: reads the last few bytes only (a year's digits first).
    static func matches(_ sentence: Substring) -> Bool {
        let utf8 = sentence.utf8
        var end = utf8.endIndex
        // Trailing stop, spaces and closing quotes.
        while end > utf8.startIndex {
            let previous = utf8.index(before: end)
            let byte = utf8[previous]
            guard byte == 0x2E || byte == 0x20 || byte == 0x0A || byte == 0x22 else { break }
            end = previous
        }
        // The year: four ASCII digits preceded by a space.
        var digits = 0
        var cursor = end
        while cursor > utf8.startIndex, digits < 5 {
            let previous = utf8.index(before: cursor)
            guard (0x30...0x39).contains(utf8[previous]) else { break }
            digits += 1
            cursor = previous
        }
        guard digits == 4 else { return false }
        let words = sentence[..<end].suffix(60).split(separator: " ")
        guard words.count >= 5 else { return false }
        let day = words[words.count - 2], month = words[words.count - 3], before = words[words.count - 4]
        guard day.hasSuffix(","), (2...3).contains(day.count), day.dropLast().allSatisfy(\.isNumber),
            months.contains(month.lowercased().trimmingCharacters(in: ["."]))
        else { return false }
        let bare = before.trimmingCharacters(in: [","])
        guard let first = bare.first, first.isUppercase, !datePrepositions.contains(bare.lowercased()) else { return false }
        return true
    }
}
