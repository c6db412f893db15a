import StanceModel
import StanceRender
import StanceTestSupport

/// A graph made to trip exporters: parallel edges on one dyad, open ends, year and month
/// precision, a claim open at both ends, a claim with two evidence records, quotes with commas,
/// quotes, ampersands, angle brackets and line breaks, an Arabic name, a dated membership.
enum ExportFixtures {
    static let actors: [StanceActor] =
        Fixtures.actors + [
            StanceActor(
                id: "umma-party", name: "حزب الأمة", kind: .party, aliases: ["Umma", "the \"Umma\" party"],
                memberships: [Membership(parent: "avalon", span: Fixtures.span("2019", "2023-06"))])
        ]

    static let claims: [StanceClaim] = [
        Fixtures.claim(
            "green-front", "borduria", topic: "bases", .opposes, from: "2023-10-07",
            quote: "He said, \"No bases\" & <never>."),
        Fixtures.claim(
            "green-front", "borduria", topic: "bases", .supports, from: "2024-12-08",
            quote: "Line one,\nline two."),
        Fixtures.claim("avalon", "borduria", topic: "trade", .supports, from: "2024", until: "2025-03"),
        Fixtures.claim("red-brigade", "borduria", .hostile, from: nil),
        StanceClaim(
            source: "umma-party", target: "avalon", stance: Stance(score: 0.8) ?? .allied,
            validTime: Fixtures.span("2020", nil),
            evidence: [
                Fixtures.evidence("قال المتحدث", confidence: 0.7, document: "doc-ar"),
                Evidence(
                    documentID: "doc-2", outlet: "Avalon Daily", url: "https://example.org/a?b=1&c=2",
                    published: Fixtures.date("2021-05-02"), quote: "We stand with Avalon.",
                    speaker: "a spokesman, Mr. Q", speakerActor: "umma-party", method: .rules(version: "0.1"),
                    confidence: 0.9),
            ]),
    ]

    static var graph: StanceGraph {
        do {
            return try StanceGraph(actors: actors, topics: Fixtures.topics, events: Fixtures.events, claims: claims)
        } catch {
            preconditionFailure("export fixture: \(error)")
        }
    }

    static var selection: ExportSelection { ExportSelection(graph: graph) }
}
