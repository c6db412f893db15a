import Testing
@testable import StanceExtraction

/// Stances two subjects hold toward each other, and "the two countries".
@Suite struct ExtractorReciprocalTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func twoSubjectsThatFightAreHostileToEachOther() throws {
        #expect(try summary("Freedonia and Sylvania fought two wars over the river.")
            == ["freedonia>sylvania:hostile", "sylvania>freedonia:hostile"])
        #expect(try summary("Freedonia and Sylvania did not fight.").isEmpty)
    }

    @Test func aNamedTargetIsNotReciprocal() throws {
        #expect(try summary("Freedonia and Sylvania fought the Red Hand.")
            == ["freedonia>red-hand:hostile", "sylvania>red-hand:hostile"])
    }

    @Test func theTwoCountriesAreTheLastTwoStatesNamed() throws {
        let body = "Freedonia hosted talks with Sylvania on Monday.\n\nThe two countries clashed over the river in 1990."
        #expect(try summary(body).suffix(2) == ["freedonia>sylvania:hostile", "sylvania>freedonia:hostile"])
    }
}

extension ExtractorReciprocalTests {
    @Test func aPredicateRelationNounHoldsBothWays() throws {
        let body = "Freedonia hosted talks with Sylvania on Monday.\n\nThe two countries have been close allies for decades."
        #expect(try summary(body).suffix(2) == ["freedonia>sylvania:allied", "sylvania>freedonia:allied"])
    }

    @Test func anAppositiveRelationNounIsNotReciprocal() throws {
        let found = try summary("Freedonia and Sylvania, the Red Hand's closest allies, condemned Ruritania.")
        #expect(!found.contains("freedonia>sylvania:allied"))
        #expect(!found.contains("sylvania>freedonia:allied"))
    }
}
