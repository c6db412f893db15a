import Testing
@testable import StanceExtraction

/// How the relations between two actors changed, read both ways.
@Suite struct ExtractorTiesTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func worsenedRelationsOpposeBothWays() throws {
        #expect(try summary("Relations between Freedonia and Sylvania have deteriorated sharply.")
            == ["freedonia>sylvania:opposes", "sylvania>freedonia:opposes"])
        #expect(try summary("Freedonia's ties with Ruritania have frayed.")
            == ["freedonia>ruritania:opposes", "ruritania>freedonia:opposes"])
        #expect(try summary("The strained relations between Sylvania and Ruritania were discussed.")
            == ["sylvania>ruritania:opposes", "ruritania>sylvania:opposes"])
    }

    @Test func improvedRelationsSupportBothWays() throws {
        #expect(try summary("Freedonia and Sylvania restored diplomatic relations in March.")
            == ["freedonia>sylvania:supports", "sylvania>freedonia:supports"])
        #expect(try summary("Ties between Sylvania and Ruritania improved last year.")
            == ["sylvania>ruritania:supports", "ruritania>sylvania:supports"])
    }

    @Test func relationsWithoutAChangeStateNothing() throws {
        #expect(try summary("Relations between Freedonia and Sylvania were discussed at the summit.").isEmpty)
        #expect(try summary("Freedonia's ties with Sylvania date back centuries.").isEmpty)
    }
}

extension ExtractorTiesTests {
    @Test func nounsBetweenTwoActorsStateTheStanceThemselves() throws {
        #expect(try summary("Tensions between Freedonia and Sylvania rose again.")
            == ["freedonia>sylvania:opposes", "sylvania>freedonia:opposes"])
        #expect(try summary("The war between Ruritania and Sylvania continued.")
            == ["ruritania>sylvania:hostile", "sylvania>ruritania:hostile"])
        #expect(try summary("Tensions between Freedonia and Sylvania eased.").isEmpty)
    }

    @Test func severingTiesIsTheSubjectsAct() throws {
        #expect(try summary("Ruritania severed diplomatic ties with Sylvania last week.") == ["ruritania>sylvania:opposes"])
        #expect(try summary("Ruritania established diplomatic relations with Freedonia.") == ["ruritania>freedonia:supports"])
    }
}
