import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("AnnotationFile writing")
struct AnnotationFileWritingTests {
    @Test func loadWriteLoadGivesEqualValues() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let original = try AnnotationFile.load(from: StoreFixtures.write(in: folder))
        let copy = folder.file("copy.stances.yaml")
        try original.write(to: copy)
        let reloaded = try AnnotationFile.load(from: copy)
        #expect(reloaded == original)
        #expect(reloaded.yaml() == original.yaml())
    }

    @Test func writesTheFormatDeterministically() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(in: folder))
        let expected = #"""
            format: 1
            article:
              id: avalon-bases
              text: avalon-bases.txt
              title: "Green Front Rejects Bordurian Bases"
              outlet: Fictional Times
              url: "https://example.org/avalon-bases"
              published: 2025-01-31
            actors:
              - id: avalon
                name: Avalon
                kind: state
                aliases: [Avalonian, US, "no", "on"]
              - id: borduria
                name: Borduria
                kind: state
                aliases: [Bordurian]
              - id: green-front
                name: Green Front
                kind: party
                members_of:
                  - actor: avalon
                    from: 2021
                    until: 2024-06
              - id: red-brigade
                name: Red Brigade
                kind: armed-group
            topics:
              - id: bases
                label: Bordurian bases in Avalon
            events:
              - id: coup
                name: The Coup
                date: 2024-12-08
                aliases: [coup in Avalon, 2024 coup]
            claims:
              - source: green-front
                target: borduria
                topic: bases
                stance: opposes
                from: 2024-12-08
                until: 2025-09
                quote: "will not accept Bordurian bases on Avalonian soil…"
                time: "on Monday"
                speaker: "The Green Front"
                speaker_actor: green-front
                confidence: 0.9
                note: "Typed with straight quotes, one space and three dots."
              - source: borduria
                target: green-front
                stance: 0.25
                from: 2025-01
                quote: "welcome the Green Front's position"
              - source: avalon
                target: borduria
                stance: hostile
                quote: "Borduria’s “new approach”"
                method: rules@0.1

            """#
        #expect(file.yaml() == expected)
    }

    @Test func extractedClaimsRoundTrip() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let text = "Avalon: “We reject the \"treaty\".”\nBorduria\\Avalon talks: no.\n"
        try folder.write(text, to: "made-up.txt")
        let article = ArticleMetadata(id: "made-up", textPath: "made-up.txt", published: Fixtures.date("2025"))
        let claim = StanceClaim(
            source: "avalon", target: "borduria", topic: "trade", stance: Stance(score: -0.8) ?? .hostile,
            validTime: Fixtures.span("2025-01", nil),
            evidence: [
                article.evidence(
                    quote: "We reject the \"treaty\".", characterRange: 9..<32, timePhrase: "",
                    speaker: "Avalon: the\tgovernment", method: .external("coder:42"), confidence: 0.35)
            ])
        let file = AnnotationFile(
            article: article, text: text, actors: Fixtures.actors, topics: Fixtures.topics, events: Fixtures.events,
            claims: [claim])
        let url = folder.file("made-up.stances.yaml")
        try file.write(to: url)
        #expect(try AnnotationFile.load(from: url) == file)
    }

    @Test func emptySectionsAreWrittenEmpty() throws {
        let file = AnnotationFile(article: ArticleMetadata(id: "empty", textPath: "empty.txt"), text: "")
        #expect(
            file.yaml()
                == "format: 1\narticle:\n  id: empty\n  text: empty.txt\n"
                + "actors: []\ntopics: []\nevents: []\nclaims: []\n"
        )
    }
}
