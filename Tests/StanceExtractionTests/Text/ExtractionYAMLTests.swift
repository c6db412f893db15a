import Testing

@testable import StanceExtraction

@Suite struct ExtractionYAMLTests {
    let reader = ExtractionYAML(file: "t.yaml")

    @Test func scalarsStayStrings() throws {
        let root = try #require(try reader.compose("date: 2024-12-08\nflag: no\nempty: ~\n"))
        let fields = try reader.mapping(root, what: "the file", allowed: ["date", "flag", "empty"])
        #expect(try fields["date"].map { node throws(ExtractionError) in try reader.string(node, name: "date") } == "2024-12-08")
        #expect(try fields["flag"].map { node throws(ExtractionError) in try reader.string(node, name: "flag") } == "no")
        #expect(fields["empty"] == nil)
        #expect(try reader.compose("") == nil)
    }

    @Test func errorsCarryTheLine() throws {
        #expect(throws: ExtractionError.self) { try reader.compose("a: [\n") }
        let root = try #require(try reader.compose("a: 1\nb:\n  - x\n  - [y]\n"))
        do {
            _ = try reader.mapping(root, what: "the file", allowed: ["a"])
            Issue.record("unknown key accepted")
        } catch {
            #expect(error == .invalidLexicon(file: "t.yaml", line: 2, message: "unknown key 'b' in the file (allowed: a)"))
        }
        let fields = try reader.mapping(root, what: "the file", allowed: ["a", "b"])
        #expect(throws: ExtractionError.invalidLexicon(file: "t.yaml", line: 4, message: "'b' must be a single value")) {
            try reader.strings(fields["b"], name: "b")
        }
        #expect(try reader.strings(fields["a"], name: "a") == ["1"])
        #expect(throws: ExtractionError.invalidLexicon(file: "t.yaml", line: 1, message: "missing required field 'id' in actor")) {
            try reader.required(fields, "id", in: "actor", at: root)
        }
    }
}
