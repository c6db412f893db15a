import Foundation
import StanceTestSupport
import Testing

/// Starts the built `stancegraph` in the background, its output discarded.
func startStanceGraph(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = PackageRoot.executable
    process.arguments = arguments
    process.currentDirectoryURL = PackageRoot.url
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
}

/// Expects a failed run that explains itself in one `error:` line on stderr containing `words`.
func expectOneLineError(_ result: ProcessResult, containing words: String, _ what: String) {
    #expect(result.status != 0, "\(what) should fail")
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(what) should explain in one line: \(result.stderr)")
    #expect(lines.first?.hasPrefix("error: ") == true, "\(what): \(result.stderr)")
    #expect(result.stderr.contains(words), "\(what): \(result.stderr)")
}

/// A copy of seeds/ in a fresh temporary folder.
func copyOfSeeds(in temp: TemporaryDirectory) throws -> URL {
    let copy = temp.file("seeds")
    try FileManager.default.copyItem(at: PackageRoot.seeds, to: copy)
    return copy
}
