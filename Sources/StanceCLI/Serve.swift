import ArgumentParser
import Foundation
import StanceServer

extension StanceGraphCommand {
    /// `stancegraph serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--token SECRET]`.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Browse the graph in a web page: a time slider, the evidence of each edge, and a review queue.",
            discussion: """
                Serves http://HOST:PORT/ until interrupted (Ctrl-C). The page draws the snapshot at the \
                slider's date (or the shift between two dates) with the filters of `render`; a click on \
                an edge lists the claims behind it, a click on an actor its stances over time. Review \
                decisions (accept, reject, correct) are stored in the database and used by every \
                command. Bound to 127.0.0.1 unless --host says otherwise; beyond loopback, --token is \
                required (open /?token=SECRET once in the browser).
                """)

        @OptionGroup var database: DatabaseOption

        @Option(help: "The address to listen on (127.0.0.1: this machine only).")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port).")
        var port: Int = 8080

        @Option(
            help: ArgumentHelp(
                "A secret every request must carry (at least 16 characters); required with a --host other than loopback. Default: $STANCEGRAPH_TOKEN, which other users cannot read in `ps` as they can this option.",
                valueName: "secret"))
        var token: String?

        @Option(help: ArgumentHelp("Who reviews are recorded as when the page names nobody (default: $USER).", valueName: "name"))
        var reviewer: String?

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port).") }
        }

        /// Runs the server on the concurrency pool and waits here until it stops (the root command is synchronous).
        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let configuration = ExplorerConfiguration(
                host: host, port: port, databasePath: database.db,
                accessToken: token ?? environment["STANCEGRAPH_TOKEN"].flatMap { $0.isEmpty ? nil : $0 },
                defaultReviewer: reviewer ?? environment["USER"] ?? "analyst")
            let server = try ExplorerServer(configuration: configuration)
            let shown = host.contains(":") ? "[\(host)]" : host
            let path = database.db
            let outcome = Outcome()
            let stopped = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await server.run { port in
                        // Unbuffered, so that a script waiting for the line sees it at once.
                        FileHandle.standardOutput.write(Data("Serving \(path) at http://\(shown):\(port)/ (Ctrl-C stops).\n".utf8))
                    }
                } catch {
                    outcome.set(error)
                }
                stopped.signal()
            }
            stopped.wait()
            if let error = outcome.error { throw CLIError(error.localizedDescription) }
        }
    }
}

/// The error a background task ended with, read once it has signalled.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
