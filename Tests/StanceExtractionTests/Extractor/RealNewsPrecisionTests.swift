import Testing
import StanceModel
@testable import StanceExtraction

/// The classes of error that real news pages showed (issue 9), each on fictional actors.
@Suite struct RealNewsPrecisionTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func placesAreNotActors() throws {
        // A border, a base in a country and where an attack came from are places.
        #expect(try summary("A drone attack near the Freedonia-Sylvania border killed three Ruritanian soldiers.").allSatisfy {
            !$0.contains("freedonia") && !$0.contains("sylvania")
        })
        #expect(try summary("The Red Hand condemned the attack on an outpost on the border with Sylvania.").isEmpty)
        #expect(try summary("Freedonian tanks took control of the near side of the Lake crossing with Sylvania.").isEmpty)
        // A participle after a place describes the place: "the areas encircling X".
        #expect(try summary("The Red Hand said it was withdrawing from the areas encircling Sylvan City.").isEmpty)
        #expect(try summary("The Red Hand has been attacking Ruritanian targets from Freedonia, Sylvania and beyond.")
            == ["red-hand>ruritania:hostile"])
    }

    @Test func endingAttacksEndsHostilityAndIsNoSupport() throws {
        let result = try FictionalLexicon.extract("The Red Hand announced on Monday the suspension of its attacks on Ruritania.")
        #expect(result.summary == ["red-hand>ruritania:hostile"])
        #expect(result.claims.first?.validTime.end == TimePoint("2021-03-15"))
        #expect(result.claims.first?.validTime.start == nil)
        #expect(try summary("Freedonia said it would halt its strikes against the Red Hand.") == ["freedonia>red-hand:hostile"])
        // Lifting sanctions is still support: only hostility ends this way.
        #expect(try summary("Freedonia lifted its sanctions on Sylvania.") == ["freedonia>sylvania:supports"])
    }

    @Test func noStanceBetweenAnActorAndWhatItStandsFor() throws {
        #expect(try summary("The Freedonian government praised Freedonia and condemned Sylvania.") == ["freedonian-government>sylvania:opposes"])
    }

    @Test func backingIsOneWay() throws {
        let claims = try summary("The Freedonia-backed Red Hand condemned Sylvania.")
        #expect(claims.contains("freedonia>red-hand:allied"))
        #expect(!claims.contains { $0.hasPrefix("red-hand>freedonia") })
    }

    @Test func everyClaimNamesItsRule() throws {
        let result = try FictionalLexicon.extract("Freedonia condemned Sylvania and Ruritania.")
        #expect(result.keys.map(\.rule) == [.clause, .list])
        #expect(result.keys.first?.description == "clause/-")
    }
}

/// Stances real pages state in passing (issue 9), on fictional actors.
@Suite struct RealNewsRecallTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func backersInAnApposition() throws {
        #expect(try summary("The setback shows the weakness of the Red Hand's backers, Freedonia and Sylvania.")
            == ["freedonia>red-hand:allied", "sylvania>red-hand:allied"])
        #expect(try summary("Freedonia, a key backer of the Red Hand, said nothing.") == ["freedonia>red-hand:allied"])
    }

    @Test func alignmentHoldsBothWays() throws {
        let claims = try summary("Freedonia-aligned factions condemned Sylvania.")
        #expect(claims == [
            "freedonia>freedonia-aligned-factions:allied", "freedonia-aligned-factions>freedonia:allied",
            "freedonia-aligned-factions>sylvania:opposes",
        ])
    }

    @Test func aWholeNamesItsParts() throws {
        #expect(try summary("The Lake Council includes several prominent factions such as the Red Hand and the Blue Front.")
            == ["red-hand>lake-council:allied", "blue-front>lake-council:allied"])
        #expect(try summary("The Lake Council, which includes the Red Hand, met on Monday.") == ["red-hand>lake-council:allied"])
        // A possessor's named faction is its part; a demonym between them is a place, not a part.
        #expect(try summary("A leader of the Lake Council's Red Hand (RHB) faction spoke.") == ["red-hand>lake-council:allied"])
        #expect(try summary("The Red Hand is the Lake Council's Sylvanian offshoot.").allSatisfy { !$0.hasPrefix("sylvania") })
        // Including is no membership when no whole names the list.
        #expect(try summary("The talks included the Red Hand and the Blue Front.").isEmpty)
    }

    @Test func aStatesPossessiveBeforeAGroupIsAPlace() throws {
        // The group acts, not the state it is in; "pro-X" is the group's stance toward X.
        #expect(try summary("Freedonia’s powerful pro-Sylvania Red Hand vowed attacks on Ruritania.")
            == ["red-hand>sylvania:supports", "red-hand>ruritania:hostile"])
        // A person after a state's relation noun is no group: the state keeps its relation.
        #expect(try summary("Sylvania’s ally Rufus Firefly was ousted.").allSatisfy { !$0.hasPrefix("rufus-firefly") })
    }

    @Test func objectRelativeClauses() throws {
        // The relative clause's own subject holds its verb toward the antecedent.
        #expect(try summary("The Red Hand, which Freedonia has long backed, met on Monday.") == ["freedonia>red-hand:supports"])
        #expect(try summary("Sylvania condemned the Red Hand, which Freedonia blamed for the attack.")
            == ["sylvania>red-hand:opposes", "freedonia>red-hand:opposes"])
        // "X, an alliance of groups that Y blamed": the alliance is X.
        #expect(try summary("The Red Hand joined the Lake Council, an alliance of Freedonia-backed groups that Sylvania has blamed for the raid.")
            .contains("sylvania>lake-council:opposes"))
        // A subject relative is no object relative: the antecedent holds it.
        #expect(try summary("The Red Hand, which backs Freedonia, met on Monday.") == ["red-hand>freedonia:supports"])
    }

    @Test func aCollectiveOfBackedGroupsIsTheWhole() throws {
        #expect(try summary("The Lake Council is an umbrella network of Freedonia-backed armed groups.") == ["freedonia>lake-council:allied"])
    }

    @Test func theFightOfTheSupportedIsItsOwn() throws {
        // "X supports Y in the fight against Z": Y is hostile to Z, as well as X's own stances.
        let claims = try summary("Freedonia supported Sylvania in the fight against the Red Hand and the Blue Front.")
        #expect(claims.contains("sylvania>red-hand:hostile") && claims.contains("sylvania>blue-front:hostile"))
        #expect(claims.contains("freedonia>sylvania:supports"))
        #expect(try summary("Freedonia will assist Sylvania in confronting the Red Hand.").contains("sylvania>red-hand:hostile"))
        // Not after an opposing cue: "condemned Y in the fight against Z" says nothing of Y's fight.
        #expect(!(try summary("Freedonia condemned Sylvania in the fight against the Red Hand.")).contains("sylvania>red-hand:hostile"))
    }

    @Test func actingJointlyIsCooperationAndTheActStaysTheirs() throws {
        let claims = try summary("Freedonia and Sylvania launched a joint raid targeting the Red Hand.")
        #expect(claims == [
            "freedonia>sylvania:supports", "sylvania>freedonia:supports", "freedonia>red-hand:hostile", "sylvania>red-hand:hostile",
        ])
    }

    @Test func officialsInAGroupSpeakForIt() throws {
        #expect(try summary("Senior officials in the Red Hand accused Sylvania of abandoning its allies.") == ["red-hand>sylvania:opposes"])
        // Officials in a country may be anyone's there.
        let inCountry = try summary("Officials in Sylvania condemned the Red Hand.")
        #expect(inCountry.isEmpty)
    }

    @Test func terroristDesignations() throws {
        // Active, with a list of the designated.
        #expect(try summary("Freedonia considers the Red Hand and the Blue Front terrorist groups.")
            == ["freedonia>red-hand:opposes", "freedonia>blue-front:opposes"])
        // Passive, the designators after "by", the designated in an apposition.
        #expect(try summary("The Red Hand — listed as a terror organization by Freedonia and Sylvania — kept fighting.")
            == ["freedonia>red-hand:opposes", "sylvania>red-hand:opposes"])
        // "all of which" refers back to the list.
        #expect(try summary("The Lake Council includes the Red Hand and the Blue Front, all of which are designated by Sylvania as terrorist organizations.")
            == ["red-hand>lake-council:allied", "blue-front>lake-council:allied", "sylvania>red-hand:opposes", "sylvania>blue-front:opposes"])
        // On a state's list.
        #expect(try summary("The Red Hand remains on Freedonia's terror blacklist.") == ["freedonia>red-hand:opposes"])
        // A pronoun names no one; a designation nobody made gives nothing.
        #expect(try summary("He was designated a terrorist by Freedonia in 2017.").isEmpty)
        #expect(try summary("The Red Hand is a terrorist group.").isEmpty)
    }

    @Test func membershipIsAlliance() throws {
        #expect(try summary("The Red Hand forms part of the Lake Council.") == ["red-hand>lake-council:allied"])
        #expect(try summary("The Red Hand, a member of the Lake Council, condemned Sylvania.")
            .contains("red-hand>lake-council:allied"))
        // A place is no member: "in Ruritania, part of ..." names no one.
        #expect(try summary("Fighting in Ruritania is part of the Lake Council's agenda.").isEmpty)
    }

    @Test func appositivePassiveGivesTheAgent() throws {
        #expect(try summary("The Red Hand, backed by Freedonia, condemned Sylvania.")
            == ["freedonia>red-hand:supports", "red-hand>sylvania:opposes"])
    }

    @Test func copulaNamesTheBackedGroup() throws {
        #expect(try summary("The Red Hand is another Freedonia-backed group.") == ["freedonia>red-hand:allied"])
    }

    @Test func aCeasefireIsNoSupport() throws {
        #expect(try summary("Freedonia and the Red Hand reached a ceasefire agreement on Monday.").isEmpty)
        #expect(try summary("Freedonia and Sylvania signed a trade agreement.") == ["freedonia>sylvania:supports", "sylvania>freedonia:supports"])
    }

    @Test func aCountrysPeopleAreNotTheState() throws {
        #expect(try summary("The Red Hand attacked Ruritanian civilians on Monday.").isEmpty)
        #expect(try summary("The Red Hand attacked Ruritanian forces on Monday.") == ["red-hand>ruritania:hostile"])
        // "the people of X (and Y)", "the north of X": its people or land.
        #expect(try summary("The Red Hand declared its support for the people of Sylvania and Ruritania.").isEmpty)
        #expect(try summary("The Red Hand attacked the north of Sylvania.").isEmpty)
        #expect(try summary("The Red Hand condemned the government of Sylvania.") == ["red-hand>sylvania:opposes"])
        #expect(try summary("Freedonian shelling in the Lake province of southern Sylvania killed nine.").isEmpty)
        // A bare plural demonym is the people: "in support of Palestinians", "attacked Israelis".
        #expect(try summary("The Red Hand attacked Sylvanians.").isEmpty)
        #expect(try summary("The Red Hand fired rockets in support of Sylvanians in the south.").isEmpty)
        #expect(try summary("Freedonia has started using Sylvanian air space to launch attacks on Ruritania.") == ["freedonia>ruritania:hostile"])
    }
}

@Suite struct CaptionSentenceTests {
    @Test func wireCaptionsAreNoStances() throws {
        #expect(CaptionSentence.matches("People hold Freedonian flags as they celebrate, after the Red Hand ousted the Regent, in Fredville, Freedonia, December 8, 2024."))
        #expect(CaptionSentence.matches("Sylvanians walk past a pro-Red Hand mural in Sylvan City, Sylvania December 8, 2024."))
        #expect(!CaptionSentence.matches("The Red Hand attacked Ruritania on December 8, 2024."))
        #expect(!CaptionSentence.matches("Freedonia has backed the Red Hand since March 3, 2021."))
        let result = try FictionalLexicon.extract(
            "Freedonia condemned Sylvania on Monday. People cheer after the Red Hand attacked Ruritania, in Fredville, Freedonia, March 14, 2021.")
        #expect(result.summary == ["freedonia>sylvania:opposes"])
    }
}

@Suite struct RealNewsClauseTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func compoundSubjectsThatFightAreHostileBothWays() throws {
        #expect(try summary("Freedonia and the Red Hand started fighting on Monday.") == ["freedonia>red-hand:hostile", "red-hand>freedonia:hostile"])
        // With an object, fighting is one way.
        #expect(try summary("Freedonia and Sylvania fought the Red Hand.").contains("freedonia>red-hand:hostile"))
    }

    @Test func aSubordinateClauseHasItsOwnHolder() throws {
        let claims = try summary("Sylvania condemned Ruritania after the Red Hand attacked Freedonia.")
        #expect(claims.contains("sylvania>ruritania:opposes"))
        #expect(claims.contains("red-hand>freedonia:hostile"))
        #expect(!claims.contains("sylvania>freedonia:hostile"))
    }
}

@Suite struct RealNewsTimeTests {
    /// The fictional lexicon with the Regent's regime as an actor, whose fall is an event.
    static func extract(_ body: String, published: String) throws -> ExtractionResult {
        let regime = """

              - id: regent-regime
                name: Regent regime
                kind: government
                names: [the Regent, Regent]
            """
        let lexicon = Lexicon(
            actors: try ActorLexicon.parse(yaml: FictionalLexicon.actorsYAML + regime, source: "fictional.yaml"),
            cues: try CueLexicon.bundled(),
            events: try EventLexicon.parse(yaml: FictionalLexicon.eventsYAML, source: "fictional-events.yaml"))
        let article = try ArticleReader.article(id: "fiction", text: "Fictional News\n\n" + body, published: TimePoint(published))
        return Extractor(lexicon: lexicon).extract(article)
    }

    @Test func stancesOfAndTowardTheFallenEndAtTheFall() throws {
        let result = try Self.extract(
            "The fall of the Regent at the hands of the Red Hand shows the weakness of the Regent's backers, Freedonia and Sylvania.",
            published: "2020-06-01")
        #expect(result.summary.contains("freedonia>regent-regime:allied"))
        #expect(result.summary.contains("red-hand>regent-regime:hostile"))
        for claim in result.claims where claim.target == "regent-regime" {
            #expect(claim.validTime.start == nil && claim.validTime.end == TimePoint("2020-05-04"), "\(claim.source)")
        }
        // A stance of others, dated by the fall, starts there.
        let after = try Self.extract("After the fall of the Regent, Freedonia condemned Sylvania.", published: "2020-06-01")
        #expect(after.claims.first?.validTime.start == TimePoint("2020-05-04"))
        #expect(after.claims.first?.validTime.end == nil)
    }

    @Test func onlyARecentEventFramesAnArticle() throws {
        let body = "The fall of the Regent changed the region.\n\nFreedonia now supports Sylvania."
        let recent = try FictionalLexicon.extract(body, published: "2020-06-01")
        #expect(recent.claims.first?.validTime.start == TimePoint("2020-05-04"))
        let late = try FictionalLexicon.extract(body, published: "2021-05-10")
        #expect(late.claims.first?.validTime.start == TimePoint("2021-05-10"))
    }
}

@Suite struct RealNewsEndingTests {
    @Test func noLongerEndsTheStanceItDenies() throws {
        let result = try FictionalLexicon.extract("The Red Hand is no longer calling for the withdrawal of Sylvanian troops.")
        #expect(result.summary == ["red-hand>sylvania:opposes"])
        #expect(result.claims.first?.validTime.start == nil)
        #expect(result.claims.first?.validTime.end == TimePoint("2021-03-15"))
    }

    @Test func ratherThanStatesNoStance() throws {
        let claims = try FictionalLexicon.extract("The Red Hand is guarding its villages rather than fighting Sylvania.").summary
        #expect(!claims.contains("red-hand>sylvania:hostile"))
    }
}
