import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("ingest plan")
struct IngestPlanTests {
    @Test("folders give annotations and unannotated texts, recursively, sorted, each article once")
    func folders() throws {
        let temp = try TemporaryDirectory("plan")
        defer { temp.remove() }
        try temp.write("a", to: "in/b.txt")
        try temp.write("a", to: "in/b.stances.yaml")
        try temp.write("a", to: "in/a.txt")
        try temp.write("a", to: "in/sub/c.txt")
        try temp.write("a", to: "in/.hidden.txt")
        try temp.write("a", to: "in/notes.md")
        let folder = temp.file("in").path
        let plan = try IngestPlan(paths: [folder, temp.file("in/b.txt").path, temp.file("in/a.txt").path])
        let kinds = plan.items.map { item -> String in
            switch item {
            case .text: "text"
            case .annotation: "annotation"
            }
        }
        #expect(kinds == ["text", "annotation", "text"])
        #expect(plan.items.map(\.path) == ["\(folder)/a.txt", "\(folder)/b.stances.yaml", "\(folder)/sub/c.txt"])
        #expect(plan.items.map { $0.url.lastPathComponent } == ["a.txt", "b.stances.yaml", "c.txt"])
    }

    @Test("a text with an annotation beside it stands for the annotation; missing paths and JSON are errors")
    func files() throws {
        let temp = try TemporaryDirectory("plan")
        defer { temp.remove() }
        try temp.write("a", to: "b.txt")
        try temp.write("a", to: "b.stances.yaml")
        #expect(IngestPlan.item(for: temp.file("b.txt")) == .annotation(temp.file("b.stances.yaml")))
        #expect(IngestPlan.item(for: temp.file("c.txt")) == .text(temp.file("c.txt")))
        #expect(IngestPlan.item(for: temp.file("g.json")) == nil)
        #expect(throws: (any Error).self) { _ = try IngestPlan(paths: [temp.file("missing").path]) }
        try temp.write("", to: "empty/x.md")
        #expect(throws: (any Error).self) { _ = try IngestPlan(paths: [temp.file("empty").path]) }
    }

    @Test("without annotations, every text of a folder is extracted and annotation files are skipped")
    func planWithoutAnnotations() throws {
        let temp = try TemporaryDirectory("plan")
        defer { temp.remove() }
        try temp.write("text", to: "a.txt")
        try temp.write("format: 1", to: "a.stances.yaml")
        try temp.write("text", to: "b.txt")
        let annotated = try IngestPlan(paths: [temp.url.path])
        #expect(annotated.items.map(\.url.lastPathComponent) == ["a.stances.yaml", "b.txt"])
        let extracted = try IngestPlan(paths: [temp.url.path], useAnnotations: false)
        #expect(extracted.items.map(\.url.lastPathComponent) == ["a.txt", "b.txt"])
        #expect(extracted.hasTexts)
    }
}
