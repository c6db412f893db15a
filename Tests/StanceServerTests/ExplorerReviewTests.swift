import Foundation
import StanceModel
@testable import StanceServer
import StanceStore
import StanceTestSupport
import Testing

@Suite("review queue and security against the running server")
struct ExplorerReviewTests {
    @Test("a POST without the page's CSRF token, or with a wrong one, is refused with 403 and changes nothing")
    func csrf() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { server, client in
            let queue = try await client.get("/api/review").json
            let first = try #require((queue["items"] as? [[String: Any]])?.first?["id"] as? String)
            let body = #"{"decision": "reject"}"#
            let none = try await client.post("/api/review/\(first)", json: body, csrf: nil)
            #expect(none.status == 403)
            #expect((none.json["error"] as? String)?.contains("CSRF") == true)
            let wrong = try await client.post("/api/review/\(first)", json: body, csrf: String(repeating: "0", count: 64))
            #expect(wrong.status == 403)
            // A form post (what another site could make a browser send) is refused even with the token.
            let form = try await client.post(
                "/api/review/\(first)", json: "decision=reject", csrf: server.csrfToken,
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(form.status == 415)
            let counts = try await client.get("/api/review").json["counts"] as? [String: Any]
            #expect(counts?["rejected"] as? Int == 0)
        }
    }

    @Test("the queue lists the lowest confidence first; accept and reject persist across a restart and reopening")
    func decisions() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        let (hostileID, acceptedID) = try await fixture.withServer { server, client in
            let page = try await client.get("/")
            let csrf = try #require(csrfToken(in: page.text))
            let queue = try await client.get("/api/review?limit=5").json
            let items = queue["items"] as? [[String: Any]] ?? []
            #expect(items.count == 5)
            let confidences = items.compactMap { $0["confidence"] as? Double }
            #expect(confidences == confidences.sorted())
            let hostile = try #require(items.first)
            #expect((hostile["source"] as? [String: Any])?["name"] as? String == ExplorerFixture.hostileName)
            let hostileID = try #require(hostile["id"] as? String)
            let acceptedID = try #require(items[1]["id"] as? String)

            let rejected = try await client.post("/api/review/\(hostileID)", json: #"{"decision": "reject", "reviewer": "ana"}"#, csrf: csrf)
            #expect(rejected.status == 200, "\(rejected.text)")
            #expect((rejected.json["review"] as? [String: Any])?["decision"] as? String == "reject")
            let accepted = try await client.post("/api/review/\(acceptedID)", json: #"{"decision": "accept"}"#, csrf: csrf)
            #expect((accepted.json["review"] as? [String: Any])?["reviewer"] as? String == "tester")

            // The rejected claim is gone from the graph at once.
            let svg = try await client.get("/graph.svg?date=2025-01-31")
            #expect(!svg.text.contains("data-actor=\"hostile-actor\""))
            #expect(try await client.get("/api/edge?source=hostile-actor&target=iran&date=2025-01-31").status == 404)
            let pending = try await client.get("/api/review").json["items"] as? [[String: Any]] ?? []
            #expect(!pending.contains { $0["id"] as? String == hostileID })
            _ = server
            return (hostileID, acceptedID)
        }
        // A new server over the same file sees the decisions.
        try await fixture.withServer { _, client in
            let all = try await client.get("/api/review?status=all&limit=500").json
            let items = all["items"] as? [[String: Any]] ?? []
            let hostile = items.first { $0["id"] as? String == hostileID }
            #expect((hostile?["review"] as? [String: Any])?["decision"] as? String == "reject")
            #expect((hostile?["review"] as? [String: Any])?["reviewer"] as? String == "ana")
            let counts = all["counts"] as? [String: Any]
            #expect(counts?["rejected"] as? Int == 1 && counts?["accepted"] as? Int == 1)
            #expect(!(try await client.get("/graph.svg?date=2025-01-31")).text.contains("hostile-actor"))
        }
        // So does the store, and every command's graph through it.
        let database = try StanceDatabase(path: fixture.databasePath, options: .init(readOnly: true))
        let reference = try #require(ClaimReference(acceptedID))
        #expect(try database.reviewItem(reference)?.review?.decision == .accept)
        #expect(try database.loadGraph().claims.allSatisfy { $0.source != "hostile-actor" })
    }

    @Test("a correction changes the stance, target and span drawn; bad corrections are 400s")
    func correction() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        try await fixture.withServer { server, client in
            let queue = try await client.get("/api/review?limit=1").json
            let id = try #require((queue["items"] as? [[String: Any]])?.first?["id"] as? String)
            let body = #"{"decision": "correct", "stance": "allied", "target": "israel", "from": "2024-06", "until": ""}"#
            let reply = try await client.post("/api/review/\(id)", json: body, csrf: server.csrfToken)
            #expect(reply.status == 200, "\(reply.text)")
            let review = reply.json["review"] as? [String: Any]
            #expect(review?["stance"] as? String == "allied")
            #expect((review?["target"] as? [String: Any])?["id"] as? String == "israel")
            #expect(review?["from"] as? String == "2024-06")
            let edge = try await client.get("/api/edge?source=hostile-actor&target=israel&date=2025-01-31")
            #expect(edge.status == 200)
            #expect((edge.json["stances"] as? [[String: Any]])?.first?["stance"] as? String == "allied")

            let bad: [(String, Int, String)] = [
                (#"{"decision": "maybe"}"#, 400, "decision is accept, reject or correct"),
                (#"{"decision": "correct", "stance": "furious"}"#, 400, "stance is one of"),
                (#"{"decision": "correct", "target": "atlantis"}"#, 400, "no actor 'atlantis'"),
                (#"{"decision": "correct", "from": "2025", "until": "2024"}"#, 400, "ends"),
                ("not json", 400, "not a review decision"),
            ]
            for (json, status, words) in bad {
                let answer = try await client.post("/api/review/\(id)", json: json, csrf: server.csrfToken)
                #expect(answer.status == status, "\(json)")
                #expect((answer.json["error"] as? String)?.contains(words) == true, "\(json): \(answer.text)")
            }
            #expect(try await client.post("/api/review/999999-0", json: #"{"decision": "accept"}"#, csrf: server.csrfToken).status == 404)
            #expect(try await client.post("/api/review/abc", json: #"{"decision": "accept"}"#, csrf: server.csrfToken).status == 400)
            let huge = #"{"decision": "accept", "reviewer": ""# + String(repeating: "x", count: 20_000) + "\"}"
            #expect(try await client.post("/api/review/\(id)", json: huge, csrf: server.csrfToken).status == 413)
        }
    }

    @Test("with --token every request needs it: a bearer header, or the cookie /?token= sets")
    func token() async throws {
        let fixture = try ExplorerFixture()
        defer { fixture.folder.remove() }
        let secret = "s3cret-token-for-the-test"
        try await fixture.withServer(token: secret) { _, client in
            #expect(try await client.get("/").status == 401)
            #expect(try await client.get("/api/span").status == 401)
            #expect(try await client.get("/api/span", headers: ["Authorization": "Bearer wrong"]).status == 401)
            #expect(try await client.get("/api/span", headers: ["Authorization": "Bearer \(secret)"]).status == 200)
            let login = try await client.get("/?token=\(secret)")
            #expect(login.status == 303)
            let cookie = try #require(login.header("Set-Cookie"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let pair = String(cookie.split(separator: ";")[0])
            #expect(try await client.get("/", headers: ["Cookie": pair]).status == 200)
        }
    }

    @Test("beyond loopback a token is required; Host headers other than this machine's are refused")
    func configuration() throws {
        #expect(throws: ServerError.tokenRequired(host: "0.0.0.0")) {
            try ExplorerConfiguration(host: "0.0.0.0", databasePath: "x").validate()
        }
        #expect(throws: ServerError.weakToken(length: 5)) {
            try ExplorerConfiguration(databasePath: "x", accessToken: "short").validate()
        }
        #expect(throws: ServerError.invalidToken) {
            try ExplorerConfiguration(databasePath: "x", accessToken: "a token; with spaces").validate()
        }
        #expect(throws: Never.self) { try ExplorerConfiguration(host: "0.0.0.0", databasePath: "x", accessToken: String(repeating: "k", count: 16)).validate() }
        #expect(throws: Never.self) { try ExplorerConfiguration(host: "127.0.0.1", databasePath: "x").validate() }
        #expect(ExplorerGuard.isAllowed(host: "127.0.0.1:8080", configured: "127.0.0.1"))
        #expect(ExplorerGuard.isAllowed(host: "localhost:8080", configured: "127.0.0.1"))
        #expect(ExplorerGuard.isAllowed(host: "[::1]:8080", configured: "127.0.0.1"))
        #expect(!ExplorerGuard.isAllowed(host: "evil.example:8080", configured: "127.0.0.1"))
        #expect(!ExplorerGuard.isAllowed(host: "127.0.0.1.evil.example", configured: "127.0.0.1"))
    }
}
