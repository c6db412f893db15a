import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import StanceStore

/// `stancegraph serve`: the explorer's web server over one database.
///
/// Loads the graph once (and again after each review), answers the page and its API, and stores
/// review decisions. See ``ExplorerRoutes`` for the routes and ``ExplorerGuard`` for what every
/// request must satisfy.
public struct ExplorerServer: Sendable {
    public let configuration: ExplorerConfiguration
    let data: ExplorerData
    /// The token the page carries and every POST must send back (`X-CSRF-Token`); new at each start.
    let csrfToken: String

    /// Opens the database (which must exist) and loads its graph.
    public init(configuration: ExplorerConfiguration) throws {
        try configuration.validate()
        self.configuration = configuration
        let database = try StanceDatabase(
            path: configuration.databasePath, options: StanceDatabase.Options(mustExist: true))
        data = try ExplorerData(database: database)
        csrfToken = Self.randomToken()
    }

    /// 32 random bytes as hex, from the system's secure generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Serves until SIGINT or SIGTERM; `onStarted` gets the port listened on.
    public func run(onStarted: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: [application(onStarted: onStarted)], gracefulShutdownSignals: [.sigterm, .sigint],
                logger: Self.logger))
        try await group.run()
    }

    /// Starts serving in the background (for tests): returns once the port is bound.
    public func start() async throws -> RunningExplorer {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let group = ServiceGroup(
            configuration: .init(services: [application { continuation.yield($0) }], logger: Self.logger))
        let task = Task { try await group.run() }
        for await port in ports { return RunningExplorer(port: port, group: group, task: task) }
        try await task.value
        throw ServerError.cannotBind(host: configuration.host, port: configuration.port, reason: "the server stopped")
    }

    static var logger: Logger {
        var logger = Logger(label: "stancegraph.serve")
        logger.logLevel = .warning
        return logger
    }

    func application(onStarted: @escaping @Sendable (Int) -> Void) -> some ApplicationProtocol {
        let router = ExplorerRoutes(server: self).router()
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in onStarted(channel.localAddress?.port ?? 0) },
            logger: Self.logger)
    }
}

/// A server started with ``ExplorerServer/start()``: its port, and a way to stop it.
public struct RunningExplorer: Sendable {
    public let port: Int
    let group: ServiceGroup
    let task: Task<Void, any Error>

    /// Stops accepting connections, finishes the requests under way, and waits until it has.
    public func stop() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }
}
