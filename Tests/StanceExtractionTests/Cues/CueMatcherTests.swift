import Testing
@testable import StanceExtraction

@Suite struct CueMatcherTests {
    @Test func skipsExcludedTokens() throws {
        let lexicon = try CueLexicon.bundled()
        let tokens = StanceTokenizer.tokens(of: "armed support")
        #expect(lexicon.matches(tokens).count == 1)
        #expect(lexicon.matches(tokens, excluding: [false, true]).isEmpty)
    }

    @Test func multiWordCuesNeedEveryWord() throws {
        let lexicon = try CueLexicon.bundled()
        let text = "they called for talks, then called"
        let found = lexicon.cues(in: text, range: text.startIndex..<text.endIndex)
        #expect(found.map { String(text[$0.range]) } == ["called for"])
    }
}
