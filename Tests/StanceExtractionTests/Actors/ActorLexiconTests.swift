import Testing
import StanceModel
@testable import StanceExtraction

@Suite struct ActorLexiconTests {
    @Test func parsesEveryField() throws {
        let lexicon = try FictionalLexicon.actors()
        let freedonia = try #require(lexicon.actor(id: "freedonia"))
        #expect(freedonia.kind == .state)
        #expect(freedonia.abbreviations == ["FRD"])
        #expect(freedonia.government == "freedonian-government")
        let front = try #require(lexicon.actor(id: "blue-front"))
        #expect(front.memberships.first?.parent == "freedonia")
        #expect(front.memberships.first?.span.end == TimePoint("2020-06"))
        #expect(lexicon.actor(id: "rufus-firefly")?.speaksFor == "freedonian-government")
    }

    @Test func errorsNameFileAndLine() {
        let yaml = "format: 1\nactors:\n  - id: x\n    name: X\n    kind: planet\n"
        #expect(throws: ExtractionError.self) { try ActorLexicon.parse(yaml: yaml, source: "u.yaml") }
        do {
            _ = try ActorLexicon.parse(yaml: yaml, source: "u.yaml")
        } catch {
            #expect(error.errorDescription?.hasPrefix("u.yaml:5:") == true)
            #expect(error.errorDescription?.contains("planet") == true)
        }
    }

    @Test func rejectsDuplicatesAndBadIDs() {
        let duplicate = "actors:\n  - {id: a, name: A, kind: state}\n  - {id: a, name: B, kind: state}\n"
        #expect(throws: ExtractionError.self) { try ActorLexicon.parse(yaml: duplicate, source: "d.yaml") }
        let badID = "actors:\n  - {id: Not A Slug, name: A, kind: state}\n"
        #expect(throws: ExtractionError.self) { try ActorLexicon.parse(yaml: badID, source: "b.yaml") }
        let missing = "actors:\n  - {id: a, kind: state}\n"
        #expect(throws: ExtractionError.self) { try ActorLexicon.parse(yaml: missing, source: "m.yaml") }
        let unknownKey = "actors:\n  - {id: a, name: A, kind: state, colour: red}\n"
        #expect(throws: ExtractionError.self) { try ActorLexicon.parse(yaml: unknownKey, source: "k.yaml") }
    }

    @Test func standsForFollowsSpeakersAndMembershipsAndIsRemadeOnMerge() throws {
        var lexicon = try FictionalLexicon.actors()
        #expect(lexicon.standsFor("rufus-firefly") == ["rufus-firefly", "freedonian-government", "freedonia"])
        // A party stands only for itself; an id the lexicon lacks, for itself.
        #expect(lexicon.standsFor("blue-front") == ["blue-front"])
        #expect(lexicon.standsFor("nobody") == ["nobody"])
        #expect(lexicon.sameSide("freedonia", "rufus-firefly") && !lexicon.sameSide("blue-front", "freedonia"))
        // The tables are made with the lexicon: a merged speaker stands for what it says.
        lexicon.merge(try ActorLexicon.parse(yaml: "actors:\n  - {id: rufus-firefly, name: Rufus Firefly, kind: person, speaks_for: sylvania}\n", source: "u"))
        #expect(lexicon.standsFor("rufus-firefly") == ["rufus-firefly", "sylvania"])
    }

    @Test func mergeReplacesByID() throws {
        var lexicon = try FictionalLexicon.actors()
        let count = lexicon.entries.count
        lexicon.merge(try ActorLexicon.parse(yaml: "actors:\n  - {id: sylvania, name: Sylvania Republic, kind: state, names: [Sylvan Republic]}\n", source: "u"))
        #expect(lexicon.entries.count == count)
        #expect(lexicon.actor(id: "sylvania")?.name == "Sylvania Republic")
        #expect(lexicon.resolve("the Sylvan Republic") == "sylvania")
    }

    @Test func resolvesWholeFormsOnly() throws {
        let lexicon = try FictionalLexicon.actors()
        #expect(lexicon.resolve("Fredville") == "freedonia")
        #expect(lexicon.resolve("S.Y.") == "sylvania")
        #expect(lexicon.resolve("Freedonian government") == "freedonian-government")
        #expect(lexicon.resolve("Freedonian factions") == "freedonian-factions")
        #expect(lexicon.resolve("Freedonia and Sylvania") == nil)
        #expect(lexicon.resolve("Atlantis") == nil)
    }

    @Test func bundledLexiconLoads() throws {
        let lexicon = try ActorLexicon.bundled()
        #expect(lexicon.entries.count > 190)
        #expect(lexicon.resolve("Washington") != nil)
        // Spellings of names met on real pages.
        #expect(lexicon.resolve("Ahmed al-Shara") != nil && lexicon.resolve("Ahmed al-Shara") == lexicon.resolve("Ahmed al-Sharaa"))
        #expect(lexicon.resolve("al-Shara'a") == lexicon.resolve("Ahmed al-Sharaa"))
    }
}
