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
