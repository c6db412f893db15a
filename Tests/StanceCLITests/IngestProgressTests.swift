import Foundation
import Testing

@testable import StanceCLI

@Suite("ingest progress")
struct IngestProgressTests {
    @Test("the bar shows count, rate and time left")
    func bar() throws {
        var progress = IngestProgress(total: 8, terminal: false)
        progress.step("a", "ingested")
        progress.step("b", "ingested")
        let text = progress.bar(now: .now + .seconds(1))
        #expect(text.hasPrefix("[######------------------] 2/8  "))
        #expect(text.contains(" articles/s  "))
        #expect(text.hasSuffix(" left"))
        #expect(progress.done == 2)
    }

    @Test("the summary names every outcome")
    func summary() {
        let summary = IngestRun.Summary(ingested: 3, unchanged: 2, replaced: 1, failed: 0, claims: 41)
        #expect(summary.text == "3 ingested, 2 unchanged, 1 replaced, 0 failed; 41 claims stored")
    }
}
