import Testing
import StanceModel
@testable import StanceExtraction

/// When extracted claims hold, read from real news (issue 9, "time span right"), each class on
/// invented sentences and fictional actors.
@Suite struct TimeReadingTests {
    /// The fictional lexicon, plus a state whose regime ceased to be its government on
    /// 2020-05-04 (the fictional "fall of the Regent") and the Regent, who speaks for it.
    static let actorsYAML = FictionalLexicon.actorsYAML + """

          - id: osterlich
            name: Osterlich
            kind: state
            capitals: [Ostburg]
          - id: regent-regime
            name: Regent regime
            kind: government
            names: ["the Regent's regime", Regent regime]
            members_of:
              - {actor: osterlich, until: 2020-05-04}
          - id: the-regent
            name: the Regent
            kind: person
            names: [Regent]
            speaks_for: regent-regime
        """

    static func extract(_ body: String, published: String) throws -> [StanceClaim] {
        let events = try EventLexicon.parse(yaml: FictionalLexicon.eventsYAML, source: "fictional-events.yaml")
        return try FictionalLexiconSummary.extract(yaml: actorsYAML, body, published: published, events: events).claims
    }

    static func span(_ claims: [StanceClaim], _ source: String, _ target: String) -> TimeSpan? {
        claims.first { $0.source == ActorID(source) && $0.target == ActorID(target) }?.validTime
    }

    static func point(_ text: String) -> TimePoint? { TimePoint(text) }

    // MARK: A government that had ended

    @Test func backersOfAFallenRegimeBackedItUntilItFell() throws {
        // Published after the regime fell, with no time phrase: the backing held until the fall.
        let after = try Self.extract("It also shows the weakness of the Regent's backers, Freedonia and Ruritania.", published: "2020-05-09")
        let span = try #require(Self.span(after, "freedonia", "regent-regime"))
        #expect(span.start == nil)
        #expect(span.end == Self.point("2020-05-04"))
        #expect(Self.span(after, "ruritania", "regent-regime")?.end == Self.point("2020-05-04"))
        // Before the fall, the same words give the backing in passing, at no stated time.
        let before = try Self.extract("It also shows the weakness of the Regent's backers, Freedonia and Ruritania.", published: "2020-03-01")
        #expect(Self.span(before, "freedonia", "regent-regime") == .always)
    }

    @Test func aTieToAFallenRegimeGivenInPassingEndedWithIt() throws {
        let claims = try Self.extract("Ruritania, the Regent regime's closest ally, has kept its border with Freedonia shut.", published: "2021-03-15")
        let span = try #require(Self.span(claims, "ruritania", "regent-regime"))
        #expect(span.start == nil)
        #expect(span.end == Self.point("2020-05-04"))
    }

    @Test func oppositionToAFallenRegimeIsStillDatedByThePage() throws {
        // Condemning the regime after its fall is a stance taken then, not one that ended with it.
        let claims = try Self.extract("Freedonia condemned the Regent regime.", published: "2020-06-10")
        #expect(Self.span(claims, "freedonia", "regent-regime") == TimeSpan(from: Self.point("2020-06-10"), until: nil))
    }

    @Test func anAllyOfAFallenActorBackedItUntilTheFall() throws {
        // "overthrow" names the fall but no event of the lexicon dates the sentence: the end is
        // the regime's, which the Regent spoke for, not the page's date.
        let claims = try Self.extract("Freedonia, the Regent's closest ally, lost its sway with the Regent's overthrow.", published: "2020-06-10")
        let span = try #require(Self.span(claims, "freedonia", "the-regent") ?? Self.span(claims, "freedonia", "regent-regime"))
        #expect(span.start == nil)
        #expect(span.end == Self.point("2020-05-04"))
    }

    @Test func hailingAnOverthrowLaterIsAStanceTakenThen() throws {
        // Praising the regime's overthrow a year on is opposition stated on the page's date, not
        // a stance that ended with the regime.
        let claims = try Self.extract("Ruritania hailed the overthrow of the Regent regime as a great success.", published: "2021-06-10")
        let span = try #require(Self.span(claims, "ruritania", "regent-regime"))
        #expect(span == TimeSpan(from: Self.point("2021-06-10"), until: nil))
    }

    @Test func anOverthrowEndedWithTheFallItBrought() throws {
        // The overthrow is the hostility that brought the fall: it held until the fall.
        let claims = try Self.extract("The Red Hand overthrew the Regent regime, and the Regent regime's fall ended the war.", published: "2020-06-10")
        let span = try #require(Self.span(claims, "red-hand", "regent-regime"))
        #expect(span.start == nil)
        #expect(span.end == Self.point("2020-05-04"))
    }

    @Test func aStanceTowardAGovernmentThatLaterFellEndsWithIt() throws {
        // Osterlich before 2020-05-04 is the Regent regime; a page after its end knows the end.
        let after = try Self.extract("In late March, the Red Hand launched an offensive against Osterlich.", published: "2020-06-10")
        let span = try #require(Self.span(after, "red-hand", "regent-regime"))
        #expect(span.start == Self.point("2020-03"))
        #expect(span.end == Self.point("2020-05-04"))
        // A page written before the end does not know it.
        let before = try Self.extract("In late March, the Red Hand launched an offensive against Osterlich.", published: "2020-04-10")
        #expect(Self.span(before, "red-hand", "regent-regime")?.end == nil)
    }

    @Test func aGovernmentStillInOfficeIsNotEnded() throws {
        let claims = try Self.extract("Sylvania praised the Freedonian government.", published: "2020-06-10")
        #expect(Self.span(claims, "sylvania", "freedonian-government") == TimeSpan(from: Self.point("2020-06-10"), until: nil))
    }

    // MARK: The date of a report and the date of what it reports

    @Test func aReportedActTakesTheDateTheReportGivesIt() throws {
        // Published Monday 2021-03-15: "on Thursday" is 2021-03-11, "on Tuesday" 2021-03-09.
        let claims = try Self.extract(
            "Freedonian officials said on Thursday that the Red Hand attacked Sylvanian troops on Tuesday.", published: "2021-03-15")
        #expect(Self.span(claims, "red-hand", "sylvania")?.start == Self.point("2021-03-09"))
    }

    @Test func aReportedActWithNoDateOfItsOwnTakesTheReportsDate() throws {
        let claims = try Self.extract("Freedonian officials said on Thursday that the Red Hand attacked Sylvanian troops.", published: "2021-03-15")
        #expect(Self.span(claims, "red-hand", "sylvania")?.start == Self.point("2021-03-11"))
    }

    @Test func theSpeakersOwnStanceTakesTheDateItWasStated() throws {
        // Freedonia's condemnation is the saying itself, on Thursday; the strikes it names were Tuesday's.
        let claims = try Self.extract(
            "On Thursday, Freedonia said in a statement that it condemns the Sylvanian strikes of Tuesday.", published: "2021-03-15")
        #expect(Self.span(claims, "freedonia", "sylvania")?.start == Self.point("2021-03-11"))
    }

    // MARK: Where a stance began

    @Test func aYearAfterSinceAndANounPhraseIsAStart() throws {
        let claims = try Self.extract("The Red Hand has fought Sylvania since the outbreak of the border war in 2011.", published: "2021-03-15")
        let span = try #require(Self.span(claims, "red-hand", "sylvania"))
        #expect(span.start?.year == 2011)
        #expect(span.end == nil)
    }

    @Test func aYearAfterAVerbOfBeginningIsAStart() throws {
        let started = try Self.extract("The Red Hand started attacking Sylvanian posts in 2013.", published: "2021-03-15")
        let span = try #require(Self.span(started, "red-hand", "sylvania"))
        #expect(span.start?.year == 2013)
        #expect(span.end == nil)
        // Without one, a year long before the page is when the act held.
        let attacked = try Self.extract("The Red Hand attacked Sylvanian posts in 2013.", published: "2021-03-15")
        #expect(Self.span(attacked, "red-hand", "sylvania")?.end?.year == 2013)
    }

    @Test func theSameDayIsTheDayTheSentenceBeforeLeadsWith() throws {
        // Published Monday 2021-03-15: Thursday is 2021-03-11, Tuesday 2021-03-09.
        let claims = try Self.extract(
            "On Thursday, the Red Hand said its fighters had struck Ruritanian posts on Tuesday night. Sylvania condemned the Red Hand on the same day.",
            published: "2021-03-15")
        #expect(Self.span(claims, "sylvania", "red-hand")?.start == Self.point("2021-03-11"))
        // Within one sentence, the day named before it.
        let one = try Self.extract("The Red Hand struck Ruritanian posts on Tuesday, and Sylvania condemned the Red Hand later that day.", published: "2021-03-15")
        #expect(Self.span(one, "sylvania", "red-hand")?.start == Self.point("2021-03-09"))
    }

    // MARK: A capital taken

    @Test func takingACapitalIsHostilityToTheGovernmentThatFellWithIt() throws {
        let dated = try Self.extract("The Red Hand seized control of Ostburg on May 4.", published: "2020-05-10")
        #expect(Self.span(dated, "red-hand", "regent-regime") == TimeSpan(from: Self.point("2020-05-04"), until: Self.point("2020-05-04")))
        // Undated, it is the fall; an unnamed force led by the group is the group's.
        let led = try Self.extract("Fighters led by the Red Hand captured Ostburg.", published: "2020-05-10")
        #expect(Self.span(led, "red-hand", "regent-regime") == TimeSpan(from: nil, until: Self.point("2020-05-04")))
        // A date long before the fall dates another clause.
        let long = try Self.extract("The Regent, ruler for nearly 25 years, fled after the Red Hand took control of Ostburg.", published: "2020-05-10")
        #expect(Self.span(long, "red-hand", "regent-regime") == TimeSpan(from: nil, until: Self.point("2020-05-04")))
        // Firing at a capital is no taking: hostility to the state.
        let fired = try Self.extract("The Red Hand fired rockets at Ostburg.", published: "2020-05-10")
        #expect(fired.contains { $0.source == ActorID("red-hand") && $0.target == ActorID("osterlich") })
        #expect(!fired.contains { $0.target == ActorID("regent-regime") })
    }

    // MARK: Ties described in passing

    @Test func aRelationNounInAnAppositionIsNotDatedByTheMainClause() throws {
        // "since 2011" dates the border's closing, not the alliance the apposition describes.
        let claims = try Self.extract("Ruritania, Sylvania's closest ally, has kept its border with Freedonia shut since 2011.", published: "2021-03-15")
        #expect(Self.span(claims, "ruritania", "sylvania") == .always)
    }

    @Test func aRelationNounDatedInItsOwnWordsKeepsThatDate() throws {
        let claims = try Self.extract("Ruritania, Sylvania's closest ally since 2015, has kept its border with Freedonia shut.", published: "2021-03-15")
        #expect(Self.span(claims, "ruritania", "sylvania")?.start?.year == 2015)
    }

    @Test func anAffiliationInAnAppositionHoldsAtNoStatedTime() throws {
        let claims = try Self.extract(
            "Sylvania gave a land route to the Red Hand's patron, Freedonia, to send weapons in 2019.", published: "2021-03-15")
        #expect(Self.span(claims, "freedonia", "red-hand") == .always)
        // With a verb of its own, it holds now.
        let part = try Self.extract("The Red Hand forms part of the Lake Council.", published: "2021-03-15")
        #expect(Self.span(part, "red-hand", "lake-council") == TimeSpan(from: Self.point("2021-03-15"), until: nil))
    }

    @Test func aRelationNounWithItsOwnVerbHoldsNow() throws {
        let claims = try Self.extract("Ruritania is Sylvania's closest ally.", published: "2021-03-15")
        #expect(Self.span(claims, "ruritania", "sylvania") == TimeSpan(from: Self.point("2021-03-15"), until: nil))
    }

    @Test func aCompoundTieIsNotDatedByTheActItDescribes() throws {
        // "since 2019" dates the attacks; "Sylvania-backed" describes the tie, at no stated time.
        let claims = try Self.extract("The Sylvania-backed Red Hand has been attacking Ruritania since 2019.", published: "2021-03-15")
        #expect(Self.span(claims, "sylvania", "red-hand") == .always)
        #expect(Self.span(claims, "red-hand", "ruritania")?.start?.year == 2019)
    }

    // MARK: Designations given in passing

    @Test func aListingInAnAppositionHoldsAtNoStatedTime() throws {
        let claims = try Self.extract(
            "The Red Hand — listed as a terrorist organization by Freedonia and Sylvania — has attacked Ruritania.", published: "2021-03-15")
        #expect(Self.span(claims, "freedonia", "red-hand") == .always)
        #expect(Self.span(claims, "sylvania", "red-hand") == .always)
    }

    @Test func aListingDatedInItsOwnWordsKeepsThatDate() throws {
        let claims = try Self.extract(
            "The Red Hand, designated as a terrorist organization by Freedonia in 2015, has attacked Ruritania.", published: "2021-03-15")
        #expect(Self.span(claims, "freedonia", "red-hand")?.start?.year == 2015)
    }

    @Test func aListingStatedWithItsOwnVerbHoldsNow() throws {
        let claims = try Self.extract("The Red Hand is designated by Freedonia as a terrorist organization.", published: "2021-03-15")
        #expect(Self.span(claims, "freedonia", "red-hand") == TimeSpan(from: Self.point("2021-03-15"), until: nil))
    }
}
