import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("article documents")
struct ArticleDocumentTests {
    @Test("an annotation file's document carries its article, declarations and claims")
    func fromAnnotation() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = try StoreFixtures.write(in: folder)
        let document = try ArticleDocument.load(annotationAt: url)
        let file = try AnnotationFile.load(from: url)
        #expect(document.id == "avalon-bases")
        #expect(document.title == "Green Front Rejects Bordurian Bases")
        #expect(document.published == Fixtures.date("2025-01-31"))
        #expect(document.path == url.path)
        #expect(document.claims == file.claims)
        #expect(document.actors == file.actors)
        #expect(document.events == file.events)
        #expect(document.contentHash == ContentHash.of(text: StoreFixtures.text, annotation: StoreFixtures.yaml))
    }

    @Test("changing the annotation or the article text changes the hash")
    func hashFollowsContent() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = try StoreFixtures.write(in: folder)
        let first = try ArticleDocument.load(annotationAt: url).contentHash
        try StoreFixtures.write(StoreFixtures.replacing("confidence: 0.9", with: "confidence: 0.8"), in: folder)
        let second = try ArticleDocument.load(annotationAt: url).contentHash
        try StoreFixtures.write(StoreFixtures.replacing("confidence: 0.9", with: "confidence: 0.8"), text: StoreFixtures.text + "More.\n", in: folder)
        let third = try ArticleDocument.load(annotationAt: url).contentHash
        #expect(Set([first, second, third]).count == 3)
    }
}
