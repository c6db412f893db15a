import Testing

@testable import StanceExtraction

@Test func precisionRecallAndF1FollowTheCounts() {
    let score = Score(matched: 3, gold: 4, extracted: 6)
    #expect(score.precision == 0.5)
    #expect(score.recall == 0.75)
    #expect(abs(score.f1 - 0.6) < 1e-12)
}

@Test func emptySidesScoreAsExpected() {
    #expect(Score().f1 == 1)
    #expect(Score(matched: 0, gold: 2, extracted: 0).precision == 0)
    #expect(Score(matched: 0, gold: 2, extracted: 0).f1 == 0)
    #expect(Score(matched: 0, gold: 0, extracted: 3).recall == 1)
    #expect(Score(matched: 0, gold: 0, extracted: 3).precision == 0)
}

@Test func scoresAddTheirCounts() {
    let sum = Score(matched: 1, gold: 2, extracted: 3) + Score(matched: 4, gold: 5, extracted: 6)
    #expect(sum == Score(matched: 5, gold: 7, extracted: 9))
}
