import Foundation
import Testing

@testable import StanceCLI

@Suite("ingest interrupt", .serialized)
struct IngestInterruptTests {
    @Test("Ctrl-C is caught once: the run is asked to stop, and the next one would end the process")
    func catchesOnce() {
        IngestInterrupt.install()
        #expect(!IngestInterrupt.requested)
        raise(SIGTERM)
        #expect(IngestInterrupt.requested)
        signal(SIGINT, SIG_DFL)
        IngestInterrupt.install()
        #expect(!IngestInterrupt.requested)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
