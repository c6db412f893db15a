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

    /// Whether the sentence ends "…, Place, Month D, YYYY." or "… Place Month D, YYYY.".
    static func matches(_ sentence: Substring) -> Bool {
        var end = sentence.endIndex
        while end > sentence.startIndex, let last = sentence[..<end].last, last == "." || last.isWhitespace || last == "”" || last == "\"" {
            end = sentence.index(before: end)
        }
        let words = sentence[..<end].suffix(60).split(separator: " ")
        guard words.count >= 5 else { return false }
        let year = words[words.count - 1], day = words[words.count - 2], month = words[words.count - 3]
        let before = words[words.count - 4]
        guard year.count == 4, year.allSatisfy(\.isNumber), day.hasSuffix(","), (2...3).contains(day.count),
            day.dropLast().allSatisfy(\.isNumber), months.contains(month.lowercased().trimmingCharacters(in: ["."]))
        else { return false }
        let bare = before.trimmingCharacters(in: [","])
        guard let first = bare.first, first.isUppercase, !datePrepositions.contains(bare.lowercased()) else { return false }
        return true
    }
}
