import StanceModel
import Testing

@testable import StanceExtraction

private typealias F = EvaluationFixtures

@Test func dyadsMatchOnHolderTargetAndPolarity() {
    let gold = [
        F.claim("zan", "kel", .supports), F.claim("zan", "kel", .allied, quote: "again"),
        F.claim("kel", "zan", .opposes), F.claim("orla", "zan", .hostile),
    ]
    let extracted = [
        F.claim("zan", "kel", .allied), F.claim("kel", "zan", .supports), F.claim("orla", "zan", .opposes),
        F.claim("orla", "kel", .neutral),
    ]
    let evaluation = ArticleEvaluation(id: "a", gold: gold, extracted: extracted, topics: TopicMatching(topics: []))
    // zan→kel + matches; kel→zan has the wrong sign; orla→zan − matches (hostile and opposes share a sign).
    #expect(evaluation.dyads == Score(matched: 2, gold: 3, extracted: 4))
    #expect(evaluation.misses.map(\.key) == [ClaimKey(source: "kel", target: "zan")])
    #expect(
        Set(evaluation.falseAlarms.map(\.key))
            == [ClaimKey(source: "kel", target: "zan"), ClaimKey(source: "orla", target: "kel")])
}

@Test func topicalTuplesNeedMatchingTopicsOneToOne() {
    let topics = TopicMatching(topics: [
        Topic(id: "gold-troops", label: "Zan troop presence in Kel"),
        Topic(id: "zan-troop-presence", label: "Zan troop presence"),
    ])
    let gold = [
        F.claim("kel", "zan", .supports, topic: "gold-troops"),
        F.claim("kel", "zan", .supports),
    ]
    let extracted = [
        F.claim("kel", "zan", .supports, topic: "zan-troop-presence"),
        F.claim("kel", "zan", .allied, topic: "zan-troop-presence"),
    ]
    let evaluation = ArticleEvaluation(id: "a", gold: gold, extracted: extracted, topics: topics)
    #expect(evaluation.dyads == Score(matched: 1, gold: 1, extracted: 1))
    #expect(evaluation.topical == Score(matched: 1, gold: 2, extracted: 1))
    #expect(evaluation.misses.count == 1 && evaluation.misses[0].topic == nil)
    #expect(evaluation.falseAlarms.isEmpty)
}

@Test func timeAgreesWhenSomeSpansAgreeAtTheCoarserPrecision() {
    let gold = [
        F.claim("zan", "kel", .supports, from: "2024-12-08"),
        F.claim("kel", "zan", .opposes, from: "2023"),
        F.claim("orla", "kel", .hostile),
    ]
    let extracted = [
        F.claim("zan", "kel", .supports, from: "2024"), F.claim("zan", "kel", .supports, from: "2020"),
        F.claim("kel", "zan", .opposes, from: "2024"),
        F.claim("orla", "kel", .hostile, until: "2025"),
    ]
    let evaluation = ArticleEvaluation(id: "a", gold: gold, extracted: extracted, topics: TopicMatching(topics: []))
    #expect(evaluation.dyads.matched == 3)
    #expect(evaluation.timeAgreeing == 1)
    #expect(abs(evaluation.timeAgreement - 1.0 / 3) < 1e-12)
}

@Test func spanAgreementComparesEachEndAtTheCoarserPrecision() {
    func span(_ from: String?, _ until: String?) -> TimeSpan {
        TimeSpan(from: from.flatMap(TimePoint.init), until: until.flatMap(TimePoint.init))!
    }
    #expect(ArticleEvaluation.spansAgree(span("2024-12", nil), span("2024-12-08", nil)))
    #expect(!ArticleEvaluation.spansAgree(span("2024-11", nil), span("2024-12-08", nil)))
    #expect(!ArticleEvaluation.spansAgree(span("2024-12-07", nil), span("2024-12-08", nil)))
    #expect(!ArticleEvaluation.spansAgree(span(nil, nil), span("2024", nil)))
    #expect(ArticleEvaluation.spansAgree(span("2003", "2003"), span("2003-03-20", "2003-12")))
    #expect(!ArticleEvaluation.spansAgree(span("2003", "2004"), span("2003", nil)))
}

@Test func aPageCodedNowAgreesWithATieAtNoStatedTime() {
    func span(_ from: String?, _ until: String?) -> TimeSpan {
        TimeSpan(from: from.flatMap(TimePoint.init), until: until.flatMap(TimePoint.init)) ?? .always
    }
    let agree = ArticleEvaluation.pageSpansAgree(published: TimePoint("2024-01-30")!)
    // "now" (the publication date) and null both code a tie stated in passing with no date.
    #expect(agree(span("2024-01-30", "2024-01-30"), .always))
    #expect(agree(span(nil, nil), .always))
    // Another day, or a span the extractor dates, must agree as before.
    #expect(!agree(span("2024-01-28", "2024-01-28"), .always))
    #expect(agree(span("2024-01-30", "2024-01-30"), span("2024-01-30", nil)))
    #expect(!agree(span("2024-01-30", "2024-01-30"), span("2023-10-07", nil)))
    // A gold end on the publication date is an open end.
    #expect(agree(span("2023-10", "2024-01-30"), span("2023-10", nil)))
}

@Test func reportsSumCountsOverArticles() {
    let topics = TopicMatching(topics: [])
    let report = EvaluationReport(articles: [
        ArticleEvaluation(
            id: "a", gold: [F.claim("zan", "kel", .supports)], extracted: [F.claim("zan", "kel", .supports)],
            topics: topics),
        ArticleEvaluation(
            id: "b", gold: [F.claim("kel", "zan", .opposes, from: "2020")],
            extracted: [F.claim("kel", "zan", .opposes), F.claim("orla", "zan", .opposes)], topics: topics),
    ])
    #expect(report.dyads == Score(matched: 2, gold: 2, extracted: 3))
    #expect(report.timeAgreement == 0.5)
    #expect(report.topical.matched == 2)
}

@Test func timeMismatchesAndOutcomesComeInOneOrder() {
    // Three tuples from one sentence (one position): listed by holder and target, every run.
    let gold = [
        F.claim("zan", "kel", .supports, from: "2024"), F.claim("kel", "zan", .supports, from: "2024"),
        F.claim("orla", "zan", .supports, from: "2024"),
    ]
    let extracted = [
        F.claim("orla", "zan", .supports, from: "2020"), F.claim("zan", "kel", .supports, from: "2020"),
        F.claim("kel", "zan", .supports, from: "2020"),
    ]
    let evaluation = ArticleEvaluation(id: "a", gold: gold, extracted: extracted, topics: TopicMatching(topics: []))
    #expect(evaluation.timeMismatches.map { "\($0.extracted.source)>\($0.extracted.target)" } == ["kel>zan", "orla>zan", "zan>kel"])
    #expect(evaluation.outcomes.map { "\($0.claim.source)>\($0.claim.target)" } == ["kel>zan", "orla>zan", "zan>kel"])
}
