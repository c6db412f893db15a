import StanceModel

/// Decides whether a gold topic and an extracted topic are the same issue.
///
/// Coders and the extractor name topics independently ("U.S. troop presence in Iraq" against
/// "United States troop presence"), so topics match when their ids are equal or when their labels
/// share at least two content words making up at least 60% of the shorter label's content words.
/// Stance, holder and target must match as well for claims to match, which keeps this loose test
/// from pairing unrelated issues.
public struct TopicMatching: Sendable {
    private let words: [TopicID: Set<String>]

    public init(topics: [Topic]) {
        var words: [TopicID: Set<String>] = [:]
        for topic in topics { words[topic.id] = Self.contentWords(topic.label) }
        self.words = words
    }

    /// Whether the topics match; `nil` matches only `nil`.
    public func matches(_ gold: TopicID?, _ extracted: TopicID?) -> Bool {
        switch (gold, extracted) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let gold?, let extracted?):
            if gold == extracted { return true }
            let a = words[gold] ?? Self.contentWords(gold.rawValue)
            let b = words[extracted] ?? Self.contentWords(extracted.rawValue)
            let shared = a.intersection(b).count
            let smaller = min(a.count, b.count)
            return shared >= 2 && Double(shared) >= 0.6 * Double(smaller)
        }
    }

    private static let stopWords: Set<String> = ["the", "a", "an", "of", "in", "on", "for", "to", "and", "from", "with"]

    /// Lowercased words without stop words, dots removed ("u.s." → "us"), a plural "s" dropped.
    static func contentWords(_ label: String) -> Set<String> {
        var result: Set<String> = []
        for raw in label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." }) {
            var word = raw.replacingOccurrences(of: ".", with: "")
            if word.isEmpty || stopWords.contains(word) { continue }
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            result.insert(word)
        }
        return result
    }
}
