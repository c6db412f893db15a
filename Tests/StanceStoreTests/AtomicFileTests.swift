import Foundation
import StanceStore
import StanceTestSupport
import Testing

@Suite("AtomicFile")
struct AtomicFileTests {
    @Test func writesAndCreatesTheFolder() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = folder.file("deep/er/graph.json")
        try AtomicFile.write(Data("one".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("one".utf8))
        try AtomicFile.write(Data("two".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("deep/er").path) == ["graph.json"])
    }

    @Test func aFileInTheWayOfTheFolderIsAClearError() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        try folder.write("I am a file", to: "blocker")
        let url = folder.file("blocker/graph.json")
        do {
            try AtomicFile.write(Data("x".utf8), to: url)
            Issue.record("wrote below a file")
        } catch {
            #expect(
                error.errorDescription == "\(url.path): cannot write: \(folder.file("blocker").path) is not a folder")
        }
        let nested = folder.file("blocker/sub/graph.json")
        do {
            try AtomicFile.write(Data("x".utf8), to: nested)
            Issue.record("wrote below a file")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.hasPrefix("\(nested.path): cannot write: cannot create its folder: "), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    @Test func aFolderInTheWayOfTheFileIsAClearError() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = folder.file("graph.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try folder.write("x", to: "graph.json/keep")
        do {
            try AtomicFile.write(Data("x".utf8), to: url)
            Issue.record("replaced a folder")
        } catch {
            #expect(error.errorDescription?.hasPrefix("\(url.path): cannot write: ") == true, "\(error)")
        }
    }

    @Test(.enabled(if: getuid() != 0, "permissions do not stop the superuser"))
    func aReadOnlyFolderIsAClearError() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.url.path)
            folder.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
        let url = folder.file("graph.json")
        do {
            try AtomicFile.write(Data("x".utf8), to: url)
            Issue.record("wrote into a read-only folder")
        } catch {
            #expect(error.errorDescription?.hasPrefix("\(url.path): cannot write: ") == true, "\(error)")
        }
    }
}
