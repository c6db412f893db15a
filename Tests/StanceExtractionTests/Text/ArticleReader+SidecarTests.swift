import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceExtraction

@Suite struct ArticleReaderSidecarTests {
    @Test func aSidecarGivesTheMetadata() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try dir.write("Avalon backs Borduria.\n", to: "note.txt")
        try dir.write(
            "title: Avalon and Borduria\noutlet: Fictional Times\nurl: https://example.org/a\npublished: 2024-06-01\n",
            to: "note.meta.yaml")
        let article = try ArticleReader.read(contentsOf: url)
        #expect(article.published == TimePoint(year: 2024, month: 6, day: 1))
        #expect(article.title == "Avalon and Borduria")
        #expect(article.outlet == "Fictional Times")
        #expect(article.url == "https://example.org/a")
    }

    @Test func aBadSidecarNamesItsFileAndLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = try dir.write("Avalon backs Borduria.\n", to: "note.txt")
        let sidecar = try dir.write("title: A\npublished: 2024-13-01\n", to: "note.meta.yaml")
        #expect(throws: ExtractionError.invalidDate("2024-13-01", file: sidecar.path, line: 2)) {
            try ArticleReader.read(contentsOf: url)
        }
        try dir.write("title: A\nauthor: B\n", to: "note.meta.yaml")
        do {
            _ = try ArticleReader.read(contentsOf: url)
            Issue.record("an unknown key was accepted")
        } catch {
            #expect(error.errorDescription?.contains("note.meta.yaml:2") == true)
            #expect(error.errorDescription?.contains("author") == true)
        }
    }

    @Test func parsesOnlyTheKnownKeys() throws {
        let sidecar = try ArticleReader.Sidecar.parse(yaml: "published: 2024-06\noutlet: Quill\n", file: "m.yaml")
        #expect(sidecar.published == TimePoint(year: 2024, month: 6))
        #expect(sidecar.outlet == "Quill" && sidecar.title == nil)
        #expect(try ArticleReader.Sidecar.parse(yaml: "", file: "m.yaml") == ArticleReader.Sidecar())
        #expect(ArticleReader.Sidecar.url(for: URL(fileURLWithPath: "/d/story.txt")).path == "/d/story.meta.yaml")
    }
}
