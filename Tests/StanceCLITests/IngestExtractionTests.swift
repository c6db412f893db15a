import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("ingest extraction")
struct IngestExtractionTests {
    @Test("a plain text is extracted; its hash covers the extractor and the user lexicon")
    func extraction() throws {
        let temp = try TemporaryDirectory("plan")
        defer { temp.remove() }
        let url = try temp.write("Kel Daily\n3 March 2024\n\nZandor condemned Kelvia on Tuesday.\n", to: "x.txt")
        let lexicon = try temp.write(
            "format: 1\nactors:\n  - {id: zandor, name: Zandor, kind: state}\n  - {id: kelvia, name: Kelvia, kind: state}\n",
            to: "lexicon.yaml")
        let options = try ExtractionOptions.parse(["--lexicon", lexicon.path])
        let document = try IngestPlan.Item.text(url).document(extraction: { try IngestExtraction(options: options) })
        #expect(document.id == "x")
        #expect(document.published == TimePoint("2024-03-03"))
        #expect(document.claims.contains { $0.source == "zandor" && $0.target == "kelvia" && $0.stance.score < 0 })
        let plain = try IngestPlan.Item.text(url).document(extraction: { try IngestExtraction(options: ExtractionOptions.parse([])) })
        #expect(plain.contentHash != document.contentHash, "another lexicon, another hash")
    }

    @Test("an undated text fails with a message naming it")
    func undated() throws {
        let temp = try TemporaryDirectory("extraction")
        defer { temp.remove() }
        let url = try temp.write("Some article.", to: "x.txt")
        let extraction = try IngestExtraction(options: ExtractionOptions.parse([]))
        do {
            _ = try extraction.document(articleAt: url, path: "corpus/x.txt")
            Issue.record("an undated article produced a document")
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            #expect(message.contains("x.txt"))
            #expect(message.contains("no publication date"))
        }
    }
}
