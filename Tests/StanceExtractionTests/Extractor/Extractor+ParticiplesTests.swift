import Testing
@testable import StanceExtraction

/// Participle phrases after a holder keep the holder; "holding X responsible" opposes X.
@Suite struct ExtractorParticiplesTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func aParticiplesObjectIsNoNewHolder() throws {
        let found = try summary("The Red Hand, holding Freedonia partly responsible for the floods, called for the removal of the Lake Council.")
        #expect(found.contains("red-hand>freedonia:opposes"))
        #expect(found.contains("red-hand>lake-council:opposes"))
        #expect(!found.contains { $0.hasPrefix("freedonia>") })
    }

    @Test func holdingResponsibleOpposes() throws {
        #expect(try summary("Sylvania holds Ruritania responsible for the attack.") == ["sylvania>ruritania:opposes"])
        #expect(try summary("Sylvania held talks with Ruritania.").isEmpty)
    }
}
