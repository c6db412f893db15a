import Foundation
import StanceModel
@testable import StanceServer
import StanceStore
import StanceTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("explorer routes against the running server")
struct ExplorerRoutesTests {
    @Test("the page carries a CSRF token, a nonce-based CSP and escapes a hostile actor name")
    func page() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { server, client in
            let page = try await client.get("/")
            #expect(page.status == 200)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(csrfToken(in: page.text) == server.csrfToken)
            let policy = try #require(page.header("Content-Security-Policy"))
            #expect(policy.contains("script-src 'nonce-"))
            #expect(!policy.contains("script-src 'unsafe-inline'"))
            #expect(page.header("X-Content-Type-Options") == "nosniff")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains(ExplorerFixture.hostileName))
            #expect(page.text.contains("<option value=\"coordination-framework\">"))
            // One script element, the page's own, with the nonce of the policy.
            let nonce = try #require(policy.split(separator: "'").first { $0.hasPrefix("nonce-") }?.dropFirst(6))
            #expect(page.text.components(separatedBy: "<script").count == 2)
            #expect(page.text.contains("<script nonce=\"\(nonce)\">"))
            #expect(!page.text.contains("http://") && !page.text.contains("https://"), "no external asset")
        }
    }

    @Test("graph.svg draws the snapshot and the shift, nodes and edges marked with their actors, names escaped")
    func graph() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { _, client in
            let latest = try await client.get("/graph.svg")
            #expect(latest.status == 200)
            #expect(latest.header("Content-Type")?.hasPrefix("image/svg+xml") == true)
            let document = try XMLDocument(data: latest.body)
            let edges = try document.nodes(forXPath: "//*[local-name()='g'][@class='edge'][@data-source]")
            let nodes = try document.nodes(forXPath: "//*[local-name()='g'][@class='node'][@data-actor]")
            #expect(edges.count >= 10)
            #expect(nodes.count >= 10)
            #expect(latest.text.contains("data-source=\"coordination-framework\" data-target=\"united-states\""))
            #expect(latest.text.contains("data-actor=\"hostile-actor\""))
            #expect(latest.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!latest.text.contains("<script"))
            #expect(!latest.text.contains("javascript:"))
            // Before the fall of Assad the National Security Service's support for U.S. troops is not in force yet.
            let before = try await client.get("/graph.svg?date=2024-12-01")
            #expect(before.status == 200)
            #expect(before.text.contains("data-source=\"coordination-framework\" data-target=\"united-states\""))
            #expect(!before.text.contains("data-source=\"national-security-service\" data-target=\"united-states\""))
            #expect(!before.text.contains("hostile-actor"))
            let shift = try await client.get("/graph.svg?from=2024-12-01&to=2025-01-31")
            #expect(shift.status == 200)
            #expect(shift.text.contains("Shift from 2024&#45;12&#45;01 to 2025&#45;01&#45;31"))
            #expect(shift.text.contains("data-source=\"coordination-framework\" data-target=\"united-states\""))
            let focused = try await client.get("/graph.svg?focus=iran&depth=1&kind=state,faction,coalition&min-confidence=0.5&top=5")
            #expect(focused.status == 200)
            #expect(!focused.text.contains("hostile-actor"), "below the minimum confidence")
            #expect(focused.text.contains("data-actor=\"iran\""))
        }
    }

    @Test("bad parameters are 400s, unknown things 404s, each with a JSON message")
    func errors() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { _, client in
            let cases: [(String, Int, String)] = [
                ("/graph.svg?date=2025-13-40", 400, "'date' must be a date"),
                ("/graph.svg?from=2025-01-01", 400, "give both 'from' and 'to'"),
                ("/graph.svg?from=2025-01-01&to=2024-01-01", 400, "before 'from'"),
                ("/graph.svg?focus=atlantis", 400, "atlantis"),
                ("/graph.svg?topic=nothing", 400, "nothing"),
                ("/graph.svg?kind=dragon", 400, "unknown actor kind 'dragon'"),
                ("/graph.svg?min-confidence=2", 400, "'min-confidence' must be a number from 0 to 1"),
                ("/graph.svg?top=0", 400, "'top' must be a whole number"),
                ("/graph.svg?depth=2", 400, "'depth' needs 'focus'"),
                ("/api/actor/atlantis", 404, "no actor 'atlantis'"),
                ("/api/edge?source=iran", 400, "give 'target'"),
                ("/api/edge?source=iran&target=israel&date=2025-01-31", 404, "no stance of iran toward israel"),
                ("/timeline.svg?source=iran&target=atlantis", 404, "no actor 'atlantis'"),
                ("/api/review?status=done", 400, "'status' is pending or all"),
                ("/api/review?limit=100000", 400, "'limit' must be a whole number"),
            ]
            for (path, status, words) in cases {
                let reply = try await client.get(path)
                #expect(reply.status == status, "\(path)")
                #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true, "\(path)")
                #expect((reply.json["error"] as? String)?.contains(words) == true, "\(path): \(reply.text)")
            }
            #expect(try await client.get("/nowhere").status == 404)
            // A hostile value comes back inside JSON only, never as markup.
            let hostile = try await client.get("/api/actor/%3Cscript%3E")
            #expect(hostile.status == 404)
            #expect(hostile.header("Content-Type")?.hasPrefix("application/json") == true)
        }
    }

    @Test("span, actor, timeline and edge answer with the data behind the page")
    func api() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { _, client in
            let span = try await client.get("/api/span").json
            #expect(span["last"] as? String == "2025-01-31")
            #expect((span["first"] as? String).map { $0 < "2014" } == true)
            let events = span["events"] as? [[String: Any]] ?? []
            #expect(events.contains { $0["id"] as? String == "fall-of-assad" && $0["date"] as? String == "2024-12-08" })

            let actor = try await client.get("/api/actor/coordination-framework").json
            #expect(actor["name"] as? String == "Shiite Coordination Framework")
            let memberships = actor["memberships"] as? [[String: Any]] ?? []
            #expect(memberships.contains { ($0["parent"] as? [String: Any])?["id"] as? String == "iraq" })
            let holds = actor["holds"] as? [[String: Any]] ?? []
            let chart = try #require(holds.first?["chart"] as? String)
            let timeline = try await client.get(chart)
            #expect(timeline.status == 200)
            #expect(timeline.header("Content-Type")?.hasPrefix("image/svg+xml") == true)
            _ = try XMLDocument(data: timeline.body)

            let edge = try await client.get("/api/edge?source=coordination-framework&target=united-states&date=2025-01-31").json
            let stances = edge["stances"] as? [[String: Any]] ?? []
            let claims = stances.flatMap { $0["claims"] as? [[String: Any]] ?? [] }
            #expect(claims.count >= 2)
            let evidence = try #require((claims.first?["evidence"] as? [[String: Any]])?.first)
            #expect((evidence["quote"] as? String)?.contains("Coordination Framework") == true)
            #expect(evidence["outlet"] as? String == "World News")
            #expect(evidence["published"] as? String == "2025-01-31")
            #expect(claims.allSatisfy { ($0["id"] as? String).flatMap(ClaimReference.init) != nil })

            let hostile = try await client.get("/api/edge?source=hostile-actor&target=iran&date=2025-01-31").json
            let hostileClaim = ((hostile["stances"] as? [[String: Any]])?.first?["claims"] as? [[String: Any]])?.first
            let hostileEvidence = (hostileClaim?["evidence"] as? [[String: Any]])?.first
            #expect(hostileEvidence?["quote"] as? String == ExplorerFixture.hostileQuote)
            #expect(hostileEvidence?["url"] == nil, "a javascript: link is not passed on")
            let hostileChart = try await client.get("/timeline.svg?source=hostile-actor&target=iran")
            #expect(hostileChart.status == 200)
            _ = try XMLDocument(data: hostileChart.body)
            #expect(hostileChart.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!hostileChart.text.contains("<script") && !hostileChart.text.contains("<img"))
        }
    }
}
