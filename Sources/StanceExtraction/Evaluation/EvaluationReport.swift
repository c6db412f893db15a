/// The evaluation of several articles, with overall figures.
public struct EvaluationReport: Sendable {
    /// One evaluation per article, in the order given.
    public var articles: [ArticleEvaluation]

    public init(articles: [ArticleEvaluation]) { self.articles = articles }

    /// Dyad-level counts summed over articles (micro-averaged).
    public var dyads: Score { articles.reduce(Score()) { $0 + $1.dyads } }

    /// Topical-level counts summed over articles (micro-averaged).
    public var topical: Score { articles.reduce(Score()) { $0 + $1.topical } }

    /// The share of matched dyad tuples, over all articles, whose time spans agree.
    public var timeAgreement: Double {
        let matched = dyads.matched
        return matched == 0 ? 1 : Double(articles.reduce(0) { $0 + $1.timeAgreeing }) / Double(matched)
    }
}

extension EvaluationReport {
    /// One bin of a reliability table: the extracted dyad tuples whose confidence falls in
    /// `range`, and how many of them the gold holds.
    public struct ReliabilityBin: Sendable, Hashable {
        public var range: Range<Double>
        public var claims: Int
        public var correct: Int
        /// Correct over claims (nil for an empty bin).
        public var precision: Double? { claims == 0 ? nil : Double(correct) / Double(claims) }
    }

    /// The reliability table: extracted dyad tuples binned by confidence (the last bin closed at
    /// 1), with the precision observed in each bin. A calibrated extractor's precision in a bin
    /// lies within it.
    public func reliability(edges: [Double] = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]) -> [ReliabilityBin] {
        var bins = zip(edges, edges.dropFirst()).map { ReliabilityBin(range: $0..<$1, claims: 0, correct: 0) }
        for outcome in articles.flatMap(\.outcomes) {
            guard let index = bins.firstIndex(where: { $0.range.contains(outcome.confidence) }) else { continue }
            bins[index].claims += 1
            if outcome.correct { bins[index].correct += 1 }
        }
        return bins
    }

    /// Dyad-level counts over the extracted tuples whose confidence is at least `minimum`.
    public func dyads(minimumConfidence minimum: Double) -> Score {
        articles.reduce(Score()) { total, article in
            let kept = article.outcomes.filter { $0.confidence >= minimum }
            let dropped = article.outcomes.filter { $0.confidence < minimum && $0.correct }.count
            return total + Score(
                matched: article.dyads.matched - dropped, gold: article.dyads.gold, extracted: kept.count)
        }
    }
}

extension EvaluationReport {
    /// Extracted dyad tuples and how many are right, per calibration key at every back-off level
    /// ("clause/-/hedged", "clause/-", "clause"), and overall under "all".
    public func outcomesByKey() -> [String: (claims: Int, correct: Int)] {
        var result: [String: (claims: Int, correct: Int)] = [:]
        for outcome in articles.flatMap(\.outcomes) {
            for key in (outcome.key?.backOff ?? []) + ["all"] {
                result[key, default: (0, 0)].claims += 1
                if outcome.correct { result[key, default: (0, 0)].correct += 1 }
            }
        }
        return result
    }
}
