import StanceModel

@testable import StanceExtraction

/// Fictional events and a resolver over them, published Friday 2025-01-31.
enum TimeFixtures {
    static let yaml = """
        format: 1
        events:
          - id: avalon-coup
            name: Avalon coup
            date: 2024-12-08
            aliases: [coup in Avalon, "the fall of Regent Mor", "Mor's ouster", regime change in Avalon]
          - id: harbor-raid
            name: Harbor raid
            date: 2023-10-07
            aliases: [raid on Port Vell, "the Harbor raid"]
          - id: old-war
            name: Old war
            date: 2003-03-20
            aliases: [Bordurian invasion of Avalon]
        """
    static let published = TimePoint(year: 2025, month: 1, day: 31)!

    static func events() -> EventLexicon {
        (try? EventLexicon.parse(yaml: yaml, source: "fixture")) ?? EventLexicon()
    }

    static func resolver(framing: String? = nil) -> TimeResolver {
        let lexicon = events()
        return TimeResolver(events: lexicon, published: published, framingEvent: framing.flatMap { lexicon.event(id: $0) })
    }

    /// The mentions of a whole text as (phrase, point, relation, kind).
    static func mentions(_ text: String, resolver: TimeResolver = resolver()) -> [TimeMention] {
        resolver.mentions(in: text, range: text.startIndex..<text.endIndex)
    }

    static func valid(_ text: String, resolver: TimeResolver = resolver()) -> ResolvedTime {
        resolver.validTime(in: text, sentence: text.startIndex..<text.endIndex)
    }

    static func point(_ text: String) -> TimePoint? { TimePoint(text) }
}
