import StanceModel
import Testing

@testable import StanceExtraction

@Test func methodNamesTheRulesAndTheirVersion() {
    #expect(ExtractorVersion.method == .rules(version: ExtractorVersion.current))
    #expect(!ExtractorVersion.current.isEmpty)
}
