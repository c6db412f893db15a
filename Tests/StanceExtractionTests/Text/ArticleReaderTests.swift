import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceExtraction

@Suite struct ArticleReaderTests {
    @Test func readsTheSeedWithItsDatelineAndTitle() throws {
        let article = try ArticleReader.read(contentsOf: TextFixtures.seed)
        #expect(article.id == "iraqi-factions-rethink-us-troop-presence")
        #expect(article.published == TimePoint(year: 2025, month: 1, day: 31))
        #expect(article.title == "Iraqi Factions Rethink U.S. Troop Presence After Assad Falls")
        #expect(article.outlet == "World News")
        #expect(article.text[article.body].hasPrefix("Following the regime change in Syria"))
    }

    @Test func publishedArgumentWinsOverTheDateline() throws {
        let article = try ArticleReader.read(contentsOf: TextFixtures.seed, published: TimePoint(year: 2025, month: 2))
        #expect(article.published == TimePoint(year: 2025, month: 2))
    }

    @Test func stripsTheBOMAndKeepsCRLF() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = dir.file("crlf.txt")
        let text = "Avalon Moves Closer to Borduria\r\n3 March 2025\r\n\r\nAvalon backs Borduria.\r\nIt said so.\r\n"
        try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: url)
        let article = try ArticleReader.read(contentsOf: url)
        #expect(article.text == text)
        #expect(article.published == TimePoint(year: 2025, month: 3, day: 3))
        #expect(article.title == "Avalon Moves Closer to Borduria")
        #expect(article.text[article.body].hasPrefix("Avalon backs Borduria."))
    }

    @Test func loneCarriageReturnsAreLineBreaks() throws {
        let text = "Avalon Talks Resume\r2025-03-04\r\rAvalon backs Borduria.\r"
        let article = try ArticleReader.article(id: "cr", text: text)
        #expect(article.published == TimePoint(year: 2025, month: 3, day: 4))
        #expect(article.text[article.body].hasPrefix("Avalon backs"))
    }

    @Test func errorsNameTheFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let missing = dir.file("missing.txt")
        #expect(throws: ExtractionError.fileNotFound(path: missing.path)) { try ArticleReader.read(contentsOf: missing) }
        #expect(throws: ExtractionError.isDirectory(path: dir.url.path)) { try ArticleReader.read(contentsOf: dir.url) }
        let empty = try dir.write("  \n\t\n", to: "empty.txt")
        #expect(throws: ExtractionError.emptyFile(path: empty.path)) { try ArticleReader.read(contentsOf: empty) }
        let undated = try dir.write("Avalon backs Borduria.\n", to: "undated.txt")
        #expect(throws: ExtractionError.noPublicationDate(path: undated.path)) { try ArticleReader.read(contentsOf: undated) }
        let message = ExtractionError.noPublicationDate(path: undated.path).errorDescription ?? ""
        #expect(message.contains(undated.path) && message.contains("--published"))
    }

    @Test func inMemoryArticlesMayGoUndated() throws {
        let article = try ArticleReader.article(id: "x", text: "Avalon backs Borduria.", requirePublished: false)
        #expect(article.published == nil)
        #expect(article.body == article.text.startIndex..<article.text.endIndex)
        #expect(throws: ExtractionError.noPublicationDate(path: "x")) {
            try ArticleReader.article(id: "x", text: "Avalon backs Borduria.")
        }
    }

    @Test func documentIDDropsTheTextExtension() {
        #expect(ArticleReader.documentID(for: URL(fileURLWithPath: "/a/b/story.txt")) == "story")
        #expect(ArticleReader.documentID(for: URL(fileURLWithPath: "/a/b/story.TXT")) == "story")
        #expect(ArticleReader.documentID(for: URL(fileURLWithPath: "/a/b/story")) == "story")
    }
}
