import Testing
@testable import StanceExtraction

/// General English cues of the bundled lexicon, on fictional actors.
@Suite struct ExtractorCueVocabularyTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func preventingAnActorOpposesIt() throws {
        // "helping X to prevent the return of Y" is against Y, not for it.
        #expect(try summary("Freedonia is helping local forces to prevent the resurgence of the Red Hand.")
            == ["freedonia>red-hand:opposes"])
        #expect(try summary("Sylvania wants to deter Ruritania.") == ["sylvania>ruritania:opposes"])
    }

    @Test func pressureToActIsNotTheHoldersStance() throws {
        #expect(try summary("Freedonia faces pressure to end the Sylvanian presence.").isEmpty)
        #expect(try summary("Freedonia is under growing pressure to expel Sylvania.").isEmpty)
    }

    @Test func proPrefixSupports() throws {
        #expect(try summary("The Red Hand, a pro-Sylvanian movement, marched.") == ["red-hand>sylvania:supports"])
    }

    @Test func orderingAnActorToLeaveOpposesIt() throws {
        #expect(try summary("Ruritania ordered the Sylvanian ambassador to leave.") == ["ruritania>sylvania:opposes"])
        #expect(try summary("Ruritania ordered an inquiry.").isEmpty)
    }

    @Test func disputesAreMutual() throws {
        #expect(try summary("Freedonia's dispute with Sylvania deepened.") == ["freedonia>sylvania:opposes", "sylvania>freedonia:opposes"])
    }

    @Test func moreVerbsOfCriticismAndForce() throws {
        #expect(try summary("Freedonia lambasted Sylvania.") == ["freedonia>sylvania:opposes"])
        #expect(try summary("Ruritania annexed parts of Sylvania.") == ["ruritania>sylvania:hostile"])
        #expect(try summary("Freedonia sponsors the Red Hand.") == ["freedonia>red-hand:supports"])
    }
}

extension ExtractorCueVocabularyTests {
    @Test func theBackedGroupIsAGroupNotALatelyNamedState() throws {
        let body = "Freedonia imposed sanctions on Ruritania.\n\nThe Sylvania-backed rebel group marched on Monday."
        let found = try summary(body)
        #expect(!found.contains("freedonia>sylvania:supports"))
        #expect(!found.contains("sylvania>freedonia:supports"))
    }
}

extension ExtractorCueVocabularyTests {
    @Test func aBranchOfAnActorIsItsAlly() throws {
        #expect(try summary("The Blue Front, the Red Hand's northern branch, marched on Monday.") == ["blue-front>red-hand:allied"])
        #expect(try summary("The Blue Front opened a branch in Fredville.").isEmpty)
    }

    @Test func warDeclarationsAndClosedBorders() throws {
        #expect(try summary("Ruritania declared war on Sylvania.") == ["ruritania>sylvania:hostile"])
        #expect(try summary("Freedonia has closed its border with Ruritania.") == ["freedonia>ruritania:opposes"])
    }
}

extension ExtractorCueVocabularyTests {
    @Test func firingAtAnActorIsHostile() throws {
        #expect(try summary("Ruritania fired more than 100 drones at eastern Sylvania.") == ["ruritania>sylvania:hostile"])
        #expect(try summary("Freedonia condemned the talks at Sylvan City.") == [])
        #expect(try summary("Ruritania shunned Sylvania.") == ["ruritania>sylvania:opposes"])
    }
}
