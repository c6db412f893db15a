import Foundation

/// How the explorer is served: where it listens, which database it shows, who may use it.
public struct ExplorerConfiguration: Sendable {
    /// The address to bind: 127.0.0.1 unless told otherwise.
    public var host: String
    /// The port; 0 picks a free one (``ExplorerServer/run(onStarted:)`` reports it).
    public var port: Int
    /// The StanceGraph database (SQLite) shown and reviewed.
    public var databasePath: String
    /// When set, every request must carry it (`Authorization: Bearer TOKEN`, or the cookie that
    /// `/?token=TOKEN` sets). Required beyond loopback.
    public var accessToken: String?
    /// Who a review is recorded as when the page names nobody.
    public var defaultReviewer: String
    /// The largest request body accepted, in bytes.
    public var maximumBodySize: Int

    public static let minimumTokenLength = 16

    public init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String, accessToken: String? = nil,
        defaultReviewer: String = "analyst", maximumBodySize: Int = 16_384
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.accessToken = accessToken
        self.defaultReviewer = defaultReviewer
        self.maximumBodySize = maximumBodySize
    }

    /// Whether `host` only accepts connections from this machine.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" || bare == "::1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Refuses a bad port, a short token, and a non-loopback host without a token.
    public func validate() throws(ServerError) {
        guard (0...65_535).contains(port) else { throw .invalidPort(port) }
        if let accessToken {
            guard accessToken.count >= Self.minimumTokenLength else { throw .weakToken(length: accessToken.count) }
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/=")
            guard accessToken.allSatisfy(allowed.contains) else { throw .invalidToken }
        }
        if !Self.isLoopback(host), accessToken == nil { throw .tokenRequired(host: host) }
    }
}
