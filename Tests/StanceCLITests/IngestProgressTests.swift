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
        #expect(progress.bar(now: .now).hasSuffix("  --:-- left"), "no estimate before a second has passed")
    }

    @Test("the rate and time left come from the last seconds, not a slow start")
    func recentRate() {
        let start = ContinuousClock.now
        var progress = IngestProgress(total: 1000, terminal: true, started: start)
        // One article in the first 10 s (a slow start), then 100 articles a second.
        progress.record(1, at: start + .seconds(10))
        for second in 1...5 { progress.record(1 + 100 * second, at: start + .seconds(10 + second)) }
        let text = progress.bar(now: start + .seconds(15))
        #expect(text.contains("501/1000  100.0 articles/s  0:05 left"), "\(text)")
        // Long runs give hours.
        var long = IngestProgress(total: 100_000, terminal: true, started: start)
        long.record(10, at: start + .seconds(5))
        #expect(long.bar(now: start + .seconds(5)).hasSuffix("2.0 articles/s  13:53:15 left"))
    }

    @Test("the summary names every outcome")
    func summary() {
        let summary = IngestRun.Summary(ingested: 3, unchanged: 2, replaced: 1, failed: 0, claims: 41)
        #expect(summary.text == "3 ingested, 2 unchanged, 1 replaced, 0 failed; 41 claims stored")
    }
}
