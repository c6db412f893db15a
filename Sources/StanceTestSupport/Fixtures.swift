import Foundation
import StanceModel

/// Small hand-built values for tests, with fictional actors.
public enum Fixtures {
    /// A day-precision point from "YYYY-MM-DD" (or coarser); traps on a malformed literal in a test.
    public static func date(_ text: String) -> TimePoint {
        guard let point = TimePoint(text) else { preconditionFailure("bad test date \(text)") }
        return point
    }

    /// A span from two literals ("2024", nil for open).
    public static func span(_ from: String?, _ until: String?) -> TimeSpan {
        guard let span = TimeSpan(from: from.map(date), until: until.map(date)) else {
            preconditionFailure("bad test span \(String(describing: from))–\(String(describing: until))")
        }
        return span
    }

    /// One evidence record from a fictional paper.
    public static func evidence(
        _ quote: String, published: String? = "2025-01-31", confidence: Double = 1,
        document: String = "doc-1"
    ) -> Evidence {
        Evidence(
            documentID: document, title: "The Fictional Times report", outlet: "Fictional Times",
            url: "https://example.org/\(document)", published: published.map(date), quote: quote,
            method: .manual, confidence: confidence)
    }

    /// Fictional actors: two states (Avalon, Borduria), a party, a militia, a coalition.
    public static let actors: [StanceActor] = [
        StanceActor(id: "avalon", name: "Avalon", kind: .state, aliases: ["Avalonian"]),
        StanceActor(id: "borduria", name: "Borduria", kind: .state),
        StanceActor(
            id: "green-front", name: "Green Front", kind: .party,
            memberships: [Membership(parent: "avalon")]),
        StanceActor(id: "red-brigade", name: "Red Brigade", kind: .armedGroup),
        StanceActor(id: "northern-league", name: "Northern League", kind: .coalition),
    ]

    public static let topics: [Topic] = [
        Topic(id: "bases", label: "Bordurian bases in Avalon"),
        Topic(id: "trade", label: "Trade treaty"),
    ]

    public static let events: [Event] = [
        Event(id: "coup", name: "The Coup", date: date("2024-12-08"), aliases: ["coup in Avalon"])
    ]

    /// A claim with one evidence record.
    public static func claim(
        _ source: ActorID, _ target: ActorID, topic: TopicID? = nil, _ stance: Stance,
        from: String?, until: String? = nil, published: String? = "2025-01-31", confidence: Double = 1,
        quote: String = "A quote."
    ) -> StanceClaim {
        StanceClaim(
            source: source, target: target, topic: topic, stance: stance,
            validTime: span(from, until),
            evidence: [evidence(quote, published: published, confidence: confidence)])
    }

    /// A graph of the fictional actors with the given claims; traps on unknown ids in a test.
    public static func graph(_ claims: [StanceClaim]) -> StanceGraph {
        do {
            return try StanceGraph(actors: actors, topics: topics, events: events, claims: claims)
        } catch {
            preconditionFailure("fixture graph: \(error)")
        }
    }
}
