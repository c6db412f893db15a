import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("AnnotationFile")
struct AnnotationFileTests {
    @Test func loadsArticleActorsTopicsAndEvents() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(in: folder))

        #expect(
            file.article
                == ArticleMetadata(
                    id: "avalon-bases", textPath: "avalon-bases.txt", title: "Green Front Rejects Bordurian Bases",
                    outlet: "Fictional Times", url: "https://example.org/avalon-bases",
                    published: Fixtures.date("2025-01-31")))
        #expect(file.text == StoreFixtures.text)
        #expect(file.actors.map(\.id) == ["avalon", "borduria", "green-front", "red-brigade"])
        #expect(file.actors[0].aliases == ["Avalonian", "US", "no", "on"])
        #expect(file.actors[2].kind == .party)
        #expect(file.actors[2].memberships == [Membership(parent: "avalon", span: Fixtures.span("2021", "2024-06"))])
        #expect(file.actors[3].kind == .armedGroup)
        #expect(file.topics == [Topic(id: "bases", label: "Bordurian bases in Avalon")])
        #expect(
            file.events == [
                Event(
                    id: "coup", name: "The Coup", date: Fixtures.date("2024-12-08"),
                    aliases: ["coup in Avalon", "2024 coup"])
            ])
    }

    @Test func claimsCarryEvidenceFromTheArticle() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(in: folder))
        #expect(file.claims.count == 3)

        let first = try #require(file.claims.first)
        #expect(first.key == ClaimKey(source: "green-front", target: "borduria", topic: "bases"))
        #expect(first.stance == .opposes)
        #expect(first.validTime == Fixtures.span("2024-12-08", "2025-09"))
        let evidence = try #require(first.evidence.first)
        #expect(first.evidence.count == 1)
        #expect(evidence.documentID == "avalon-bases")
        #expect(evidence.title == "Green Front Rejects Bordurian Bases")
        #expect(evidence.outlet == "Fictional Times")
        #expect(evidence.url == "https://example.org/avalon-bases")
        #expect(evidence.published == Fixtures.date("2025-01-31"))
        #expect(evidence.timePhrase == "on Monday")
        #expect(evidence.speaker == "The Green Front")
        #expect(evidence.speakerActor == "green-front")
        #expect(evidence.method == .manual)
        #expect(evidence.confidence == 0.9)
        #expect(file.annotatedClaims[0].note == "Typed with straight quotes, one space and three dots.")

        let second = file.claims[1]
        #expect(second.stance == Stance(score: 0.25))
        #expect(second.validTime == Fixtures.span("2025-01", nil))
        #expect(second.evidence.first?.confidence == 1)
        #expect(second.evidence.first?.speaker == nil)
        #expect(file.annotatedClaims[1].note == nil)

        #expect(file.claims[2].validTime == .always)
        #expect(file.claims[2].evidence.first?.method == .rules(version: "0.1"))
    }

    @Test func quotesAreTheArticleTextWithTheirScalarRanges() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(in: folder))
        let scalars = Array(file.text.unicodeScalars)
        for (claim, expected) in zip(file.claims, StoreFixtures.quotes) {
            let evidence = try #require(claim.evidence.first)
            let range = try #require(evidence.characterRange)
            #expect(evidence.quote == expected)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[range])
            #expect(String(slice) == evidence.quote)
        }
        // The emoji before the quotes is one scalar but two UTF-16 units: offsets are scalars.
        let range = try #require(file.claims[0].evidence.first?.characterRange)
        let utf16Offset = try #require(file.text.utf16.firstRange(of: "will not accept".utf16)).lowerBound
        #expect(
            range.lowerBound
                == file.text.unicodeScalars.distance(
                    from: file.text.startIndex, to: utf16Offset))
        #expect(range.lowerBound != file.text.utf16.distance(from: file.text.startIndex, to: utf16Offset))
    }

    @Test func idDefaultsToTheFileName() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let yaml = StoreFixtures.replacing("  id: avalon-bases\n", with: "")
        let url = try StoreFixtures.write(yaml, name: "fictional-report", in: folder)
        try folder.write(StoreFixtures.text, to: "avalon-bases.txt")
        let file = try AnnotationFile.load(from: url)
        #expect(file.article.id == "fictional-report")
        #expect(file.claims.allSatisfy { $0.evidence.first?.documentID == "fictional-report" })
        #expect(AnnotationFile.defaultID(for: URL(fileURLWithPath: "/x/a.b.stances.yaml")) == "a.b")
    }

    @Test func graphHoldsTheFile() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(in: folder))
        let graph = try file.graph()
        #expect(graph.sortedActors == file.actors)
        #expect(Array(graph.claims) == file.claims)
        #expect(graph.events.map(\.id) == ["coup"])
        let snapshot = graph.snapshot(at: Fixtures.date("2025-02-01"))
        #expect(snapshot.entries.map(\.key.source) == ["avalon", "borduria", "green-front"])
    }

    @Test func graphOfAnInconsistentFileThrows() throws {
        let article = ArticleMetadata(id: "made-up", textPath: "made-up.txt")
        let file = AnnotationFile(
            article: article, text: "Q.", claims: [Fixtures.claim("avalon", "borduria", .supports, from: nil)])
        #expect(throws: StoreError.self) { try file.graph() }
        do {
            _ = try file.graph()
        } catch {
            #expect(error.localizedDescription.contains("annotations of article 'made-up'"))
            #expect(error.localizedDescription.contains("avalon"))
        }
    }
}
