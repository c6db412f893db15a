import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("build")
struct BuildTests {
    @Test("the committed graphs/ is what the current code produces from seeds/")
    func committedGraphsAreCurrent() throws {
        let temp = try TemporaryDirectory("build")
        defer { temp.remove() }
        var command = try StanceGraphCommand.Build.parse([PackageRoot.seeds.path, "--out", temp.url.path])
        try command.run()

        let fresh = try textFiles(in: temp.url)
        let committed = try textFiles(in: PackageRoot.graphs)
        #expect(!fresh.isEmpty)
        #expect(Set(fresh.keys) == Set(committed.keys), "run `make demo` and commit graphs/")
        for (name, text) in fresh.sorted(by: { $0.key < $1.key }) {
            #expect(committed[name] == text, "graphs/\(name) is stale: run `make demo` and commit graphs/")
        }
    }

    @Test("build --use-annotations draws the hand-coded shift across the fall of Assad, the Framework flipping")
    func buildWritesShifts() throws {
        let temp = try TemporaryDirectory("build")
        defer { temp.remove() }
        var command = try StanceGraphCommand.Build.parse([
            PackageRoot.seeds.path, "--out", temp.url.path, "--use-annotations",
        ])
        try command.run()
        for name in ["fall-of-assad-before", "fall-of-assad-after", "fall-of-assad-shift", "latest"] {
            for ext in ["dot", "svg", "png"] {
                let url = temp.file("\(name).\(ext)")
                #expect(FileManager.default.fileExists(atPath: url.path), "missing \(name).\(ext)")
            }
        }
        let dot = try String(contentsOf: temp.file("fall-of-assad-shift.dot"), encoding: .utf8)
        #expect(dot.contains("opposes → supports"))
        let png = try Data(contentsOf: temp.file("fall-of-assad-shift.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    }

    @Test("build replaces diagrams of events that are gone and leaves other files alone")
    func buildRemovesStaleDiagrams() throws {
        let temp = try TemporaryDirectory("build")
        defer { temp.remove() }
        try temp.write("old", to: "gone-event-shift.svg")
        try temp.write("mine", to: "notes-before.txt")
        var command = try StanceGraphCommand.Build.parse([PackageRoot.seeds.path, "--out", temp.url.path])
        try command.run()
        #expect(!FileManager.default.fileExists(atPath: temp.file("gone-event-shift.svg").path))
        #expect(FileManager.default.fileExists(atPath: temp.file("notes-before.txt").path))
    }

    @Test("the build plan brackets each event by the day before it and the day before the next")
    func buildPlanWindows() throws {
        let graph = Fixtures.graph([
            Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2023-10-07"),
            Fixtures.claim("green-front", "borduria", topic: "bases", .supports, from: "2024-12-08"),
        ])
        let plan = BuildPlan(graph: graph)
        #expect(plan.latest == Fixtures.date("2025-01-31"))
        #expect(plan.windows.map(\.event.id) == ["coup"])
        #expect(plan.windows.first?.before == Fixtures.date("2024-12-07"))
        #expect(plan.windows.first?.after == Fixtures.date("2025-01-31"))
    }

    /// The .dot and .json files of a folder by name.
    private func textFiles(in folder: URL) throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".dot") || name.hasSuffix(".json") {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }
}
