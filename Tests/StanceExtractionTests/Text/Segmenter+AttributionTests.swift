import Testing

@testable import StanceExtraction

@Suite struct SegmenterAttributionTests {
    struct Found: Equatable {
        var speaker: String
        var verb: String
        var content: String
    }

    func found(_ text: String) -> [Found?] {
        Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex).map { s in
            s.attribution.map { Found(speaker: String(text[$0.speaker]), verb: String(text[$0.verb]), content: String(text[$0.content])) }
        }
    }

    @Test func quoteThenSpeakerAndVerb() {
        #expect(found("“Avalon will stay,” the official stated.") == [Found(speaker: "the official", verb: "stated", content: "Avalon will stay,")])
        #expect(found("“It could,” remarked one senior official, reinforcing fears.") == [Found(speaker: "one senior official", verb: "remarked", content: "It could,")])
        #expect(found("“No,” said Ada Vorn, a spokesperson for the Green Front, on Monday.") == [Found(speaker: "Ada Vorn, a spokesperson for the Green Front", verb: "said", content: "No,")])
        #expect(found("“It changed,” he emphasized.") == [Found(speaker: "he", verb: "emphasized", content: "It changed,")])
    }

    @Test func speakerAndVerbThenQuote() {
        #expect(found("Avalonian spokesperson Ida Fern maintained, “The time frames have not changed.”") == [Found(speaker: "Avalonian spokesperson Ida Fern", verb: "maintained", content: "The time frames have not changed.")])
        #expect(found("One official from Borduria’s Security Service expressed this apprehension, stating, “It is not in our interest.”") == [Found(speaker: "One official from Borduria’s Security Service", verb: "stating", content: "It is not in our interest.")])
        #expect(found("The minister said: “We stay.”") == [Found(speaker: "The minister", verb: "said", content: "We stay.")])
    }

    @Test func accordingTo() {
        #expect(found("According to one official from the Green Front, which unites many parties, leaders now back Avalon.") == [Found(speaker: "one official from the Green Front", verb: "According to", content: "leaders now back Avalon")])
        #expect(found("Leaders now back Avalon, according to the Fictional Times.") == [Found(speaker: "the Fictional Times", verb: "according to", content: "Leaders now back Avalon")])
        #expect(found("In the words of Ada Vorn, the pact is dead.") == [Found(speaker: "Ada Vorn", verb: "In the words of", content: "the pact is dead")])
    }

    @Test func reportedSpeech() {
        #expect(found("Bordurian defense officials, who spoke anonymously, noted growing Avalonian requests.") == [Found(speaker: "Bordurian defense officials", verb: "noted", content: "growing Avalonian requests")])
        #expect(found("The minister told reporters that Avalon would stay.") == [Found(speaker: "The minister", verb: "told", content: "Avalon would stay")])
        #expect(found("In a statement on Monday, the ministry said that Avalon would stay.") == [Found(speaker: "the ministry", verb: "said", content: "Avalon would stay")])
        #expect(found("Political leaders expressed confidence, stating the threat had diminished.") == [Found(speaker: "Political leaders", verb: "stating", content: "the threat had diminished")])
        #expect(found("Ada Vorn, a senior fellow at the Quill think tank, noted the impact of coups.") == [Found(speaker: "Ada Vorn, a senior fellow at the Quill think tank", verb: "noted", content: "the impact of coups")])
    }

    @Test func aParentheticalAttribution() {
        #expect(found("Troops will move to Vell, which remains, the official said, \"a key partner\".") == [Found(speaker: "the official", verb: "said", content: "Troops will move to Vell, which remains, the official said, \"a key partner")])
        #expect(found("Avalon, Borduria and Vell signed, reports suggest, a pact.") == [nil])
    }

    @Test func aBareQuoteAfterAnAttributedOneKeepsTheVoice() {
        let text = "“We stay,” said Ada Vorn, an analyst. “If they leave, we go.”\n\n“It is over.”\n\nThe end came."
        #expect(found(text).map { $0?.speaker } == ["Ada Vorn, an analyst", "Ada Vorn, an analyst", "Ada Vorn, an analyst", nil])
        #expect(found("Avalon left. “It is over.”").map { $0?.speaker } == [nil, nil])
    }

    @Test func denialsAreReported() {
        #expect(found("Avalonian officials deny that mercenaries are present.") == [Found(speaker: "Avalonian officials", verb: "deny", content: "mercenaries are present")])
    }

    @Test func theSpeakerIsTheSubjectOfTheLastClause() {
        #expect(found("The ministry did not give details, but it said it would work with Avalon.") == [Found(speaker: "it", verb: "said", content: "it would work with Avalon")])
        #expect(found("Talks stalled; the envoy said Avalon would wait.") == [Found(speaker: "the envoy", verb: "said", content: "Avalon would wait")])
        #expect(found("Avalon has troops in Vell and officials said nothing.") == [nil])
    }

    @Test func aCoordinatedReportingVerbTakesTheSubjectOfTheFirstClause() {
        #expect(found("Avalon condemned Borduria on Tuesday and said it supports the Green Front.") == [Found(speaker: "Avalon", verb: "said", content: "it supports the Green Front")])
        #expect(found("Avalon rejected the plan, but said it backs Vell.") == [Found(speaker: "Avalon", verb: "said", content: "it backs Vell")])
        #expect(found("The Bordurian government has condemned the raid and later warned that it would retaliate.") == [Found(speaker: "The Bordurian government", verb: "warned", content: "it would retaliate")])
        #expect(found("Avalon condemns the raid and says it backs Vell.") == [Found(speaker: "Avalon", verb: "says", content: "it backs Vell")])
        #expect(found("Avalon, which backs Vell, rejected the plan and said: “We will not sign.”") == [Found(speaker: "Avalon", verb: "said", content: "We will not sign.")])
    }

    @Test func aClauseBeforeTheVerbIsNoSpeaker() {
        #expect(found("Avalon began shelling Vell on Monday, a day after the raid, saying it was acting for Qell.") == [Found(speaker: "Avalon", verb: "saying", content: "it was acting for Qell")])
        #expect(found("The talks ended with the leaders of Avalon and Vell's envoy, who told reporters that a pact was signed.") == [Found(speaker: "Vell's envoy", verb: "told", content: "a pact was signed")])
        #expect(found("Vell plunged into crisis on Monday after the head of the Green Front, Ada Vorn, declared that she was in charge.") == [Found(speaker: "the head of the Green Front, Ada Vorn", verb: "declared", content: "she was in charge")])
        #expect(found("Avalon welcomed the shift: a Bordurian adviser said the pact holds.") == [Found(speaker: "a Bordurian adviser", verb: "said", content: "the pact holds")])
        #expect(found("Avalon welcomed the step, with a Bordurian spokesperson saying that Borduria stays.") == [Found(speaker: "a Bordurian spokesperson", verb: "saying", content: "Borduria stays")])
        #expect(found("Officials say Avalon has shipped shells to Vell, which both governments deny.").first??.speaker != "which both governments")
    }

    @Test func appositivesAndParticiplesAreCutFromTheSpeaker() {
        #expect(found("A senior Avalonian diplomat, speaking on condition of anonymity, insisted that Vell had not changed its laws.") == [Found(speaker: "A senior Avalonian diplomat", verb: "insisted", content: "Vell had not changed its laws")])
        #expect(found("The Green Council, a Qell-backed movement that has fought Vell for years, welcomed the strikes, saying Vell was a threat.") == [Found(speaker: "The Green Council, a Qell-backed movement", verb: "saying", content: "Vell was a threat")])
    }

    @Test func plainSubjectsAreNotCutAtTheirNouns() {
        #expect(found("Avalonian officials and diplomats said the pact holds.") == [Found(speaker: "Avalonian officials and diplomats", verb: "said", content: "the pact holds")])
        #expect(found("Avalon and Borduria said they back Vell.") == [Found(speaker: "Avalon and Borduria", verb: "said", content: "they back Vell")])
        #expect(found("Qell, which backs Vell, said it opposes Avalon.") == [Found(speaker: "Qell", verb: "said", content: "it opposes Avalon")])
    }

    @Test func reportedSpeechAtTheEnd() {
        #expect(found("Avalon started to reduce its troops, a spokesman and contractors said Monday.") == [Found(speaker: "a spokesman and contractors", verb: "said", content: "Avalon started to reduce its troops")])
        #expect(found("The pact stands, the minister said on Tuesday.") == [Found(speaker: "the minister", verb: "said", content: "The pact stands")])
        #expect(found("The pact stands, said the minister.") == [Found(speaker: "the minister", verb: "said", content: "The pact stands")])
    }

    @Test func noAttributionWithoutAReportingVerb() {
        #expect(found("Avalon backs Borduria. The potential for unrest adds another layer of tension. The Quill think tank grew.") == [nil, nil, nil])
        #expect(found("Member states agreed to the plan.") == [nil])
    }

    @Test func aMultiSentenceQuoteCarriesItsAttribution() {
        let text = "“We stay. We are needed. Nothing changed,” the minister said."
        let all = found(text)
        #expect(all.count == 3)
        #expect(all.allSatisfy { $0?.speaker == "the minister" && $0?.verb == "said" })
        #expect(all.map { $0?.content } == ["We stay.", "We are needed.", "Nothing changed,"])
        let lead = found("The minister said: “We stay. We are needed.”")
        #expect(lead.map { $0?.speaker } == ["The minister", "The minister"])
    }

    @Test func aQuoteContinuedAcrossParagraphsCarriesItsAttribution() {
        let text = "“We stay. We are needed.\n\n“Nothing changed,” the minister said."
        let all = found(text)
        #expect(all.map { $0?.speaker } == ["the minister", "the minister", "the minister"])
    }
}
