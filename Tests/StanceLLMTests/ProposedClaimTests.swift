import StanceLLM
import Testing

/// Reading the model's answer tolerantly.
@Suite struct ProposedClaimTests {
    let one = #"{"sentence": 2, "source": "iran", "target": "iraq", "stance": "supports", "topic": null, "time": "last year"}"#

    @Test func anObjectWithClaims() throws {
        let parsed = try ProposedClaim.parse(#"{"claims": [\#(one)]}"#).get()
        #expect(parsed.claims == [ProposedClaim(sentence: 2, source: "iran", target: "iraq", stance: "supports", time: "last year")])
        #expect(parsed.malformed == 0)
    }

    @Test func aBareArrayInACodeFenceWithProse() throws {
        let parsed = try ProposedClaim.parse("Sure.\n```json\n[\(one)]\n```\nDone.").get()
        #expect(parsed.claims.count == 1)
    }

    @Test func braceInsideAStringDoesNotEndTheObject() throws {
        let text = #"note {"claims": [{"sentence": "3", "source": "a}", "target": "b", "stance": "opposes"}]} end"#
        let parsed = try ProposedClaim.parse(text).get()
        #expect(parsed.claims.first?.source == "a}")
        #expect(parsed.claims.first?.sentence == 3)
    }

    @Test func entriesWithoutTheFieldsAreCountedAsMalformed() throws {
        let parsed = try ProposedClaim.parse(#"{"claims": [\#(one), {"sentence": 1}, "text"]}"#).get()
        #expect(parsed.claims.count == 1)
        #expect(parsed.malformed == 2)
    }

    @Test func noJSONIsAFailure() {
        #expect(throws: ParseFailure.self) { try ProposedClaim.parse("I could not find any stance.").get() }
        #expect(throws: ParseFailure.self) { try ProposedClaim.parse(#"{"claims": [ {"sentence": 1, "#).get() }
    }

    @Test func anAnswerCutShortKeepsTheClaimsCompleteBeforeTheCut() throws {
        let two = one.replacingOccurrences(of: "iraq", with: "israel")
        let parsed = try ProposedClaim.parse(#"{"claims": [\#(one), \#(two), {"sentence": 4, "source": "ir"#).get()
        #expect(parsed.claims.map(\.target) == ["iraq", "israel"])
    }

    @Test func anEmptyListIsNoClaims() throws {
        #expect(try ProposedClaim.parse(#"{"claims": []}"#).get().claims.isEmpty)
    }
}
