import StanceModel
import Testing

@testable import StanceExtraction

@Suite struct EventLexiconTests {
    @Test func parsesEventsAndIgnoresOtherSections() throws {
        let lexicon = try EventLexicon.parse(yaml: TimeFixtures.yaml + "\nactors: []\ncues: []\n", source: "f.yaml")
        #expect(lexicon.events.map(\.id) == ["avalon-coup", "harbor-raid", "old-war"])
        #expect(lexicon.event(id: "avalon-coup")?.date == TimePoint(year: 2024, month: 12, day: 8))
        #expect(lexicon.event(id: "harbor-raid")?.aliases == ["raid on Port Vell", "the Harbor raid"])
        #expect(try EventLexicon.parse(yaml: "", source: "e").events.isEmpty)
        #expect(try EventLexicon.parse(yaml: "format: 1\nactors: []\n", source: "e").events.isEmpty)
    }

    @Test func theBundledLexiconParses() throws {
        let bundled = try EventLexicon.bundled()
        #expect(!bundled.events.isEmpty)
        #expect(Set(bundled.events.map(\.id)).count == bundled.events.count)
    }

    @Test func errorsNameTheFileAndLine() {
        func message(_ yaml: String) -> String {
            do {
                _ = try EventLexicon.parse(yaml: yaml, source: "ev.yaml")
                return "no error"
            } catch {
                return error.errorDescription ?? ""
            }
        }
        #expect(message("events:\n  - id: a\n    name: A\n    date: 2024-02-30\n") == "ev.yaml:4: invalid date '2024-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        #expect(message("events:\n  - id: a\n    date: 2024\n").hasPrefix("ev.yaml:2: missing required field 'name'"))
        #expect(message("events:\n  - {id: a, name: A, date: 2024}\n  - {id: a, name: B, date: 2023}\n").contains("ev.yaml:3: duplicate event id 'a' (first declared on line 2)"))
        #expect(message("events:\n  - {id: a, name: A, date: 2024, when: x}\n").contains("unknown key 'when'"))
        #expect(message("format: 2\nevents: []\n").contains("ev.yaml:1: unsupported format '2'"))
        #expect(message("events: [\n").hasPrefix("ev.yaml:"))
        #expect(message("events:\n  - {id: a, name: A, date: 2024, aliases: {x: y}}\n").contains("'aliases' must be a list"))
    }

    @Test func mergeReplacesByID() throws {
        var lexicon = TimeFixtures.events()
        lexicon.merge(try EventLexicon.parse(yaml: "events:\n  - {id: old-war, name: Old war, date: 2003-03-19}\n  - {id: new, name: New, date: 2025}\n", source: "u"))
        #expect(lexicon.events.count == 4)
        #expect(lexicon.event(id: "old-war")?.date == TimePoint(year: 2003, month: 3, day: 19))
        #expect(lexicon.event(id: "old-war")?.aliases == [])
    }
}
