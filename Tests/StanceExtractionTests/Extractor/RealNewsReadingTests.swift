import Testing
import StanceModel
@testable import StanceExtraction

/// Clause readings that real news pages got wrong (issue 9, this round), each on fictional actors.
@Suite struct RealNewsReadingTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func supportReceivedIsTheGiversStance() throws {
        #expect(try summary("The Blue Front receives support from Sylvania.") == ["sylvania>blue-front:supports"])
        #expect(try summary("The Blue Front, which has received funding from Sylvania, condemned Freedonia.")
            == ["sylvania>blue-front:supports", "blue-front>freedonia:opposes"])
        // Without a giver named after "from", support received states nothing.
        #expect(try summary("The Blue Front received support from abroad.").isEmpty)
    }

    @Test func aMemberOfAWholeIsAlliedWithIt() throws {
        // "a member of the Council" also reads as a role of the Council; the member is still allied.
        #expect(try summary("Ruritania is a key member of the Lake Council.") == ["ruritania>lake-council:allied"])
    }

    @Test func aSpeakerIsWhomTheGroupWordsAfterItReferTo() throws {
        #expect(try summary("The Red Hand claimed the attack. In response, Sylvania is attacking the group's headquarters.")
            == ["sylvania>red-hand:hostile"])
    }

    @Test func anOffshootOrProxyIsPartOfTheWhole() throws {
        #expect(try summary("The Blue Front is the Red Hand's Sylvanian offshoot.") == ["blue-front>red-hand:allied"])
        // Outside "X is Y's …", "Y's Sylvanian branch" names the branch, not Y.
        #expect(try summary("Freedonia is a partner against the Red Hand's Sylvanian branch.").allSatisfy { !$0.contains("red-hand") })
        #expect(try summary("The Blue Front is the Sylvanian affiliate of the Red Hand.") == ["blue-front>red-hand:allied"])
        #expect(try summary("The Blue Front is a proxy of Sylvania.") == ["blue-front>sylvania:allied"])
    }

    @Test func aRequestIsForTheActItAsks() throws {
        // Pressure is a request here: for the expulsion, so against whom it expels.
        #expect(try summary("The Blue Front pressured the country's government to expel the Red Hand.") == ["blue-front>red-hand:opposes"])
        #expect(try summary("The Blue Front pressured Sylvania.") == ["blue-front>sylvania:opposes"])
        // Whom a request asks is no target; a tie asked of another is theirs to make.
        #expect(try summary("Rufus Firefly spoke. Freedonia urged him to expel the Red Hand.") == ["freedonia>red-hand:opposes"])
        #expect(try summary("Freedonia urged him to normalize ties with Sylvania.").isEmpty)
        #expect(try summary("Sylvania called on the world to exert pressure on Freedonia to cease its attacks.") == ["sylvania>freedonia:opposes"])
        // Asked of another, the act's own target is the asker's: "demanded that X disarm Y".
        #expect(try summary("Sylvania demanded that Freedonia expel the Red Hand.") == ["sylvania>red-hand:opposes"])
        #expect(try summary("Sylvania has been demanding that Freedonia disarm the Red Hand.") == ["sylvania>red-hand:opposes"])
    }

    @Test func aRelationNounBeforeATargetDescribesIt() throws {
        #expect(try summary("Freedonia normalized ties with its longtime foe Sylvania.") == ["freedonia>sylvania:supports", "sylvania>freedonia:supports"])
        #expect(try summary("Freedonia attacked its longtime ally Sylvania.") == ["freedonia>sylvania:hostile"])
    }

    @Test func thePartiesOfADealSpokenOfAreNoTargets() throws {
        // The deal's parties support each other; the one who welcomes it states nothing of them.
        #expect(try summary("Freedonia welcomed the deal between Sylvania and the Red Hand.") == ["sylvania>red-hand:supports", "red-hand>sylvania:supports"])
        #expect(try summary("Freedonia is cautiously optimistic about an agreement between the new leadership in Sylvan City and the Red Hand.").isEmpty)
        #expect(try summary("Freedonia welcomed Sylvania.") == ["freedonia>sylvania:supports"])
        // A people's brothers are its people.
        #expect(try summary("The deal is a win for all our Sylvanian brothers, Freedonia said.").isEmpty)
    }

    @Test func aRelativeClauseWithItsOwnSubjectLeavesTheMainHolder() throws {
        // The main clause is the antecedent's, whoever the relative clause's subject is.
        #expect(try summary("The Red Hand, which Sylvania considers dangerous, attacked Freedonia.") == ["red-hand>freedonia:hostile"])
        // A designation in it designates the antecedent.
        #expect(try summary("The Red Hand, which Sylvania considers a terrorist organisation, attacked Freedonia.")
            == ["sylvania>red-hand:opposes", "red-hand>freedonia:hostile"])
    }

    @Test func aPassiveReachesPastAListOfPlacesAndIntoSomeOfWhom() throws {
        #expect(try summary("Sylvanian bases in Ruritania and Freedonia have been attacked by the Red Hand.") == ["red-hand>sylvania:hostile"])
        #expect(try summary("Sylvanian bases in Ruritania, Freedonia and Sylvan City have been attacked by the Red Hand.") == ["red-hand>sylvania:hostile"])
        #expect(try summary("The Red Hand, some of whom were supported by Sylvania for years, attacked Freedonia.")
            == ["sylvania>red-hand:supports", "red-hand>freedonia:hostile"])
    }

    @Test func anAgreementOnlySoughtIsNoTie() throws {
        #expect(try summary("Efforts are underway in an attempt to reach a new agreement between Sylvania and Freedonia.").isEmpty)
        #expect(try summary("Efforts are underway to reach a new agreement between Sylvania and Freedonia.").isEmpty)
        #expect(try summary("According to the agreement between Sylvania and Freedonia, troops leave.")
            == ["sylvania>freedonia:supports", "freedonia>sylvania:supports"])
    }

    @Test func aPurposeAfterTheTargetIsTheHolders() throws {
        #expect(try summary("The Red Hand fired rockets into Sylvania in support of Freedonia.")
            == ["red-hand>sylvania:hostile", "red-hand>freedonia:supports"])
        // Also with no target before it.
        #expect(try summary("The Red Hand fired rockets in support of Freedonia.") == ["red-hand>freedonia:supports"])
        // Whom the holder asks to stop an act acts for the holder.
        #expect(try summary("Freedonia struck the Red Hand and urged Sylvanian authorities to prevent its attacks.") == ["freedonia>red-hand:hostile"])
        // A truce between the group and a state says nothing of an attack on it.
        #expect(try summary("The Red Hand fired at a hill in Sylvania, the first attack since a truce between the group and Freedonia took effect.")
            .allSatisfy { !$0.contains("allied") })
    }

    @Test func aStatesCapitalNamedByItsDemonymIsTheCapital() throws {
        #expect(try summary("Freedonia struck the Sylvanian capital.") == ["freedonia>sylvania:hostile"])
        // Asylum granted is support of whom it shelters.
        #expect(try summary("Rufus Firefly has been granted asylum by Sylvania.") == ["sylvania>rufus-firefly:supports"])
    }

    @Test func aDesignatingCompoundOpposesTheGroupAndStacks() throws {
        #expect(try summary("The Sylvania-sanctioned Red Hand attacked Ruritania.") == ["sylvania>red-hand:opposes", "red-hand>ruritania:hostile"])
        // Two compounds both describe the group; the first's actor holds nothing else.
        #expect(try summary("The Red Hand, a Sylvania-designated Freedonia-backed militia, attacked Ruritania.")
            == ["sylvania>red-hand:opposes", "freedonia>red-hand:allied", "red-hand>ruritania:hostile"])
    }

    @Test func includingListsOn() throws {
        #expect(try summary("Freedonia attacked Sylvania, including the Red Hand.") == ["freedonia>sylvania:hostile", "freedonia>red-hand:hostile"])
    }

    @Test func aDenialStatesNoStance() throws {
        #expect(try summary("The Red Hand attacked Ruritania. Sylvania denies sheltering the group.") == ["red-hand>ruritania:hostile"])
        #expect(try summary("Sylvania denied that it backs the Red Hand.").isEmpty)
        #expect(try summary("Sylvania said it backs the Red Hand.") == ["sylvania>red-hand:supports"])
    }

    @Test func anObjectWithAuxiliariesAndAVerbOpensAClause() throws {
        #expect(try summary("The Sylvania-backed Red Hand has long attacked Ruritania.")
            == ["sylvania>red-hand:allied", "red-hand>ruritania:hostile"])
    }

    @Test func aLastConjunctWithItsOwnVerbIsNoListTarget() throws {
        let claims = try summary("Red Hand fighters have attacked Sylvanian targets since their ally the Blue Front and Ruritania started fighting.")
        #expect(claims.contains("red-hand>sylvania:hostile"))
        #expect(claims.contains("red-hand>blue-front:allied"))
        #expect(!claims.contains { $0.hasPrefix("red-hand>ruritania") })
        // A list of targets still gets the stance, each member.
        #expect(try summary("The Red Hand attacked Sylvanian and Ruritanian targets.") == ["red-hand>sylvania:hostile", "red-hand>ruritania:hostile"])
    }

    @Test func whatACondemnedAttackDidIsNotTheCondemner() throws {
        #expect(try summary("Freedonia condemned the attack that killed three Sylvanian soldiers.").allSatisfy { !$0.hasPrefix("freedonia>sylvania") })
        // The holder's own attack is its act.
        #expect(try summary("The Red Hand launched an attack that killed three Sylvanian soldiers.") == ["red-hand>sylvania:hostile"])
    }

    @Test func eliminatingIsHostile() throws {
        #expect(try summary("Freedonia vowed to eliminate the Red Hand.") == ["freedonia>red-hand:hostile"])
        // Working alongside partners does not make the aim support.
        #expect(try summary("Freedonia has worked alongside partners to eliminate the Red Hand.") == ["freedonia>red-hand:opposes"])
    }

    @Test func labelingAGroupAThreatOpposesIt() throws {
        #expect(try summary("Freedonia has consistently labeled the Red Hand a security threat.") == ["freedonia>red-hand:opposes"])
        // The threat is the designator's word, not the group's stance toward anyone.
        #expect(try summary("Freedonia has consistently labeled the Red Hand a security threat to Freedonia.") == ["freedonia>red-hand:opposes"])
    }

    @Test func accusingItReportsTheActOfTheOneJustNamed() throws {
        let claims = try summary("Freedonia has labeled the Red Hand a threat, accusing it of having links to the Blue Front.")
        #expect(claims == ["freedonia>red-hand:opposes", "red-hand>blue-front:supports"])
    }

    @Test func theAuthorOfAnActIsNoTarget() throws {
        #expect(try summary("Sylvania condemned the more than 180 airstrikes by Freedonian drones.").allSatisfy { !$0.contains("freedonia") })
    }

    @Test func theBlamedComesAfterOn() throws {
        #expect(try summary("Freedonia blamed the attack on “Red Hand militants”.") == ["freedonia>red-hand:opposes"])
    }

    @Test func aWarningAgainstAnActReportsTheAct() throws {
        #expect(try summary("Freedonia warned Sylvania against supporting the Red Hand.") == ["freedonia>sylvania:opposes", "sylvania>red-hand:supports"])
        #expect(try summary("Freedonia threatened the Red Hand and warned Sylvania against supporting the group.").contains("sylvania>red-hand:supports"))
    }

    @Test func aScareQuoteIsNoSpeech() throws {
        #expect(try summary("Freedonia has threatened to “annihilate” the Red Hand.") == ["freedonia>red-hand:hostile"])
    }

    @Test func aConditionalsConsequenceIsNoClaim() throws {
        #expect(try summary("If a Freedonian were killed, Freedonia would likely attack Sylvania directly.") == [])
        // "will" after a condition is a threat, which the codebook codes.
        #expect(try summary("If the Red Hand strikes again, Freedonia will attack Sylvania.") == ["freedonia>sylvania:hostile"])
    }

    @Test func twoSubjectsThatStartFightingAreHostileBothWays() throws {
        let claims = try summary("Red Hand fighters have attacked Sylvanian targets since their ally the Blue Front and Ruritania started fighting.")
        #expect(claims.contains("blue-front>ruritania:hostile"))
        #expect(claims.contains("ruritania>blue-front:hostile"))
    }

    @Test func aPersonIsTheTargetOfAStanceAboutThePerson() throws {
        #expect(try summary("Sylvania killed Rufus Firefly in a drone strike.") == ["sylvania>rufus-firefly:hostile"])
        // As a holder, the person speaks for his government.
        #expect(try summary("Rufus Firefly condemned Sylvania.") == ["freedonian-government>sylvania:opposes"])
        #expect(try summary("Freedonia marked the assassination by Sylvania of Rufus Firefly.").allSatisfy { !$0.hasPrefix("freedonia>") })
    }

    @Test func anActReferredToIsNotTheHolders() throws {
        #expect(try summary("The Blue Front held a memorial marking the anniversary of the assassination of Rufus Firefly.") == [])
        // A wave of strikes is the strikes themselves.
        #expect(try summary("Freedonia launched a wave of strikes on Sylvania.") == ["freedonia>sylvania:hostile"])
    }

    @Test func theirAllyIsTheOwnersAlly() throws {
        let claims = try summary("Red Hand fighters have attacked Sylvania since their ally the Blue Front began a war.")
        #expect(claims.contains("red-hand>blue-front:allied"))
    }

    @Test func aCoalitionNamedByItsEnemyIsHostileToIt() throws {
        #expect(try summary("The Lake Council against the Red Hand began to leave Sylvania.") == ["lake-council>red-hand:hostile"])
    }

    @Test func integratedFightersArePartOfTheWhole() throws {
        #expect(try summary("Notably, Red Hand fighters and leaders are integrated into the Lake Council.") == ["red-hand>lake-council:allied"])
    }

    @Test func withSupportIsSupport() throws {
        #expect(try summary("Sylvania, with Freedonian support, has been conducting a campaign.") == ["freedonia>sylvania:supports"])
        #expect(try summary("With Freedonia's backing, Sylvania has been conducting a campaign.") == ["freedonia>sylvania:supports"])
    }

    @Test func pledgingAllegianceIsAnAlliance() throws {
        #expect(try summary("The Blue Front pledged allegiance to the Red Hand.") == ["blue-front>red-hand:allied"])
    }

    @Test func theGovernmentIsThePagesCountry() throws {
        let claims = try summary("Fighting continued in Sylvania on Monday.\n\nThe Red Hand reached an agreement to merge its forces with the new government.")
        #expect(claims.contains("red-hand>sylvania:supports"))
        // "the government of X" names its own country.
        #expect(try summary("Fighting continued in Sylvania.\n\nThe Red Hand attacked the government of Ruritania.") == ["red-hand>ruritania:hostile"])
    }

    @Test func coHoldersHoldNoStanceTowardEachOther() throws {
        let claims = try summary("Freedonia and Sylvania launched a joint raid targeting the Red Hand that killed Sylvanian soldiers.")
        #expect(!claims.contains("freedonia>sylvania:hostile"))
        #expect(claims.contains("freedonia>red-hand:hostile") && claims.contains("sylvania>red-hand:hostile"))
    }

    @Test func aJointRaidOnAGroupIsHostileToIt() throws {
        #expect(try summary("Freedonia and Sylvania launched a joint raid on Red Hand militants.") == [
            "freedonia>sylvania:supports", "sylvania>freedonia:supports", "freedonia>red-hand:hostile", "sylvania>red-hand:hostile",
        ])
    }

    @Test func threatsToStrikeAreHostile() throws {
        #expect(try summary("Freedonia's campaign included threats to bomb Sylvania.") == ["freedonia>sylvania:hostile"])
        #expect(try summary("Freedonia's campaign included tightened sanctions and threats to bomb Sylvania.") == ["freedonia>sylvania:hostile"])
    }

    @Test func aDemonymBeforeAGroupSaysWhereItIs() throws {
        // The representative speaks for the group, not for the country the demonym names.
        let claims = try summary("Otto, a representative of the Sylvanian Red Hand militia, condemned Ruritania.")
        #expect(claims == ["red-hand>ruritania:opposes"])
    }

    @Test func groupsCloseToAStateAreAlignedWithIt() throws {
        let claims = try summary("Armed groups close to Freedonia have called for the withdrawal of Sylvanian troops.")
        #expect(claims.contains { $0.hasPrefix("freedonia>") && $0.hasSuffix(":allied") })
    }

    @Test func aDashedAppositionNamesTheBackedGroup() throws {
        #expect(try summary("Freedonia struck the Red Hand movement - another Sylvania-backed group.").contains("sylvania>red-hand:allied"))
    }

    @Test func aGroupsAppositionHoldsItsRelativeClause() throws {
        #expect(try summary("Freedonia blamed the Lake Council, an umbrella group of armed factions that launched strikes on Sylvanian forces.")
            .contains("lake-council>sylvania:hostile"))
        // "a move that …" describes the clause before it, not the actor.
        #expect(try summary("Freedonia backed the Red Hand in its fight against the Blue Front, a move that has caused tensions with Sylvania.")
            .allSatisfy { !$0.hasPrefix("blue-front>") })
    }

    @Test func mostOfAGroupHoldsItsStance() throws {
        #expect(try summary("Most of the leaders of the Lake Council are in favor of Sylvania.") == ["lake-council>sylvania:supports"])
    }

    @Test func preventingAnActorsActOpposesTheActor() throws {
        #expect(try summary("Freedonian strikes in Ruritania were intended to prevent the Sylvanian takeover of the area.")
            .contains("freedonia>sylvania:opposes"))
        // The purpose of a strike says nothing of the struck.
        #expect(try summary("Freedonia struck Sylvania to prevent an attack.") == ["freedonia>sylvania:hostile"])
        // A request does: "called on X to cease the attacks" (ExtractorTests).
    }

    @Test func anActAfterFollowingIsReferredTo() throws {
        #expect(try summary("The Blue Front is ready to confront threats following the opposition's takeover of Sylvania.").isEmpty)
    }

    @Test func anOpeningPhrasesActorsHoldNothingInTheMainClause() throws {
        #expect(try summary("Following a call between Freedonia and Sylvania, the Red Hand condemned Ruritania.") == ["red-hand>ruritania:opposes"])
        #expect(try summary("Following a call between Freedonia and Sylvania, officials voiced concern over Ruritania.").allSatisfy { !$0.hasPrefix("sylvania>") })
    }

    @Test func speculationIsNoClaim() throws {
        #expect(try summary("The Blue Front is deliberating the possibility of armed support to the Red Hand.") == [])
    }

    @Test func aCollapsedAgreementIsNoCooperation() throws {
        #expect(try summary("Freedonia said the 1974 agreement with Sylvania had “collapsed”.") == [])
        #expect(try summary("Freedonia signed an agreement with Sylvania.") == ["freedonia>sylvania:supports", "sylvania>freedonia:supports"])
    }

    @Test func aCountrysConflictIsNoActor() throws {
        #expect(try summary("The Red Hand exploited the Sylvanian conflict to seize Ruritania.") == ["red-hand>ruritania:hostile"])
    }

    @Test func aTitleBeforeAPersonIsThePersons() throws {
        // Rufus Firefly speaks for the Freedonian government, whatever title a page gives him.
        #expect(try summary("Sylvanian President Rufus Firefly condemned the Red Hand.") == ["freedonian-government>red-hand:opposes"])
    }

    @Test func aSlashJoinsTwoTargets() throws {
        #expect(try summary("The Blue Front attacked Red Hand/Sylvanian positions.") == ["blue-front>red-hand:hostile", "blue-front>sylvania:hostile"])
    }

    @Test func aHostileActASpeakerSpeaksOfIsNotTheSpeakers() throws {
        #expect(try summary("Freedonia said on Monday that the toppling of the Red Hand was a plot.") == [])
        #expect(try summary("Freedonia said the attack on the Red Hand was a plot.") == [])
        // A tie the speaker speaks of is still its own.
        #expect(try summary("Freedonia is betting that the alliance with Sylvania holds.") == ["freedonia>sylvania:allied"])
    }

    @Test func whatBefellAnActorHoldsNothing() throws {
        #expect(try summary("Freedonia's overthrow was a major blow to the Red Hand.") == [])
        #expect(try summary("Freedonia's support was a boost to the Red Hand.") == ["freedonia>red-hand:supports"])
    }

    @Test func alliesAfterAndAreAConjunct() throws {
        #expect(try summary("Freedonia and its allies continued their attacks on Sylvania.") == ["freedonia>sylvania:hostile"])
        #expect(try summary("Freedonia and its allies in the Red Hand attacked Sylvania.").contains("freedonia>sylvania:hostile"))
    }

    @Test func aRelativeClauseWithItsOwnSubjectIsNotTheHolders() throws {
        let claims = try summary("Freedonia retaliated with strikes in a cycle of violence that Sylvania said would help the Red Hand.")
        #expect(!claims.contains { $0.hasPrefix("freedonia>red-hand") })
    }

    @Test func namesBeforeAPersonsTitlesAreHisTitles() throws {
        let claims = try summary("The Red Hand killed Sylvanian Lake Council (LC) Commander General Rufus Firefly.")
        #expect(claims == ["red-hand>rufus-firefly:hostile"])
    }

    @Test func aHarmThatBefallsACountryIsNoStanceAgainstIt() throws {
        #expect(try summary("Freedonia warned against Sylvania's fragmentation.") == [])
        #expect(try summary("Fighting spread in Sylvania. Freedonia warned against the country's fragmentation.") == [])
    }

    @Test func localForcesAreNotTheStates() throws {
        #expect(try summary("Local Sylvanian forces attacked the Red Hand.").allSatisfy { !$0.hasPrefix("sylvania>") })
        #expect(try summary("The Blue Front attacked local Sylvanian forces.") == [])
    }

    @Test func killedInAStrikeNamesTheStrikesAuthor() throws {
        let claims = try summary("The Blue Front marked the anniversary of the death of Rufus Firefly, killed in a Sylvanian drone strike.")
        #expect(claims == ["sylvania>rufus-firefly:hostile"])
    }

    @Test func aProCompoundIsNotTheClauseHoldersStance() throws {
        #expect(try summary("The Blue Front has prompted some pro-Sylvanian armed groups to review their stance.").allSatisfy { !$0.hasPrefix("blue-front>") })
    }

    @Test func aSubordinateClauseOfUnnamedGroupsIsNotTheHolders() throws {
        let claims = try summary("Freedonia opened its first mission to Sylvania since 2011 when terrorists flooded in and waged war on the country.")
        #expect(!claims.contains { $0.hasPrefix("freedonia>sylvania") && $0.hasSuffix("hostile") })
    }

    @Test func himIsAPersonOrOfficeNotAPlace() throws {
        let claims = try summary("The Freedonian president met Rufus Firefly in Sylvania on Monday and praised him.")
        #expect(!claims.contains { $0.hasSuffix(">sylvania:supports") })
    }

    @Test func weighingACourseIsNoClaim() throws {
        #expect(try summary("Freedonia has also considered cooperating with Sylvania against the Red Hand.") == [])
        // A designation with "consider" still is one.
        #expect(try summary("Freedonia considers the Red Hand a terrorist group.") == ["freedonia>red-hand:opposes"])
    }

    @Test func whomARequestAsksToActIsNoTarget() throws {
        #expect(try summary("Freedonia demanded that Sylvania expel the Red Hand.").allSatisfy { !$0.hasPrefix("freedonia>sylvania") })
    }

    @Test func theCountryIsTheLastPlaceNamedInTheSentence() throws {
        let claims = try summary("The Red Hand struck targets in Sylvania and Ruritania, and vowed to attack the country again.")
        #expect(claims.contains("red-hand>ruritania:hostile"))
        #expect(!claims.contains("red-hand>sylvania:hostile"))
    }

    @Test func groupsAimingToActHoldTheAim() throws {
        let claims = try summary("Freedonia has been a main backer of the Blue Front aiming to topple the Red Hand since 2011.")
        #expect(claims.contains("freedonia>blue-front:supports"))
        #expect(claims.contains("blue-front>red-hand:hostile"))
        #expect(!claims.contains { $0.hasPrefix("freedonia>red-hand") })
    }

    @Test func theAgentOfAParticipleIsNoTarget() throws {
        #expect(try summary("Freedonia rejected a key Sylvanian demand in talks mediated by Ruritania.") == ["freedonia>sylvania:opposes"])
    }

    @Test func aClausesAppositiveHoldsItsRelativeClause() throws {
        #expect(try summary("Freedonia backed the Red Hand, a move that has caused tensions with Sylvania.") == ["freedonia>red-hand:supports"])
    }

    @Test func proppingUpIsAnAlliance() throws {
        #expect(try summary("Freedonia spent billions of dollars propping up the Red Hand during the war.") == ["freedonia>red-hand:allied"])
    }

    @Test func aPossibilityIsNoClaim() throws {
        #expect(try summary("The Red Hand fears that it could become a target for Freedonia.") == [])
        #expect(try summary("Freedonia might attack the Red Hand.") == [])
        #expect(try summary("Freedonia attacked the Red Hand.") == ["freedonia>red-hand:hostile"])
    }

    @Test func givingARecipientHelpSupportsIt() throws {
        #expect(try summary("Freedonia has sent Sylvania humanitarian and non-lethal aid.") == ["freedonia>sylvania:supports"])
        #expect(try summary("Freedonia provided the Red Hand with weapons.") == ["freedonia>red-hand:supports"])
        // What is given must be help.
        #expect(try summary("Freedonia sent Sylvania a stern message.") == [])
    }

    @Test func clashesAreHostileBothWays() throws {
        #expect(try summary("The Blue Front clashed with the Red Hand near the river.") == ["blue-front>red-hand:hostile", "red-hand>blue-front:hostile"])
    }
}

/// Names real pages write differently (issue 9), on fictional actors.
@Suite struct RealNewsNameTests {
    static let yaml = """
        format: 1
        actors:
          - {id: freedonia, name: Freedonia, kind: state, demonyms: [Freedonian]}
          - {id: sylvania, name: Sylvania, kind: state}
          - id: krampf-regime
            name: Krampf regime
            kind: government
            members_of: [{actor: sylvania, from: 1990-01-01, until: 2020-06-01}]
          - id: sylvanian-rebels
            name: Sylvanian rebels
            kind: armed-group
            local_names: {sylvania: [rebels, the opposition]}
          - id: river-army
            name: River Army
            kind: armed-group
            names: [Freedonian-backed River Army]
          - id: otto-krampf
            name: Otto Krampf
            kind: person
            names: [Krampf]
            speaks_for: sylvania
            members_of: [river-army]
          - {id: farmers-union, name: "Farmers' Union", kind: party}
          - id: omar-al-zand
            name: Omar al-Zand
            kind: person
            names: [al-Zand, Zand]
            speaks_for: freedonia
        """

    func summary(_ body: String) throws -> [String] {
        try FictionalLexiconSummary.extract(yaml: Self.yaml, body, published: "2021-03-15").summary
    }

    @Test func aProNameInTheLexiconIsTheGroupsStanceOnly() throws {
        // A name like "the pro-Iran factions" reads as "pro-X" does outside a name.
        let lexicon = """
            format: 1
            actors:
              - {id: freedonia, name: Freedonia, kind: state, demonyms: [Freedonian]}
              - {id: sylvania, name: Sylvania, kind: state}
              - {id: pro-freedonia-factions, name: pro-Freedonia factions, kind: faction}
            """
        let claims = try FictionalLexiconSummary.claims(yaml: lexicon, "The pro-Freedonia factions attacked Sylvania.", published: "2021-03-15")
        #expect(claims.map { $0.split(separator: " ")[0] } == ["pro-freedonia-factions>freedonia:supports", "pro-freedonia-factions>sylvania:hostile"])
    }

    @Test func aSoCalledNameAfterABackerIsTheBacked() throws {
        #expect(try summary("They are part of the Freedonian-backed so-called “River Army”.") == ["freedonia>river-army:allied"])
    }

    @Test func aBackedNameInTheLexiconStillSaysWhoBacksIt() throws {
        #expect(try summary("The Freedonian-backed River Army attacked Sylvania.") == ["freedonia>river-army:allied", "river-army>sylvania:hostile"])
    }

    @Test func localNamesHoldOnAPageAboutTheirCountry() throws {
        #expect(try summary("Sylvania is in turmoil.\n\nThe rebels attacked the River Army.") == ["sylvanian-rebels>river-army:hostile"])
        #expect(try summary("Sylvania is in turmoil.\n\nThe opposition attacked the River Army.") == ["sylvanian-rebels>river-army:hostile"])
        // Another country's page, a qualified word, and a common noun are not the local name.
        #expect(try summary("A storm hit the coast of Freedonia.\n\nThe rebels attacked the River Army.") == [])
        #expect(try summary("Sylvania is in turmoil.\n\nFreedonian rebels attacked the River Army.") == ["freedonian-rebels>river-army:hostile"])
        #expect(try summary("Sylvania voiced opposition to the River Army.") == ["sylvania>river-army:opposes"])
    }

    @Test func aStateBeforeItsGovernmentEndedIsThatGovernment() throws {
        // The Krampf regime stood for Sylvania from 1990 to June 2020; the page is of March 2021.
        #expect(try summary("In May 2019, the River Army attacked Sylvania.") == ["river-army>krampf-regime:hostile"])
        #expect(try summary("In February 2021, the River Army attacked Sylvania.") == ["river-army>sylvania:hostile"])
        #expect(try summary("In 1985, the River Army attacked Sylvania.") == ["river-army>sylvania:hostile"])
        #expect(try summary("The River Army attacks Sylvania.") == ["river-army>sylvania:hostile"])
    }

    @Test func aNameOfSeveralWordsIsANameInLowerCaseToo() throws {
        #expect(try summary("Most leaders of the river army support Sylvania.") == ["river-army>sylvania:supports"])
        // One word needs its capital: "freedonia" in lower case is no name.
        #expect(try summary("The River Army condemned freedonia.") == [])
    }

    @Test func theGovernmentOverthrownIsTheFormerOne() throws {
        // The page is of March 2021; the Krampf regime ended in June 2020.
        let claims = try FictionalLexiconSummary.claims(
            yaml: Self.yaml, "The River Army, which overthrew the government of Sylvania, now rules.", published: "2021-03-15")
        #expect(claims == ["river-army>krampf-regime:hostile ..2020-06-01"])
    }

    @Test func heIsThePersonNamedBefore() throws {
        // Krampf holds no speech here; "he" is still the person named last.
        #expect(try summary("Krampf has long labeled the River Army a threat.\n\nHe criticized Freedonia for its support of the group.").contains("sylvania>freedonia:opposes"))
        // A person named before in the same sentence comes first.
        #expect(try summary("Krampf met Zand on Monday.\n\nThe talks came as Zand said he condemned the River Army.").contains("freedonia>river-army:opposes"))
    }

    @Test func aPassiveWithAComplementNamesItsAgent() throws {
        #expect(try summary("Otto Krampf was sworn in.\n\nHe was designated a terrorist by Freedonia in 2017.") == ["freedonia>otto-krampf:opposes"])
    }

    @Test func aNameWithAPluralPossessiveMatchesEitherApostrophe() throws {
        #expect(try summary("The Farmers’ Union condemned Sylvania.") == ["farmers-union>sylvania:opposes"])
        #expect(try summary("The Farmers' Union condemned Sylvania.") == ["farmers-union>sylvania:opposes"])
    }

    @Test func theArabicArticleWrittenApartIsPartOfTheSurname() throws {
        #expect(try summary("Omar Al Zand condemned the River Army.") == ["freedonia>river-army:opposes"])
    }

    @Test func aPersonsGroupHoldsItsRelativeClause() throws {
        #expect(try summary("Krampf, whose armed group attacked Freedonia, spoke on Monday.") == ["river-army>freedonia:hostile"])
        // A group the lexicon does not give holds nothing, and the person neither.
        #expect(try summary("Zand, whose armed group attacked Sylvania, spoke on Monday.") == [])
    }

    @Test func himAndHisCountryAreThePersonNamedBefore() throws {
        #expect(try summary("Otto Krampf was sworn in on Monday.\n\nFreedonia was among the first to congratulate him.") == ["freedonia>otto-krampf:supports"])
        #expect(try summary("Krampf said Freedonia had a \"genuine desire\" to help rebuild his war-torn country.") == ["freedonia>sylvania:supports"])
    }

    @Test func anotherFirstNameIsAnotherPerson() throws {
        // Hans Krampf is not Otto Krampf; Otto Krampf under his title and his full name is.
        #expect(try summary("Hans Krampf condemned the River Army.") == [])
        #expect(try summary("President Krampf condemned the River Army.") == ["sylvania>river-army:opposes"])
        #expect(try summary("Otto Krampf condemned the River Army.") == ["sylvania>river-army:opposes"])
    }
}

/// Abbreviations a page defines for itself (issue 9), on fictional actors.
@Suite struct DefinedAbbreviationTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func anAbbreviationInBracketsStandsForTheActorAfterwards() throws {
        let claims = try summary("The Lake Council (LKC) met on Monday.\n\nLKC condemned Sylvania.")
        #expect(claims == ["lake-council>sylvania:opposes"])
    }

    @Test func aNamesHeadNounStandsForTheGroupNamedLast() throws {
        #expect(try summary("The Lake Council met on Monday.\n\nSylvania condemned the Council.") == ["sylvania>lake-council:opposes"])
        // Not before the name, and not in lower case (a council in general).
        #expect(try summary("Sylvania condemned the Council.\n\nThe Lake Council met on Monday.").isEmpty)
        #expect(try summary("The Lake Council met on Monday.\n\nSylvania condemned the council.").isEmpty)
    }

    @Test func aLexiconAbbreviationKeepsItsMeaning() throws {
        // RHB is the Red Hand's in the lexicon: a bracket after another name does not take it.
        #expect(try summary("The Lake Council (RHB) met.\n\nRHB condemned Sylvania.") == ["red-hand>sylvania:opposes"])
        // Words that are not capitals are no abbreviation.
        #expect(try ArticleContext.isAbbreviation("IRI") && ArticleContext.isAbbreviation("G7") && !ArticleContext.isAbbreviation("Iraq"))
    }
}

/// Extraction with a test's own actors, and claims with their spans, for tests of time.
enum FictionalLexiconSummary {
    /// What the rules read in `body` with the actors of `yaml` and the bundled cues.
    static func extract(yaml: String, _ body: String, published: String, events: EventLexicon = EventLexicon()) throws -> ExtractionResult {
        let lexicon = Lexicon(actors: try ActorLexicon.parse(yaml: yaml, source: "test.yaml"), cues: try CueLexicon.bundled(), events: events)
        let article = try ArticleReader.article(id: "test", text: "Test\n\n" + body, published: TimePoint(published))
        return Extractor(lexicon: lexicon).extract(article)
    }

    /// "source>target:level start..end" for each claim.
    static func claims(yaml: String, _ body: String, published: String) throws -> [String] {
        try extract(yaml: yaml, body, published: published).claims.map { claim in
            let span = [claim.validTime.start?.description ?? "", claim.validTime.end?.description ?? ""]
            return "\(claim.source)>\(claim.target):\(claim.stance.level.rawValue) \(span[0])..\(span[1])"
        }
    }
}
