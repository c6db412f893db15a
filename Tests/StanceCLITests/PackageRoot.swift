import Foundation

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
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs the built `stancegraph` with `arguments` in `directory`.
func runStanceGraph(
    _ arguments: [String], in directory: URL = PackageRoot.url, environment extra: [String: String] = [:]
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = PackageRoot.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if !extra.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 } }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Drain stderr on another thread: a child that fills one pipe while we wait on the other would hang.
    let errorOutput = PipeDrain(err)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = errorOutput.wait()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Reads a pipe to its end on a background thread.
final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ pipe: Pipe) {
        Thread.detachNewThread { [self] in
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once the writer closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
