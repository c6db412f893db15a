import Testing
@testable import StanceExtraction

@Suite struct CueLexiconTests {
    @Test func bundledCuesLoadWithTopics() throws {
        let lexicon = try CueLexicon.bundled()
        #expect(lexicon.cues.count > 100)
        #expect(lexicon.topic(id: "troop-presence")?.label == "troop presence")
    }

    @Test func mergeAddsAndOverrides() throws {
        var lexicon = try CueLexicon.bundled()
        let text = "They embiggen Ruritania."
        #expect(lexicon.cues(in: text, range: text.startIndex..<text.endIndex).isEmpty)
        lexicon.merge(try CueLexicon.parse(yaml: "cues:\n  - {cue: embiggen, pos: verb, score: 0.5}\n", source: "u.yaml"))
        let found = lexicon.cues(in: text, range: text.startIndex..<text.endIndex)
        #expect(found.map(\.cue.phrase) == ["embiggen"])
        // A user cue replaces the bundled reading of the same form.
        lexicon.merge(try CueLexicon.parse(yaml: "cues:\n  - {cue: support, pos: verb, score: -0.5}\n", source: "u.yaml"))
        let support = "They supported it."
        #expect(lexicon.cues(in: support, range: support.startIndex..<support.endIndex).first?.cue.score == -0.5)
    }

    @Test func matchesTheLongestCue() throws {
        let lexicon = try CueLexicon.bundled()
        let text = "they are in favor of keeping them and pushed for a withdrawal"
        let found = lexicon.cues(in: text, range: text.startIndex..<text.endIndex).map { String(text[$0.range]) }
        #expect(found == ["in favor of", "keeping", "pushed for", "withdrawal"])
    }
}
