import StanceModel
@testable import StanceExtraction

/// A lexicon of made-up actors, so that no rule under test can lean on real-world names.
enum FictionalLexicon {
    static let actorsYAML = """
        format: 1
        actors:
          - id: freedonia
            name: Freedonia
            kind: state
            abbreviations: [FRD]
            demonyms: [Freedonian, Freedonians]
            capitals: [Fredville]
            government: freedonian-government
          - id: freedonian-government
            name: Freedonian government
            kind: government
            members_of: [freedonia]
          - id: sylvania
            name: Sylvania
            kind: state
            abbreviations: [S.Y.]
            demonyms: [Sylvanian, Sylvanians]
            capitals: [Sylvan City]
          - id: ruritania
            name: Ruritania
            kind: state
            demonyms: [Ruritanian, Ruritanians]
            capitals: [Strelsau]
          - id: red-hand
            name: Red Hand Brigade
            kind: armed-group
            names: [Red Hand]
            abbreviations: [RHB]
          - id: blue-front
            name: Blue Front
            kind: party
            members_of:
              - {actor: freedonia, from: 2001, until: 2020-06}
          - id: lake-council
            name: Lake Council
            kind: coalition
          - id: grand-lake-council
            name: Grand Lake Council
            kind: coalition
          - id: rufus-firefly
            name: Rufus Firefly
            kind: person
            speaks_for: freedonian-government
        """

    static let eventsYAML = """
        format: 1
        events:
          - {id: fall-of-the-regent, name: Fall of the Regent, date: 2020-05-04, aliases: ["fall of the Regent", "the Regent's fall"]}
        """

    static func actors() throws -> ActorLexicon { try ActorLexicon.parse(yaml: actorsYAML, source: "fictional.yaml") }

    /// The fictional actors with the bundled cues (cues are English, not names) and events.
    static func lexicon() throws -> Lexicon {
        Lexicon(
            actors: try actors(), cues: try CueLexicon.bundled(),
            events: try EventLexicon.parse(yaml: eventsYAML, source: "fictional-events.yaml"))
    }

    /// The claims extracted from `body` as a one-paragraph-per-blank-line article.
    static func extract(_ body: String, published: String = "2021-03-15") throws -> ExtractionResult {
        let text = "Fictional News\n\n" + body
        let article = try ArticleReader.article(id: "fiction", text: text, published: TimePoint(published))
        return Extractor(lexicon: try lexicon()).extract(article)
    }
}

extension ExtractionResult {
    /// "source>target:level" for each claim, in order.
    var summary: [String] { claims.map { "\($0.source)>\($0.target):\($0.stance.level.rawValue)" } }
}
