import Testing
import StanceModel
@testable import StanceExtraction

@Suite struct ActorMatcherTests {
    func mentions(_ text: String) throws -> [(String, String, ActorMention.Form)] {
        let lexicon = try FictionalLexicon.actors()
        return lexicon.mentions(in: text, range: text.startIndex..<text.endIndex).map {
            ($0.actor.rawValue, String(text[$0.range]), $0.form)
        }
    }

    @Test func longestMatchWins() throws {
        let found = try mentions("the Grand Lake Council and the Lake Council")
        #expect(found.map(\.0) == ["grand-lake-council", "lake-council"])
        #expect(found[0].1 == "Grand Lake Council")
    }

    @Test func namesIgnoreCaseAbbreviationsDoNot() throws {
        #expect(try mentions("the Red hand BRIGADE").map(\.0) == ["red-hand"])
        #expect(try mentions("RHB fighters").map(\.0) == ["red-hand"])
        #expect(try mentions("rhb").isEmpty)
        #expect(try mentions("S.Y. and SY").map(\.0) == ["sylvania", "sylvania"])
    }

    @Test func capitalisedNamesNeedACapital() throws {
        #expect(try mentions("Freedonia").count == 1)
        #expect(try mentions("freedonia").isEmpty)
    }

    @Test func demonymsCapitalsAndPossessives() throws {
        #expect(try mentions("Sylvanian").map(\.2) == [.demonym])
        #expect(try mentions("Strelsau said").map(\.0) == ["ruritania"])
        #expect(try mentions("Ruritania’s plan").map(\.0) == ["ruritania"])
    }

    @Test func rolesResolveToTheGovernmentOrTheState() throws {
        #expect(try mentions("Freedonian spokesperson Ann Lee").map(\.0) == ["freedonian-government"])
        #expect(try mentions("Freedonia’s leadership").map(\.0) == ["freedonian-government"])
        #expect(try mentions("Freedonian defense officials").map(\.0) == ["freedonian-government"])
        #expect(try mentions("Freedonian forces").map(\.0) == ["freedonia"])
        // A state without a government actor keeps its officials.
        #expect(try mentions("Sylvanian officials").map(\.0) == ["sylvania"])
    }

    @Test func officialsOfAnOrganisation() throws {
        let found = try mentions("one official from the Blue Front said")
        #expect(found.map(\.0) == ["blue-front"])
        #expect(found.first?.1 == "official from the Blue Front")
        #expect(found.first?.2 == .role)
        #expect(try mentions("leaders of Sylvania").map(\.0) == ["sylvania"])
    }

    @Test func personsSpeakForTheirActor() throws {
        #expect(try mentions("Rufus Firefly").map(\.0) == ["freedonian-government"])
        #expect(try mentions("Rufus Firefly").map(\.2) == [.person])
    }

    @Test func groupsNamedByCountry() throws {
        #expect(try mentions("Freedonia’s armed groups").map(\.0) == ["freedonian-armed-groups"])
        #expect(try mentions("many Sylvanian leaders").map(\.0) == ["sylvanian-political-leaders"])
        #expect(try mentions("Ruritanian factions").map(\.2) == [.group])
    }

    @Test func alignmentCompoundsMakeGroupsAndRelations() throws {
        let lexicon = try FictionalLexicon.actors()
        let text = "Sylvania-aligned political factions and militias backed by Ruritania"
        let matches = ActorMatcher(lexicon: lexicon).matches(in: text, range: text.startIndex..<text.endIndex)
        #expect(matches.mentions.map(\.actor) == ["sylvania-aligned-factions", "ruritania-backed-militias"])
        #expect(matches.relations.map(\.target) == ["sylvania", "ruritania"])
        #expect(matches.relations.map(\.kind) == [.aligned, .backed])
    }

    @Test func ledCompoundsKeepTheLeader() throws {
        #expect(try mentions("the Freedonian-led invasion").map(\.0) == ["freedonia"])
    }

    @Test func candidatesLookLikeOrganisations() throws {
        let lexicon = try FictionalLexicon.actors()
        let text = "The Crimson Liberation Front met the Orchid Society and Freedonia."
        let matches = ActorMatcher(lexicon: lexicon).matches(in: text, range: text.startIndex..<text.endIndex)
        let candidates = matches.mentions.filter(\.isCandidate).map(\.actor)
        #expect(candidates == ["crimson-liberation-front"])
        #expect(matches.mentions.contains { $0.actor == "freedonia" })
    }
}
