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

    @Test func invalidUTF8ReportsTheByteOffset() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let url = dir.file("latin1.txt")
        try (Data("2025-01-01\n\nCaf".utf8) + Data([0xE9]) + Data(" au lait.".utf8)).write(to: url)
        #expect(throws: ExtractionError.notUTF8(path: url.path, byteOffset: 15)) { try ArticleReader.read(contentsOf: url) }
        let message = ExtractionError.notUTF8(path: url.path, byteOffset: 15).errorDescription ?? ""
        #expect(message.contains("latin1.txt") && message.contains("15"))
    }

    @Test func truncatedAndOverlongSequencesAreNotUTF8() {
        let cases: [([UInt8], Int?)] = [
            (Array("ok".utf8), nil), ([0x61, 0xE2, 0x80], 1), ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
            ([0xF0, 0x9F, 0x98, 0x80], nil), ([0x61, 0xF5, 0x80, 0x80, 0x80], 1), ([0xE2, 0x80, 0x9C], nil),
        ]
        for (bytes, expected) in cases {
            let offset = bytes.withUnsafeBufferPointer { ArticleReader.invalidUTF8Offset($0) }
            #expect(offset == expected, "\(bytes)")
        }
    }

    @Test func binaryFilesAreRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let png = dir.file("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: png)
        #expect(throws: ExtractionError.binaryFile(path: png.path, byteOffset: 8)) { try ArticleReader.read(contentsOf: png) }
        let controls = dir.file("controls.txt")
        try Data(Array("2025-01-01\n\nText".utf8) + [UInt8](repeating: 0x01, count: 5)).write(to: controls)
        #expect(throws: ExtractionError.binaryFile(path: controls.path, byteOffset: 16)) {
            try ArticleReader.read(contentsOf: controls)
        }
    }

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
