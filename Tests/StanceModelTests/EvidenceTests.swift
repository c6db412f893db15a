import Foundation
import StanceModel
import StanceTestSupport
import Testing

@Suite("Evidence")
struct EvidenceTests {
    @Test func extractionMethodsSpellTheirSource() {
        #expect(ExtractionMethod.manual.rawValue == "manual")
        #expect(ExtractionMethod.rules(version: "1.2").rawValue == "rules@1.2")
        #expect(ExtractionMethod.external("acled").description == "external:acled")
    }

    @Test func extractionMethodCodableAsString() throws {
        let data = try JSONEncoder().encode([ExtractionMethod.rules(version: "3")])
        #expect(String(decoding: data, as: UTF8.self) == #"["rules@3"]"#)
        #expect(try JSONDecoder().decode([ExtractionMethod].self, from: data) == [.rules(version: "3")])
    }

    @Test func defaultsAreManualAndFullyConfident() {
        let evidence = Evidence(documentID: "doc", quote: "Q.")
        #expect(evidence.method == .manual)
        #expect(evidence.confidence == 1)
        #expect(evidence.published == nil && evidence.characterRange == nil && evidence.speakerActor == nil)
    }

    @Test func codableRoundTripKeepsBothClocksApart() throws {
        let evidence = Evidence(
            documentID: "doc-7", title: "T", outlet: "Fictional Times", url: "https://example.org/7",
            published: Fixtures.date("2025-01"), quote: "Last year Avalon opposed the bases.",
            characterRange: 10..<45, timePhrase: "last year", speaker: "an Avalonian official",
            speakerActor: "avalon", method: .rules(version: "1"), confidence: 0.6)
        let data = try JSONEncoder().encode(evidence)
        #expect(try JSONDecoder().decode(Evidence.self, from: data) == evidence)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["published"] as? String == "2025-01")
        #expect(object["method"] as? String == "rules@1")
    }
}
