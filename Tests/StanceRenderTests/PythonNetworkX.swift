import Foundation
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = ReadInBackground(err)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errorText = errData.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errorText, as: UTF8.self))
    }
}

/// Reads a pipe to its end on another thread, so that a child filling it never blocks.
final class ReadInBackground: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ pipe: Pipe) {
        Thread.detachNewThread { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
