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
func runStanceGraph(_ arguments: [String], in directory: URL = PackageRoot.url) throws -> ProcessResult {
    let process = Process()
    process.executableURL = PackageRoot.executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}
