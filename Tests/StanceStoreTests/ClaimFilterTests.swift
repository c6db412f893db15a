import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("claim filter")
struct ClaimFilterTests {
    let claim = Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2023-06", until: "2024")

    @Test("each condition keeps and drops what it names")
    func conditions() {
        #expect(ClaimFilter().matches(claim))
        #expect(ClaimFilter(actor: "green-front").matches(claim))
        #expect(ClaimFilter(actor: "borduria").matches(claim))
        #expect(!ClaimFilter(actor: "avalon").matches(claim))
        #expect(ClaimFilter(topic: "bases").matches(claim))
        #expect(!ClaimFilter(topic: "trade").matches(claim))
        #expect(ClaimFilter(method: .manual).matches(claim))
        #expect(!ClaimFilter(method: .rules(version: "0.1")).matches(claim))
        #expect(ClaimFilter(article: "doc-1").matches(claim))
        #expect(!ClaimFilter(article: "doc-2").matches(claim))
    }

    @Test("a time range keeps claims whose span overlaps it, at each end's precision")
    func timeRange() {
        // The span is 2023-06-01 through 2024-12-31.
        #expect(ClaimFilter(from: Fixtures.date("2024-12-31")).matches(claim))
        #expect(!ClaimFilter(from: Fixtures.date("2025-01-01")).matches(claim))
        #expect(ClaimFilter(until: Fixtures.date("2023-06")).matches(claim))
        #expect(!ClaimFilter(until: Fixtures.date("2023-05-31")).matches(claim))
        #expect(ClaimFilter(from: Fixtures.date("2020"), until: Fixtures.date("2030")).matches(claim))
        let open = Fixtures.claim("avalon", "borduria", .allied, from: nil)
        #expect(ClaimFilter(from: Fixtures.date("1900"), until: Fixtures.date("1901")).matches(open))
    }
}
