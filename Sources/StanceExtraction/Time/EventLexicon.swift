import StanceModel
internal import Yams

/// Named, dated events that articles refer to ("the fall of Assad"), with their aliases.
public struct EventLexicon: Sendable {
    /// The events; changing them rebuilds the phrase index once per assignment.
    public var events: [Event] { didSet { index = Self.phraseIndex(of: events) } }
    /// Every event's name and aliases, for matching in text (built once, shared by every resolver).
    private(set) var index: PhraseTrie<Int> { didSet { startWords = Self.startWords(of: index) } }
    /// Every word a time phrase can start with: the events' first words and those of `TimeWords`.
    private(set) var startWords: WordTable<Bool>

    public init(events: [Event] = []) {
        self.events = events
        let index = Self.phraseIndex(of: events)
        self.index = index
        startWords = Self.startWords(of: index)
    }

    static func startWords(of index: PhraseTrie<Int>) -> WordTable<Bool> {
        var table = TimeWords.shared.startWords
        for key in index.firstWords.keys { table[key] = true }
        return table
    }

    static let rootKeys = ["format", "events", "actors", "cues", "topics"]
    static let eventKeys = ["id", "name", "date", "aliases", "note"]

    /// Parses the `events:` of a lexicon file (`format: 1`); other sections (`actors:`, `cues:`)
    /// are left to their own parsers. Errors name `source` and the line.
    public static func parse(yaml: String, source: String) throws(ExtractionError) -> EventLexicon {
        let reader = ExtractionYAML(file: source)
        guard let root = try reader.compose(yaml) else { return EventLexicon() }
        let fields = try reader.mapping(root, what: "the lexicon", allowed: rootKeys)
        if let format = fields["format"] {
            let version = try reader.string(format, name: "format")
            guard version == "1" else {
                throw .invalidLexicon(
                    file: source, line: reader.line(format), message: "unsupported format '\(version)' (this version reads format 1)")
            }
        }
        guard let list = fields["events"] else { return EventLexicon() }
        var events: [Event] = []
        var lines: [String: Int?] = [:]
        for node in try reader.items(list, name: "events") {
            let event = try parseEvent(node, reader: reader)
            if let first = lines[event.id] {
                throw .invalidLexicon(
                    file: source, line: reader.line(node),
                    message: "duplicate event id '\(event.id)'" + (first.map { " (first declared on line \($0))" } ?? ""))
            }
            lines[event.id] = reader.line(node)
            events.append(event)
        }
        return EventLexicon(events: events)
    }

    static func parseEvent(_ node: Node, reader: ExtractionYAML) throws(ExtractionError) -> Event {
        let fields = try reader.mapping(node, what: "an event", allowed: eventKeys)
        let id = try reader.required(fields, "id", in: "event", at: node)
        let name = try reader.required(fields, "name", in: "event '\(id)'", at: node)
        let dateText = try reader.required(fields, "date", in: "event '\(id)'", at: node)
        guard let date = TimePoint(dateText) else {
            throw .invalidDate(dateText, file: reader.file, line: fields["date"].flatMap(reader.line))
        }
        let aliases = try reader.strings(fields["aliases"], name: "aliases")
        return Event(id: id, name: name, date: date, aliases: aliases)
    }

    /// The bundled event lexicon (`DefaultLexicon.eventsYAML`).
    public static func bundled() throws(ExtractionError) -> EventLexicon {
        try parse(yaml: DefaultLexicon.eventsYAML, source: "bundled events")
    }

    /// Adds the events of `other`; an event with an id already present replaces it.
    public mutating func merge(_ other: EventLexicon) {
        var merged = events
        var position: [String: Int] = [:]
        for (i, event) in merged.enumerated() { position[event.id] = i }
        for event in other.events {
            if let at = position[event.id] {
                merged[at] = event
            } else {
                position[event.id] = merged.count
                merged.append(event)
            }
        }
        events = merged
    }

    /// The event with this id, if any.
    public func event(id: String) -> Event? { events.first { $0.id == id } }

    /// A trie of every event's name and aliases (a leading "the" dropped) to the event's index.
    static func phraseIndex(of events: [Event]) -> PhraseTrie<Int> {
        var trie = PhraseTrie<Int>()
        let the = WordTokenizer.hash("the")
        for (i, event) in events.enumerated() {
            for phrase in [event.name] + event.aliases {
                var words = PhraseTrie<Int>.words(of: phrase)
                if words.count > 1, words.first == the { words.removeFirst() }
                trie.insert(words: words, i)
            }
        }
        return trie
    }
}
