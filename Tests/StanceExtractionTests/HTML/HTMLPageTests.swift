import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceExtraction

@Suite("HTML pages")
struct HTMLPageTests {
    static func page(_ html: String) throws -> HTMLPage {
        try #require(HTMLPage(data: Data(html.utf8)))
    }

    @Test("the main text is the article's paragraphs, not navigation, share bars, captions, related links, comments, footers or scripts")
    func mainTextLeavesOutFurniture() throws {
        let page = try Self.page(HTMLFixtures.page)
        #expect(
            page.paragraphs == [
                "Kataib Hezbollah said on Tuesday it would suspend its military operations against US forces in Iraq.",
                "The statement came days after a drone attack killed three US soldiers at a base in Jordan.",
                "Washington has blamed Iran-backed militias for the attack and has vowed to respond.",
            ])
        #expect(page.text.contains("Iraq.\n\nThe statement"))
        for furniture in ["Home", "Share", "File/AFP", "Related", "Reader comment", "Most read", "Copyright", "script", "Advertisement"] {
            #expect(!page.text.contains(furniture), "\(furniture)")
        }
    }

    @Test("metadata from Open Graph tags: title, outlet, URL, publication date")
    func metadataFromMetaTags() throws {
        let page = try Self.page(HTMLFixtures.page)
        #expect(page.title == "Militia halts attacks on US forces")
        #expect(page.outlet == "The Gulf Ledger")
        #expect(page.url == "https://ledger.example/world/militia-halts")
        #expect(page.published == TimePoint("2024-01-30"))
    }

    @Test("metadata from JSON-LD inside @graph: the date and publisher; the canonical link")
    func metadataFromJSONLD() throws {
        let page = try Self.page(HTMLFixtures.jsonLDPage)
        #expect(page.published == TimePoint("2025-02-03"), "JSON-LD wins over <time>")
        #expect(page.outlet == "Kurdistan Courier")
        #expect(page.title == "Talks resume in Erbil")
        #expect(page.url == "https://courier.example/talks-resume")
        #expect(page.paragraphs.suffix(2).map { $0.prefix(14) } == ["Baghdad and Er", "The talks had "])
    }

    @Test("the date from <time datetime>, the title from <title>")
    func metadataFromTime() throws {
        let page = try Self.page(HTMLFixtures.timePage)
        #expect(page.published == TimePoint("2023-11-05"))
        #expect(page.title == "Border reopens")
        #expect(page.text.hasPrefix("The border crossing reopened"))
    }

    @Test("character references are decoded: &amp; &#8217; &nbsp;")
    func entitiesAreDecoded() throws {
        let page = try Self.page(HTMLFixtures.entitiesPage)
        #expect(page.text == "Ankara & Baghdad signed the group\u{2019}s deal on Monday, officials said in a statement.")
        #expect(page.title == "Q&A: the deal")
        #expect(page.published == TimePoint("2024-05-06"))
    }

    @Test("a broken page is recovered")
    func brokenPageRecovers() throws {
        let page = try Self.page(HTMLFixtures.brokenPage)
        #expect(page.title == "Broken page")
        #expect(page.published == TimePoint("2022-03-04"))
        #expect(page.text.contains("The ministry said the convoy had reached the city late on Friday night."))
        #expect(page.text.contains("Aid groups said more convoys were needed"))
    }

    @Test("a page is read into an article whose ranges index its main text; the option and a sidecar win")
    func readingAPage() throws {
        let temp = try TemporaryDirectory("html")
        defer { temp.remove() }
        let url = try temp.write(HTMLFixtures.page, to: "militia.html")
        let article = try ArticleReader.read(contentsOf: url)
        #expect(article.id == "militia")
        #expect(article.published == TimePoint("2024-01-30"))
        #expect(article.outlet == "The Gulf Ledger")
        #expect(article.text.hasPrefix("Kataib Hezbollah said"))
        let sentences = Segmenter.sentences(in: article.text, body: article.body)
        #expect(sentences.count == 3)
        #expect(sentences.allSatisfy { article.text[$0.range].hasSuffix(".") })

        #expect(try ArticleReader.read(contentsOf: url, published: TimePoint("2024-02-01")).published == TimePoint("2024-02-01"))
        _ = try temp.write("published: 2024-03-01\ntitle: From the sidecar\n", to: "militia.meta.yaml")
        let withSidecar = try ArticleReader.read(contentsOf: url)
        #expect(withSidecar.published == TimePoint("2024-03-01"))
        #expect(withSidecar.title == "From the sidecar")
    }

    @Test("the extractor reads a page's main text and its claims quote it")
    func extractionFromAPage() throws {
        let temp = try TemporaryDirectory("html")
        defer { temp.remove() }
        let article = try ArticleReader.read(contentsOf: try temp.write(HTMLFixtures.page, to: "p.html"))
        let result = Extractor(lexicon: try Lexicon.bundled()).extract(article)
        #expect(!result.claims.isEmpty)
        for claim in result.claims {
            let evidence = try #require(claim.evidence.first)
            #expect(article.text.contains(evidence.quote))
            #expect(!evidence.quote.contains("<"))
        }
    }

    @Test("bad pages give one-line errors naming the file: empty, binary, no main text")
    func badPages() throws {
        let temp = try TemporaryDirectory("html")
        defer { temp.remove() }
        let empty = try temp.write("  \n", to: "empty.html")
        #expect(throws: ExtractionError.emptyFile(path: empty.path)) { try ArticleReader.read(contentsOf: empty) }
        let binary = temp.file("binary.htm")
        try Data([0x3C, 0x68, 0x00, 0x01, 0x02, 0xFF]).write(to: binary)
        #expect(throws: ExtractionError.binaryFile(path: binary.path, byteOffset: 2)) { try ArticleReader.read(contentsOf: binary) }
        let links = try temp.write(HTMLFixtures.noTextPage, to: "links.html")
        #expect(throws: ExtractionError.noMainText(path: links.path)) { try ArticleReader.read(contentsOf: links) }
        let message = ExtractionError.noMainText(path: links.path).errorDescription ?? ""
        #expect(message.hasPrefix(links.path) && !message.contains("\n"))
    }
}
