import Foundation
import StanceTestSupport

/// Paths of the repository, found from this file's location.
enum PackageRoot {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var seeds: URL { url.appendingPathComponent("seeds") }
    static var graphs: URL { url.appendingPathComponent("graphs") }

    /// The built `stancegraph` executable, beside the test bundle.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("stancegraph")
    }
}

/// The result of running the executable.
typealias ProcessResult = ChildProcessResult

/// Runs the built `stancegraph` with `arguments` in `directory`.
func runStanceGraph(
    _ arguments: [String], in directory: URL = PackageRoot.url, environment extra: [String: String] = [:]
) throws -> ProcessResult {
    try ChildProcess.run(PackageRoot.executable, arguments, in: directory, environment: extra)
}
