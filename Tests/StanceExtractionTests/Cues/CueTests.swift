import Testing
@testable import StanceExtraction

@Suite struct CueTests {
    @Test func signsCompose() {
        #expect(Cue(phrase: "not", role: .negator).sign == -1)
        #expect(Cue(phrase: "withdrawal", role: .frame, score: -1, topic: "troop-presence").sign == -1)
        #expect(Cue(phrase: "support", score: 0.5).sign == 1)
        #expect(Cue(phrase: "seems", role: .hedge).sign == 1)
    }
}
