import Foundation
import HTTPTypes
import Hummingbird
import StanceModel
import StanceStore

/// What every request passes through: the access token, the Host header, the CSRF token of state
/// changes; then every answer gets the security headers, and every failure a JSON message.
///
/// - A `--token` server wants it on every request: `Authorization: Bearer TOKEN`, or the cookie
///   that `GET /?token=TOKEN` sets (then redirects to `/`, so the token leaves the address bar).
/// - Without a token, only loopback names are accepted in `Host` (no DNS rebinding).
/// - A POST needs `X-CSRF-Token` equal to the page's token and a JSON body: 403 otherwise.
struct ExplorerGuard: RouterMiddleware {
    typealias Context = BasicRequestContext

    let configuration: ExplorerConfiguration
    let csrfToken: String

    static let cookieName = "stancegraph_token"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await checked(request, context: context, next: next)
        } catch {
            response = Self.failure(error)
        }
        Self.secure(&response.headers)
        return response
    }

    private func checked(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if let token = configuration.accessToken {
            if request.method == .get, request.uri.path == "/",
                let given = request.uri.queryParameters.get("token"), Self.same(given, token)
            {
                var headers = HTTPFields()
                headers[.location] = "/"
                headers[.setCookie] = "\(Self.cookieName)=\(token); HttpOnly; SameSite=Strict; Path=/"
                return Response(status: .seeOther, headers: headers)
            }
            guard Self.presented(in: request).contains(where: { Self.same($0, token) }) else {
                throw RequestProblem("this explorer needs its access token: open /?token=TOKEN once", status: 401)
            }
        } else {
            guard let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!], Self.isAllowed(host: host, configured: configuration.host)
            else {
                throw RequestProblem("unexpected Host header: open the explorer as http://127.0.0.1:PORT/", status: 403)
            }
        }
        if request.method == .post {
            guard let given = request.headers[HTTPField.Name("X-CSRF-Token")!], Self.same(given, csrfToken) else {
                throw RequestProblem("missing or wrong CSRF token: reload the page", status: 403)
            }
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                throw RequestProblem("send the decision as JSON (Content-Type: application/json)", status: 415)
            }
        }
        return try await next(request, context)
    }

    /// The tokens a request presents: a bearer token and the cookie.
    static func presented(in request: Request) -> [String] {
        var tokens: [String] = []
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            tokens.append(String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
        }
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces)
                if pair.hasPrefix(cookieName + "=") { tokens.append(String(pair.dropFirst(cookieName.count + 1))) }
            }
        }
        return tokens
    }

    /// Whether `host` (a Host header, with or without its port) names this machine or the configured host.
    static func isAllowed(host: String, configured: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = name.split(separator: "]", maxSplits: 1).first.map { String($0) + "]" } ?? name
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        let bare = name.hasPrefix("[") ? String(name.dropFirst().dropLast()) : name
        return ExplorerConfiguration.isLoopback(bare) || bare == configured.lowercased()
    }

    /// Compares two secrets in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Headers every answer carries: no sniffing, no framing, no referrer, no caching, and a
    /// content security policy under which only the page's own script runs.
    static func secure(_ headers: inout HTTPFields) {
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.cacheControl] = "no-store"
        if headers[.contentSecurityPolicy] == nil {
            headers[.contentSecurityPolicy] = "default-src 'none'; frame-ancestors 'none'"
        }
    }

    /// A JSON answer `{"error": message}` with the status the failure calls for.
    static func failure(_ error: any Error) -> Response {
        let (status, message): (HTTPResponse.Status, String)
        switch error {
        case let problem as RequestProblem:
            (status, message) = (HTTPResponse.Status(code: problem.status), problem.message)
        case let error as HTTPError:
            (status, message) = (error.status, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            (status, message) = (
                error.status,
                error.status == .contentTooLarge ? "the request body is too large" : error.status.reasonPhrase
            )
        case let error as StoreError:
            switch error {
            case .noSuchClaim: (status, message) = (.notFound, error.errorDescription ?? "no such claim")
            case .invalidReview: (status, message) = (.badRequest, error.errorDescription ?? "invalid review")
            case .databaseBusy: (status, message) = (.serviceUnavailable, error.errorDescription ?? "busy")
            default: (status, message) = (.internalServerError, error.errorDescription ?? "database error")
            }
        case let error as ModelError:
            (status, message) = (.badRequest, error.errorDescription ?? "\(error)")
        case let error as LocalizedError:
            (status, message) = (.internalServerError, error.errorDescription ?? "\(error)")
        default:
            (status, message) = (.internalServerError, "\(error)")
        }
        return ExplorerRoutes.json(ExplorerJSON.Problem(error: message), status: status)
    }
}
