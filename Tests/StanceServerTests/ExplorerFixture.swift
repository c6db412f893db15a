import Foundation
import StanceModel
@testable import StanceServer
import StanceStore
import StanceTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The repository's folders, found from this file's location.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var seeds: URL { url.appendingPathComponent("seeds") }
}

/// A database built from seeds/ plus one hostile article, in a fresh temporary folder.
struct ExplorerFixture {
    static let hostileName = "<script>alert(1)</script>"
    static let hostileQuote = "They said \"<img src=x onerror=alert(2)>\" & left."

    let folder: TemporaryDirectory
    var databasePath: String { folder.file("explorer.sqlite").path }

    init() throws {
        folder = try TemporaryDirectory("explorer-tests")
        let database = try StanceDatabase(path: folder.file("explorer.sqlite").path)
        for url in try AnnotationLoader.annotationFiles(inFolder: PackageRoot.seeds) {
            try database.ingest(try ArticleDocument.load(annotationAt: url))
        }
        try database.ingest(Self.hostileDocument)
    }

    /// An actor named like a script, a quote holding markup and a `javascript:` link, at low confidence.
    static var hostileDocument: ArticleDocument {
        let evidence = Evidence(
            documentID: "hostile", title: "<b>Title</b>", outlet: "Evil & Co", url: "javascript:alert(3)",
            published: Fixtures.date("2025-01-20"), quote: hostileQuote, speaker: "<i>someone</i>",
            method: .rules(version: "test"), confidence: 0.2)
        return ArticleDocument(
            id: "hostile", path: "hostile.txt", published: Fixtures.date("2025-01-20"), contentHash: "hostile",
            actors: [StanceActor(id: "hostile-actor", name: hostileName, kind: .faction),
                     StanceActor(id: "iran", name: "Iran", kind: .state)],
            claims: [StanceClaim(
                source: "hostile-actor", target: "iran", stance: .hostile,
                validTime: Fixtures.span("2025-01", nil), evidence: [evidence])])
    }

    func configuration(token: String? = nil) -> ExplorerConfiguration {
        ExplorerConfiguration(host: "127.0.0.1", port: 0, databasePath: databasePath, accessToken: token, defaultReviewer: "tester")
    }

    /// Starts a server on a free port of 127.0.0.1, runs `body` with a client for it, then stops it.
    func withServer<T>(token: String? = nil, _ body: (ExplorerServer, ExplorerClient) async throws -> T) async throws -> T {
        let server = try ExplorerServer(configuration: configuration(token: token))
        let running = try await server.start()
        do {
            let value = try await body(server, ExplorerClient(port: running.port))
            try await running.stop()
            return value
        } catch {
            try? await running.stop()
            throw error
        }
    }
}

/// An answer of the server.
struct Reply {
    let status: Int
    let headers: [String: String]
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
    /// The body as a JSON object.
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
}

/// A plain HTTP client for 127.0.0.1 that does not follow redirects.
struct ExplorerClient {
    let port: Int

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", path, headers: headers)
    }

    func post(_ path: String, json: String, csrf: String?, headers: [String: String] = [:]) async throws -> Reply {
        var all = headers
        all["Content-Type"] = all["Content-Type"] ?? "application/json"
        if let csrf { all["X-CSRF-Token"] = csrf }
        return try await send("POST", path, headers: all, body: Data(json.utf8))
    }

    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> Reply {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw URLError(.badURL) }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }
}

final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

/// The CSRF token a page carries in `<meta name="csrf-token" content="…">`.
func csrfToken(in page: String) -> String? {
    guard let range = page.range(of: "<meta name=\"csrf-token\" content=\"") else { return nil }
    let rest = page[range.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}
