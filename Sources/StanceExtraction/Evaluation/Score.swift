/// Precision, recall and F1 of a set of extracted items against gold items.
public struct Score: Hashable, Sendable {
    /// Items found in both.
    public var matched: Int
    /// Gold items.
    public var gold: Int
    /// Extracted items.
    public var extracted: Int

    public init(matched: Int = 0, gold: Int = 0, extracted: Int = 0) {
        self.matched = matched
        self.gold = gold
        self.extracted = extracted
    }

    /// Matched over extracted; 1 when nothing was extracted and nothing was to be found, 0 when
    /// nothing was extracted but something was.
    public var precision: Double {
        extracted == 0 ? (gold == 0 ? 1 : 0) : Double(matched) / Double(extracted)
    }

    /// Matched over gold; 1 when there is no gold.
    public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }

    /// The harmonic mean of precision and recall.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    /// Adds the counts of another score (micro-averaging).
    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(matched: lhs.matched + rhs.matched, gold: lhs.gold + rhs.gold, extracted: lhs.extracted + rhs.extracted)
    }
}
