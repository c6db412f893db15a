import Foundation
import StanceTestSupport
import Testing

/// Runs `python3 -c SCRIPT ARGUMENTS...` for the tests that read exports back with networkx.
enum PythonNetworkX {
    /// Whether `python3` runs and imports networkx 3.4 or later (`node_link_graph(edges=...)`).
    static let isAvailable: Bool = {
        guard let result = try? run("import networkx, sys; v = tuple(int(p) for p in networkx.__version__.split('.')[:2]); sys.exit(0 if v >= (3, 4) else 1)", [])
        else { return false }
        return result.status == 0
    }()

    static let skipReason: Comment =
        "python3 with networkx ≥ 3.4 is not installed (scripts/install-deps.sh installs it with pip when it can)"

    /// The exit status, standard output and standard error of the script.
    static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script] + arguments)
        return (result.status, result.stdout, result.stderr)
    }
}
