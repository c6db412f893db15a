import Testing
@testable import StanceExtraction

/// A reporting verb that is itself a stance holds toward its object.
@Suite struct ExtractorReportingTests {
    func summary(_ body: String) throws -> [String] { try FictionalLexicon.extract(body).summary }

    @Test func warningAnActorOpposesIt() throws {
        #expect(try summary("Freedonia warned Sylvania that it would respond.").contains("freedonia>sylvania:opposes"))
        #expect(try summary("Freedonia warned Sylvania against crossing the river.").contains("freedonia>sylvania:opposes"))
    }

    @Test func aReportingVerbWithoutAnActorObjectStatesNothingByItself() throws {
        #expect(try summary("Freedonia warned that the river would flood.").isEmpty)
    }
}

extension ExtractorReportingTests {
    @Test func aThatClauseIsNotTheObject() throws {
        #expect(try summary("Freedonia warned that Sylvania would respond.").isEmpty)
    }
}
