import Testing
import StanceModel
@testable import StanceExtraction

/// The extractor's rules on fictional actors, one phenomenon each.
@Suite struct ExtractorTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func directStances() throws {
        #expect(try summary("Freedonia condemned Sylvania.") == ["freedonia>sylvania:opposes"])
        #expect(try summary("The Red Hand attacked Ruritania on Monday.") == ["red-hand>ruritania:hostile"])
        #expect(try summary("Ruritania has long been allied with Sylvania.") == ["ruritania>sylvania:allied"])
    }

    @Test func negationStatesNoStanceWithinItsClauseOnly() throws {
        // A negation states no stance (the codebook codes none); a negation that turns an issue
        // keeps its sign; a holder that reconsiders stands neutral.
        #expect(try summary("Freedonia does not support Sylvania.") == [])
        #expect(try summary("Freedonia refused to recognise Sylvania.") == [])
        #expect(try summary("Freedonia did not attack Ruritania, but Sylvania condemned Ruritania.")
            == ["sylvania>ruritania:opposes"])
        #expect(try summary("Freedonia will no longer restrict arms sales to Sylvania.") == ["freedonia>sylvania:supports"])
    }

    @Test func adjacentCuesNeedTheirTarget() throws {
        #expect(try summary("Freedonia recognised Sylvania.") == ["freedonia>sylvania:supports"])
        #expect(try summary("Freedonia recognised the risk posed by Sylvania.").isEmpty)
    }

    @Test func passiveWithSeveralAgents() throws {
        #expect(try summary("The Red Hand is listed as a terrorist group by Freedonia, Sylvania and Ruritania.")
            == ["freedonia>red-hand:opposes", "sylvania>red-hand:opposes", "ruritania>red-hand:opposes"])
        #expect(try summary("Freedonia vetoed the plan, which was backed by Sylvania.").isEmpty)
    }

    @Test func membershipTargetsTheOrganisation() throws {
        let result = try FictionalLexicon.extract("Ruritania applied for membership in the Lake Council.")
        #expect(result.summary == ["ruritania>lake-council:supports"])
        #expect(result.claims.first?.topic?.rawValue.hasPrefix("lake-council-membership") == true)
    }

    @Test func framesComposeWithCues() throws {
        let exit = try FictionalLexicon.extract("Freedonia advocates for the Sylvanian exit from Ruritania.")
        #expect(exit.summary == ["freedonia>sylvania:opposes"])
        #expect(exit.claims.first?.topic == "sy-troop-presence-ruritania")
        #expect(exit.topics.first?.label == "S.Y. troop presence in Ruritania")
        #expect(try summary("Freedonia is in favor of keeping Sylvanian troops in Ruritania.") == ["freedonia>sylvania:supports"])
        #expect(try summary("Freedonia will not want Sylvanian forces to leave.") == ["freedonia>sylvania:supports"])
        #expect(try summary("Freedonia pushed for a Sylvanian withdrawal.") == ["freedonia>sylvania:opposes"])
        #expect(try summary("Freedonia resists abandoning its cooperation with Sylvania.") == ["freedonia>sylvania:supports"])
    }

    @Test func reconsideringIsNeutral() throws {
        #expect(try summary("Freedonia is reconsidering its support for Sylvania.") == ["freedonia>sylvania:neutral"])
    }

    @Test func compoundHoldersAndTargets() throws {
        #expect(try summary("Freedonia and Ruritania condemned the Red Hand.")
            == ["freedonia>red-hand:opposes", "ruritania>red-hand:opposes"])
        #expect(try summary("Freedonia condemned Sylvania and the Red Hand.")
            == ["freedonia>sylvania:opposes", "freedonia>red-hand:opposes"])
        #expect(try summary("Last year, Freedonia and Sylvania reached an agreement.")
            == ["freedonia>sylvania:supports", "sylvania>freedonia:supports"])
    }

    @Test func severalStancesInOneSentence() throws {
        #expect(try summary("Freedonia supports Sylvania and condemns the Red Hand.")
            == ["freedonia>sylvania:supports", "freedonia>red-hand:opposes"])
    }

    @Test func passiveVoice() throws {
        #expect(try summary("Ruritania was attacked by the Red Hand.") == ["red-hand>ruritania:hostile"])
    }

    @Test func nominalStances() throws {
        #expect(try summary("Tension rose after the Red Hand attack on Ruritania.") == ["red-hand>ruritania:hostile"])
        #expect(try summary("Historians recall the Freedonian-led invasion of Ruritania in 1999.")
            == ["freedonia>ruritania:hostile"])
        #expect(try summary("The deal ended the Lake Council fighting the Red Hand.") == ["lake-council>red-hand:hostile"])
    }

    @Test func alignmentCompounds() throws {
        let result = try summary("Sylvania-aligned factions attacked Ruritania.")
        #expect(result == [
            "sylvania>sylvania-aligned-factions:allied", "sylvania-aligned-factions>sylvania:allied",
            "sylvania-aligned-factions>ruritania:hostile",
        ])
        let unites = try summary("The Lake Council, which unites various Sylvania-aligned parties, met.")
        #expect(unites.contains("lake-council>sylvania:supports"))
    }

    @Test func compoundsNamingTheirHolderElsewhere() throws {
        #expect(try summary("The Blue Front, a Sylvania-backed movement, met on Sunday.")
            == ["sylvania>blue-front:allied"])
        let body = "The Red Hand attacked Ruritania.\n\nThe Sylvania-aligned group said it would continue."
        #expect(try summary(body).contains("red-hand>sylvania:allied"))
    }

    @Test func hostileChainsReachWhatIsTakenFrom() throws {
        #expect(try summary("Freedonian forces recaptured the port from the Red Hand.") == ["freedonia>red-hand:hostile"])
        #expect(try summary("Sylvanian jets struck targets in Red Hand-controlled areas.") == ["sylvania>red-hand:hostile"])
        // A place is not a target: "in Ruritania’s north".
        #expect(try summary("Sylvanian jets struck targets in Ruritania’s north.").isEmpty)
    }

    @Test func possessiveRelationNouns() throws {
        #expect(try summary("The Blue Front, Sylvania’s longtime ally, met on Sunday.") == ["blue-front>sylvania:allied"])
        #expect(try summary("Ruritania is Freedonia’s main rival.") == ["ruritania>freedonia:opposes"])
    }

    @Test func theCountryIsTheLatestPlace() throws {
        #expect(try summary("Fighting spread in Ruritania. The Lake Council imposed sanctions on the country.")
            == ["lake-council>ruritania:opposes"])
    }

    @Test func glossesAndObjectPronouns() throws {
        #expect(try summary("Freedonia and the Red Hand Brigade (RHB) have agreed to a truce.")
            == ["freedonia>red-hand:supports", "red-hand>freedonia:supports"])
        // Backing him is a stance toward the person (who speaks for the Freedonian government).
        #expect(try summary("Rufus Firefly fled to Sylvania, which had backed him for years.")
            == ["sylvania>rufus-firefly:supports"])
    }

    @Test func infinitivesTurnDemands() throws {
        #expect(try summary("Freedonia called on Sylvania to cease the attacks.") == ["freedonia>sylvania:opposes"])
        #expect(try summary("Freedonia urged Sylvanian forces to leave.") == ["freedonia>sylvania:opposes"])
    }

    @Test func demonymsDescribingANameAreNotActors() throws {
        #expect(try summary("Freedonian jets struck the Ruritanian militant group Red Hand.") == ["freedonia>red-hand:hostile"])
    }

    @Test func theSpeakersOwnActBeforeTheQuote() throws {
        let body = "On Monday, Freedonia’s deputy foreign minister summoned the Sylvanian ambassador, warning that Fredville would respond \"with all means\"."
        #expect(try summary(body) == ["freedonian-government>sylvania:opposes"])
    }

    @Test func agentsOfAnInfinitiveAndNounModifiers() throws {
        #expect(try summary("The Blue Front called for Freedonia to expel the Red Hand.") == ["blue-front>red-hand:opposes"])
        #expect(try summary("Freedonia started restoring Lake Council sanctions on Sylvania.") == ["freedonia>sylvania:opposes"])
    }

    @Test func speechResolvesToTheSpeaker() throws {
        let result = try FictionalLexicon.extract(
            "“It is not in Ruritania’s interest to request the withdrawal of Sylvania and the Red Hand from Ruritania,” one official from the Blue Front said.")
        #expect(result.summary == ["blue-front>sylvania:supports", "blue-front>red-hand:supports"])
        #expect(result.claims.first?.evidence.first?.speakerActor == "blue-front")
        #expect(result.claims.first?.evidence.first?.speaker == "one official from the Blue Front")
    }

    @Test func genericHoldersAndAnaphora() throws {
        let body = """
            According to one official from the Blue Front, many leaders now advocate closer cooperation with Sylvania.

            “We condemn the Red Hand,” the official said.
            """
        #expect(try summary(body) == ["blue-front>sylvania:supports", "blue-front>red-hand:opposes"])
        let groups = """
            Ruritania’s armed groups met on Sunday.

            These groups have fought the Red Hand for years.
            """
        #expect(try summary(groups) == ["ruritanian-armed-groups>red-hand:hostile"])
    }

    @Test func hedgesLowerConfidence() throws {
        let plain = try FictionalLexicon.extract("Freedonia supports Sylvania.")
        let hedged = try FictionalLexicon.extract("Freedonia seems to support Sylvania.")
        #expect(hedged.summary == plain.summary)
        let a = try #require(plain.claims.first?.confidence)
        let b = try #require(hedged.claims.first?.confidence)
        #expect(b < a)
    }

    @Test func conditionsNegatedStatementsAndAmbivalenceStateNothing() throws {
        #expect(try summary("If Freedonia attacked Sylvania, the region would suffer.").isEmpty)
        #expect(try summary("No statement has come from Freedonia about supporting Sylvania.").isEmpty)
        #expect(try summary("Freedonian forces have been both adversaries and allies to the Red Hand.").isEmpty)
    }

    @Test func candidatesHoldStances() throws {
        let result = try FictionalLexicon.extract("The Crimson Liberation Front attacked Ruritania.")
        #expect(result.summary == ["crimson-liberation-front>ruritania:hostile"])
        #expect(result.candidates.map(\.name) == ["Crimson Liberation Front"])
        #expect(result.actors.contains { $0.id == "crimson-liberation-front" && $0.kind == .organization })
    }

    @Test func fallOfAnActorByItsAttackers() throws {
        #expect(try summary("The fall of Sylvania, following offensives by the Red Hand, surprised many.")
            == ["red-hand>sylvania:hostile"])
    }

    @Test func selfStancesAreDropped() throws {
        #expect(try summary("Freedonia supports Freedonia.").isEmpty)
    }
}
