import Testing
@testable import StanceExtraction

@Suite struct CueLexiconParsingTests {
    @Test func parsesRolesScoresAndTopics() throws {
        let yaml = """
            format: 1
            topics:
              - {id: port-access, label: port access}
            cues:
              - {cue: [shun, snub], pos: verb, score: -0.5, weak: true}
              - {cue: blockade, pos: noun, role: frame, score: -1, topic: port-access}
              - {cue: hardly ever, role: negator}
            """
        let lexicon = try CueLexicon.parse(yaml: yaml, source: "c.yaml")
        #expect(lexicon.cues.map(\.phrase) == ["shun", "snub", "blockade", "hardly ever"])
        #expect(lexicon.cues[0].weak)
        #expect(lexicon.cues[2].topic == "port-access")
        #expect(lexicon.cues[3].role == .negator)
        #expect(lexicon.forms(of: 0).contains("shunned"))
        #expect(lexicon.forms(of: 2) == ["blockade", "blockades"])
    }

    @Test func errorsNameTheLine() {
        let cases = [
            ("cues:\n  - {cue: shun, score: 2}\n", "c.yaml:2"),
            ("cues:\n  - {cue: shun}\n", "c.yaml:2"),
            ("cues:\n  - {cue: shun, role: wobble, score: 1}\n", "c.yaml:2"),
            ("cues:\n  - {cue: shun, pos: adverb, score: 1}\n", "c.yaml:2"),
            ("format: 2\n", "c.yaml:1"),
            ("cues:\n  - {cue: shun, score: 1, topic: x}\ntopics:\n  - {id: y, label: Y}\n", "c.yaml:2"),
        ]
        for (yaml, location) in cases {
            do {
                _ = try CueLexicon.parse(yaml: yaml, source: "c.yaml")
                Issue.record("no error for \(yaml)")
            } catch {
                #expect(error.errorDescription?.hasPrefix(location) == true, "\(error.errorDescription ?? "")")
            }
        }
    }

    @Test func inflectsVerbsAndNouns() {
        #expect(Inflection.forms(of: "support", pos: "verb") == ["support", "supports", "supported", "supporting"])
        #expect(Inflection.forms(of: "oppose", pos: "verb") == ["oppose", "opposes", "opposed", "opposing"])
        #expect(Inflection.forms(of: "ally", pos: "verb") == ["ally", "allies", "allied", "allying"])
        #expect(Inflection.forms(of: "push for", pos: "verb") == ["push for", "pushes for", "pushed for", "pushing for"])
        #expect(Inflection.forms(of: "combat", pos: "verb").contains("combatting"))
        #expect(Inflection.forms(of: "ally", pos: "noun") == ["ally", "allies"])
        #expect(Inflection.forms(of: "in favor of", pos: "phrase") == ["in favor of"])
    }
}
