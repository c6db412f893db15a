import Foundation

/// Runs `body` with file descriptor 2 pointed at a temporary file and returns what was written.
///
/// Other tests run in parallel and may write to stderr meanwhile, so callers should look for
/// text only Graphviz would write rather than expect the capture to be empty. What was captured
/// is written back to the real stderr afterwards, so nothing is lost.
func capturingStandardError(_ body: () throws -> Void) throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("graphviz-stderr-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
        throw CocoaError(.fileWriteUnknown)
    }
    let handle = try FileHandle(forUpdating: url)
    defer {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
    fflush(nil)
    let saved = dup(2)
    guard saved >= 0, dup2(handle.fileDescriptor, 2) >= 0 else {
        throw CocoaError(.fileWriteUnknown)
    }
    let result = Result { try body() }
    fflush(nil)
    _ = dup2(saved, 2)
    close(saved)
    try handle.seek(toOffset: 0)
    let captured = try handle.readToEnd() ?? Data()
    FileHandle.standardError.write(captured)
    try result.get()
    return String(decoding: captured, as: UTF8.self)
}
