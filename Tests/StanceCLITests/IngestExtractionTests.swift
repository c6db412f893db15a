import Foundation
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("ingest extraction")
struct IngestExtractionTests {
    @Test("until the extractor lands, a plain text fails with a message naming it")
    func notAvailable() throws {
        let temp = try TemporaryDirectory("extraction")
        defer { temp.remove() }
        let url = try temp.write("Some article.", to: "x.txt")
        do {
            _ = try extractedDocument(articleAt: url, path: "corpus/x.txt")
            Issue.record("extraction produced a document")
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            #expect(message.hasPrefix("corpus/x.txt: "))
            #expect(message.hasSuffix("extraction is not available"))
        }
    }
}
