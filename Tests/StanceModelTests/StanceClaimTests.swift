import Foundation
import StanceModel
import StanceTestSupport
import Testing

@Suite("StanceClaim and ClaimKey")
struct StanceClaimTests {
    @Test func keyOrdersBySourceThenTargetThenTopicWithNoTopicFirst() {
        let keys = [
            ClaimKey(source: "borduria", target: "avalon"),
            ClaimKey(source: "avalon", target: "borduria", topic: "trade"),
            ClaimKey(source: "avalon", target: "red-brigade"),
            ClaimKey(source: "avalon", target: "borduria", topic: "bases"),
            ClaimKey(source: "avalon", target: "borduria"),
        ]
        #expect(
            keys.sorted().map(\.description) == [
                "avalon → borduria", "avalon → borduria on bases", "avalon → borduria on trade",
                "avalon → red-brigade", "borduria → avalon",
            ])
    }

    @Test func keyOrderIsStrictEvenForAnEmptyTopicId() {
        let none = ClaimKey(source: "avalon", target: "borduria")
        let empty = ClaimKey(source: "avalon", target: "borduria", topic: "")
        #expect(none != empty)
        #expect(none < empty)
        #expect(!(empty < none))
        #expect(!(none < none))
    }

    @Test func keyDistinguishesTopics() {
        let none = ClaimKey(source: "avalon", target: "borduria")
        let bases = ClaimKey(source: "avalon", target: "borduria", topic: "bases")
        #expect(none != bases)
        #expect(Set([none, bases, ClaimKey(source: "avalon", target: "borduria")]).count == 2)
        #expect(ClaimKey(source: "avalon", target: "borduria") != ClaimKey(source: "borduria", target: "avalon"))
    }

    @Test func claimKeyComesFromItsFields() {
        let claim = Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2024")
        #expect(claim.key == ClaimKey(source: "green-front", target: "borduria", topic: "bases"))
    }

    @Test func latestPublicationAndHighestConfidenceAcrossEvidence() {
        var claim = StanceClaim(source: "avalon", target: "borduria", stance: .supports)
        #expect(claim.latestPublication == nil)
        #expect(claim.confidence == 1)
        claim.evidence = [
            Fixtures.evidence("a", published: "2024-03-01", confidence: 0.4),
            Fixtures.evidence("b", published: "2024-11-30", confidence: 0.9),
            Fixtures.evidence("c", published: nil, confidence: 0.2),
            Fixtures.evidence("d", published: "2024-06", confidence: 0.5),
        ]
        #expect(claim.latestPublication == Fixtures.date("2024-11-30"))
        #expect(claim.confidence == 0.9)
    }

    @Test func confidenceThatIsNotANumberCountsAsZero() {
        let claim = StanceClaim(
            source: "avalon", target: "borduria", stance: .supports,
            evidence: [Fixtures.evidence("a", confidence: .nan), Fixtures.evidence("b", confidence: 0.3)])
        #expect(claim.confidence == 0.3)
        var reversed = claim
        reversed.evidence.reverse()
        #expect(reversed.confidence == 0.3)
        #expect(
            StanceClaim(
                source: "avalon", target: "borduria", stance: .supports,
                evidence: [Fixtures.evidence("a", confidence: .nan)]
            ).confidence == 0)
    }

    @Test func defaultsToAnAlwaysValidSpanWithoutEvidence() {
        let claim = StanceClaim(source: "avalon", target: "borduria", stance: .allied)
        #expect(claim.validTime == .always)
        #expect(claim.evidence.isEmpty)
        #expect(claim.topic == nil)
    }

    @Test func codableRoundTrip() throws {
        let claim = Fixtures.claim(
            "avalon", "borduria", topic: "trade", .hostile, from: "2023-10-07", until: "2024-12",
            published: "2024-12-09", confidence: 0.75, quote: "Avalon will never trade with Borduria.")
        let data = try JSONEncoder().encode(claim)
        #expect(try JSONDecoder().decode(StanceClaim.self, from: data) == claim)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["source"] as? String == "avalon")
        #expect(object["topic"] as? String == "trade")
        #expect(object["stance"] as? Double == -1)
        #expect((object["validTime"] as? [String: String]) == ["from": "2023-10-07", "until": "2024-12"])
    }
}
