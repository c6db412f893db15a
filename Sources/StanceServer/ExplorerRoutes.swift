import Foundation
import Graphviz
import Hummingbird
import StanceModel
import StanceRender
import StanceStore

/// The explorer's routes:
///
/// - `GET /`: the page (HTML, its CSS and script inline).
/// - `GET /graph.svg?date=…` the snapshot, or `?from=…&to=…` the shift, with the filters `focus`,
///   `depth`, `topic`, `kind`, `top` and `min-confidence`; nodes and edges carry the actor ids.
/// - `GET /timeline.svg?source=…&target=…[&topic=…]`: the stance-over-time chart of a dyad.
/// - `GET /api/span`: the dates the data covers, its events, actor kinds and topics.
/// - `GET /api/actor/{id}`: an actor, its memberships, members and the stances it holds and receives.
/// - `GET /api/edge?source=…&target=…&date=…[&topic=…]`: every claim in force behind an edge.
/// - `GET /api/review?status=pending|all&limit=…&offset=…`: claims to review, lowest confidence first.
/// - `POST /api/review/{claim}`: a decision, as JSON (see ``ReviewRequest``).
struct ExplorerRoutes {
    let server: ExplorerServer

    var data: ExplorerData { server.data }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ExplorerGuard(configuration: server.configuration, csrfToken: server.csrfToken))
        router.get("/") { _, _ in try await page() }
        router.get("/graph.svg") { request, _ in try await graphSVG(Self.parameters(request)) }
        router.get("/timeline.svg") { request, _ in try await timelineSVG(Self.parameters(request)) }
        router.get("/api/span") { _, _ in await span() }
        router.get("/api/actor/:id") { _, context in try await actor(context.parameters.get("id") ?? "") }
        router.get("/api/edge") { request, _ in try await edge(Self.parameters(request)) }
        router.get("/api/review") { request, _ in try await reviewQueue(Self.parameters(request)) }
        router.post("/api/review/:claim") { request, context in
            let body = try await request.body.collect(upTo: server.configuration.maximumBodySize)
            return try await review(context.parameters.get("claim") ?? "", body: Data(buffer: body))
        }
        return router
    }

    /// The query parameters, the first of each name.
    static func parameters(_ request: Request) -> [String: String] {
        var parameters: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where parameters[String(key)] == nil {
            parameters[String(key)] = String(value)
        }
        return parameters
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONEncoder.explorer().encode(value)) ?? Data(#"{"error":"cannot encode the answer"}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(data: data)))
    }

    static func svg(_ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "image/svg+xml; charset=utf-8"
        // An SVG opened on its own runs nothing and loads nothing.
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Page

    func page() async throws -> Response {
        let loaded = await data.loaded
        let nonce = ExplorerServer.randomToken()
        let html = ExplorerPage(
            csrfToken: server.csrfToken, nonce: nonce, databaseName: URL(fileURLWithPath: server.configuration.databasePath).lastPathComponent,
            actors: loaded.graph.sortedActors, topics: loaded.graph.sortedTopics
        ).html
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    // MARK: Diagrams

    func graphSVG(_ parameters: [String: String]) async throws -> Response {
        let query = try ViewQuery(parameters)
        let graph = await data.loaded
        let dot: String
        let engine: LayoutEngine
        let nodes: [String: ActorID]
        switch query.moment {
        case .snapshot(let asked):
            guard let date = asked ?? graph.defaultDate else { throw RequestProblem("the database holds no dated claim: give 'date'") }
            let selected = try graph.graph.selecting(query.selection, at: [date])
            let snapshot = selected.graph.snapshot(at: date)
            let layout = try DiagramLayout.choose(actors: snapshot.actors.count, stances: snapshot.entries.count, engine: nil)
            dot = DOTWriter.snapshot(snapshot, options: DiagramOptions(layout: layout, note: Self.note(selected)))
            engine = layout.engine
            nodes = DOTWriter.nodeIDs(ofSnapshot: snapshot)
        case .shift(let from, let to):
            let selected = try graph.graph.selecting(query.selection, at: [from, to])
            let shift = selected.graph.shift(from: from, to: to)
            let layout = try DiagramLayout.choose(actors: shift.actors.count, stances: shift.entries.count, engine: nil)
            dot = DOTWriter.shift(shift, options: DiagramOptions(layout: layout, note: Self.note(selected)))
            engine = layout.engine
            nodes = DOTWriter.nodeIDs(ofShift: shift)
        }
        let svg = try GraphvizLibrary.render(dot, format: .svg, engine: engine)
        return Self.svg(SVGLinks.annotate(String(decoding: svg, as: UTF8.self), actors: nodes))
    }

    /// "top 40 of 512 actors" when `top` left actors out.
    static func note(_ selected: SelectedGraph) -> String? {
        selected.leftOut > 0 ? "top \(selected.shownActors) of \(selected.candidateActors) actors" : nil
    }

    func timelineSVG(_ parameters: [String: String]) async throws -> Response {
        let graph = await data.loaded.graph
        let source = try Self.knownActor(parameters, "source", in: graph)
        let target = try Self.knownActor(parameters, "target", in: graph)
        let topic = ViewQuery.text(parameters, "topic").map { TopicID($0) }
        if let topic, graph.topics[topic] == nil { throw RequestProblem("no topic '\(RequestProblem.excerpt(topic.rawValue))'", status: 404) }
        let timeline = graph.timeline(source: source, target: target, topic: topic)
        let names = [source, target].map { graph.actors[$0]?.name ?? $0.rawValue }
        let on = topic.map { " on " + (graph.topics[$0]?.label ?? $0.rawValue) } ?? ""
        let chart = TimelineChart(timeline: timeline, events: graph.events, title: "\(names[0]) → \(names[1])\(on)")
        return Self.svg(chart.svg())
    }

    /// The actor named by parameter `name`: 400 when missing, 404 when unknown.
    static func knownActor(_ parameters: [String: String], _ name: String, in graph: StanceGraph) throws(RequestProblem) -> ActorID {
        guard let text = ViewQuery.text(parameters, name) else { throw RequestProblem("give '\(name)', an actor id") }
        return try knownActor(text, in: graph)
    }

    static func knownActor(_ id: String, in graph: StanceGraph) throws(RequestProblem) -> ActorID {
        guard graph.actors[ActorID(id)] != nil else { throw RequestProblem("no actor '\(RequestProblem.excerpt(id))'", status: 404) }
        return ActorID(id)
    }
}
