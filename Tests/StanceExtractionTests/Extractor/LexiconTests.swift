import Foundation
import Testing
import StanceModel
import StanceTestSupport
@testable import StanceExtraction

@Suite struct LexiconTests {
    static let userYAML = """
        format: 1
        actors:
          - {id: orchid-league, name: Orchid League, kind: coalition, abbreviations: [OL]}
        cues:
          - {cue: embiggen, pos: verb, score: 0.5}
        events:
          - {id: orchid-summit, name: Orchid Summit, date: 2020-02-02, aliases: [the Orchid Summit]}
        """

    @Test func mergesActorsCuesAndEventsFromOneFile() throws {
        var lexicon = try FictionalLexicon.lexicon()
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("user.yaml")
        try Self.userYAML.write(to: file, atomically: true, encoding: .utf8)
        try lexicon.merge(userYAMLAt: file)
        #expect(lexicon.actors.actor(id: "orchid-league") != nil)
        #expect(lexicon.actors.actor(id: "freedonia") != nil)
        #expect(lexicon.events.event(id: "orchid-summit") != nil)
        let article = try ArticleReader.article(
            id: "u", text: "Fictional News\n\nThe OL embiggens Freedonia.", published: TimePoint("2021-01-01"))
        let claims = Extractor(lexicon: lexicon).extract(article).claims
        #expect(claims.map { "\($0.source)>\($0.target)" } == ["orchid-league>freedonia"])
    }

    @Test func userFileErrorsNameTheFile() throws {
        var lexicon = try FictionalLexicon.lexicon()
        let directory = try TemporaryDirectory()
        let bad = directory.url.appendingPathComponent("bad.yaml")
        try "cues:\n  - {cue: x, score: 9}\n".write(to: bad, atomically: true, encoding: .utf8)
        do {
            try lexicon.merge(userYAMLAt: bad)
            Issue.record("no error")
        } catch {
            #expect(error.errorDescription?.contains("bad.yaml:2") == true)
        }
        #expect(throws: ExtractionError.fileNotFound(path: directory.url.appendingPathComponent("none.yaml").path)) {
            try lexicon.merge(userYAMLAt: directory.url.appendingPathComponent("none.yaml"))
        }
        #expect(throws: ExtractionError.isDirectory(path: directory.url.path)) { try lexicon.merge(userYAMLAt: directory.url) }
    }

    @Test func bundledLexiconsLoad() throws {
        let lexicon = try Lexicon.bundled()
        #expect(!lexicon.actors.entries.isEmpty)
        #expect(!lexicon.cues.cues.isEmpty)
        #expect(!lexicon.events.events.isEmpty)
    }
}
