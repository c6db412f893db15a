import Foundation
import Hummingbird
import StanceModel
import StanceStore

extension ExplorerRoutes {
    func span() async -> Response {
        let loaded = await data.loaded
        let graph = loaded.graph
        let events = graph.events.map { ExplorerJSON.EventItem(id: $0.id, name: $0.name, date: $0.date.description) }
        let kinds = Set(graph.actors.values.map(\.kind))
        return Self.json(
            ExplorerJSON.Span(
                first: loaded.first?.description, last: loaded.last?.description, latest: loaded.defaultDate?.description,
                events: events, actors: graph.actors.count, claims: graph.claims.count,
                kinds: ActorKind.allCases.filter(kinds.contains).map(\.rawValue),
                topics: graph.sortedTopics.map { ExplorerJSON.TopicRef(id: $0.id.rawValue, label: $0.label) }))
    }

    /// The dyads an actor holds stances in (or receives them), with their claim counts, most claims first.
    /// - Complexity: O(claims).
    func actor(_ id: String) async throws -> Response {
        let graph = await data.loaded.graph
        let actorID = try Self.knownActor(id, in: graph)
        guard let actor = graph.actors[actorID] else { throw RequestProblem("no actor '\(RequestProblem.excerpt(id))'", status: 404) }
        let json = JSONBuilder(graph: graph)
        var held: [ClaimKey: Int] = [:]
        var received: [ClaimKey: Int] = [:]
        for claim in graph.claims {
            if claim.source == actorID { held[claim.key, default: 0] += 1 }
            if claim.target == actorID { received[claim.key, default: 0] += 1 }
        }
        func dyads(_ counts: [ClaimKey: Int], holding: Bool) -> [ExplorerJSON.Dyad] {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(24).map { key, count in
                var chart: String?
                if holding {
                    var components = URLComponents()
                    components.path = "/timeline.svg"
                    components.queryItems = [
                        URLQueryItem(name: "source", value: key.source.rawValue),
                        URLQueryItem(name: "target", value: key.target.rawValue),
                    ] + (key.topic.map { [URLQueryItem(name: "topic", value: $0.rawValue)] } ?? [])
                    chart = components.string
                }
                return ExplorerJSON.Dyad(
                    other: json.actor(holding ? key.target : key.source), topic: json.topic(key.topic), claims: count,
                    chart: chart)
            }
        }
        let members = graph.sortedActors.filter { $0.memberships.contains { $0.parent == actorID } }.map { json.actor($0.id) }
        return Self.json(
            ExplorerJSON.ActorDetail(
                id: actor.id.rawValue, name: actor.name, kind: actor.kind.rawValue, aliases: actor.aliases,
                memberships: actor.memberships.map {
                    ExplorerJSON.Membership(
                        parent: json.actor($0.parent), from: $0.span.start?.description, until: $0.span.end?.description)
                },
                members: members, holds: dyads(held, holding: true), receives: dyads(received, holding: false)))
    }

    /// Every claim in force at `date` behind the edges from `source` to `target` (one a topic,
    /// or only `topic`'s), each with its reference and review.
    func edge(_ parameters: [String: String]) async throws -> Response {
        let loaded = await data.loaded
        let graph = loaded.graph
        let source = try Self.knownActor(parameters, "source", in: graph)
        let target = try Self.knownActor(parameters, "target", in: graph)
        guard let date = try ViewQuery.date(parameters, "date") ?? loaded.defaultDate else {
            throw RequestProblem("give 'date'")
        }
        let topic = ViewQuery.text(parameters, "topic").map { TopicID($0) }
        let snapshot = graph.snapshot(at: date)
        let json = JSONBuilder(graph: graph)
        var stances: [ExplorerJSON.EdgeStance] = []
        for position in snapshot.entries.indices {
            let entry = snapshot.entries[position]
            guard entry.key.source == source, entry.key.target == target, topic == nil || entry.key.topic == topic else { continue }
            let claims = try snapshot.claimsInForce(forEntryAt: position).map { position, claim in
                let reference = loaded.references.indices.contains(position) ? loaded.references[position] : nil
                let review = try reference.flatMap { try data.database.reviewItem($0)?.review }
                return json.claim(claim, reference: reference, review: review)
            }
            stances.append(ExplorerJSON.EdgeStance(topic: json.topic(entry.key.topic), stance: entry.stance.level.rawValue, claims: claims))
        }
        guard !stances.isEmpty else {
            throw RequestProblem("no stance of \(source.rawValue) toward \(target.rawValue) in force on \(date)", status: 404)
        }
        return Self.json(ExplorerJSON.Edge(source: json.actor(source), target: json.actor(target), date: date.description, stances: stances))
    }
}
