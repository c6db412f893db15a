import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

/// Saved HTML pages through the commands (fixtures written for these tests).
@Suite("HTML input")
struct HTMLInputTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <meta property="og:title" content="Avalon condemns strikes">
        <meta property="og:site_name" content="The Test Herald">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-30T09:00:00Z"}</script>
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Avalon condemns strikes</h1>
        <p>Iran condemned the United States over the strikes on Monday, its foreign ministry said in a statement.</p>
        <p>The ministry&#8217;s spokesman said Tehran would respond &amp; warned Washington against further attacks.</p>
        </article><footer><p>Copyright 2024 The Test Herald, all rights reserved for every page.</p></footer>
        </body></html>
        """

    @Test("extract page.html prints its annotation with the page's metadata; -o writes its main text beside it")
    func extractAPage() throws {
        let temp = try TemporaryDirectory("html-cli")
        defer { temp.remove() }
        let url = try temp.write(Self.page, to: "strikes.html")
        let result = try runStanceGraph(["extract", url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("title: Avalon condemns strikes") || result.stdout.contains("title: \"Avalon condemns strikes\""))
        #expect(result.stdout.contains("outlet: The Test Herald"))
        #expect(result.stdout.contains("published: 2024-01-30"))

        let out = temp.file("out")
        let written = try runStanceGraph(["extract", temp.url.path, "-o", out.path])
        #expect(written.status == 0, "\(written.stderr)")
        let annotation = try AnnotationFile.load(from: out.appendingPathComponent("strikes.stances.yaml"))
        #expect(annotation.article.textPath == "strikes.txt")
        #expect(annotation.text.hasPrefix("Iran condemned the United States"))
        #expect(!annotation.text.contains("Home"))
        #expect(annotation.claims.contains { $0.source == "iran" && $0.target == "united-states" })
    }

    @Test("ingest and build read a folder of pages; the same page again is unchanged")
    func ingestAndBuildAFolder() throws {
        let temp = try TemporaryDirectory("html-cli")
        defer { temp.remove() }
        let folder = temp.file("pages")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.page.write(to: folder.appendingPathComponent("strikes.html"), atomically: true, encoding: .utf8)
        try Self.page.replacingOccurrences(of: "Monday", with: "Sunday")
            .write(to: folder.appendingPathComponent("second.HTM"), atomically: true, encoding: .utf8)
        let db = temp.file("s.sqlite").path
        let first = try runStanceGraph(["ingest", folder.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 ingested, 0 unchanged"), "\(first.stdout)")
        let again = try runStanceGraph(["ingest", folder.path, "--db", db])
        #expect(again.stdout.contains("0 ingested, 2 unchanged"), "\(again.stdout)")

        let build = try runStanceGraph(["build", folder.path, "--out", temp.file("graphs").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("2 articles"), "\(build.stdout)")
    }

    @Test("a page with no article text is refused with one line naming it")
    func pageWithoutText() throws {
        let temp = try TemporaryDirectory("html-cli")
        defer { temp.remove() }
        let url = try temp.write("<html><body><nav><a href='/'>Home</a></nav></body></html>", to: "empty.html")
        let result = try runStanceGraph(["extract", url.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("empty.html: no article text found"), "\(result.stderr)")
    }
}
