import Testing

@testable import StanceStore

@Suite("YAMLNode")
struct YAMLNodeTests {
    private let reader = YAMLReader(file: "notes.yaml")

    @Test func scalarsAreNeverResolved() throws {
        let root = try #require(try reader.compose("a: 2024-12-08\nb: no\nc: 0.50\nd: '~'\n"))
        let fields = try reader.fields(of: root, name: "the file", in: "file", allowed: ["a", "b", "c", "d"])
        #expect(try fields.string("a") == "2024-12-08")
        #expect(try fields.string("b") == "no")
        #expect(try fields.string("c") == "0.50")
        #expect(try fields.optionalString("d") == "~")
    }

    @Test func plainNullsAreAbsent() throws {
        let root = try #require(try reader.compose("a:\nb: ~\nc: null\n"))
        let fields = try reader.fields(of: root, name: "the file", in: "file", allowed: ["a", "b", "c"])
        #expect(fields.node("a") == nil && fields.node("b") == nil && fields.node("c") == nil)
        #expect(try fields.list("a").isEmpty)
        #expect(throws: StoreError.missingField("b", in: "file", at: SourceLocation(file: "notes.yaml", line: 2))) {
            try fields.string("b")
        }
    }

    @Test func emptyDocumentHasNoRoot() throws {
        #expect(try reader.compose("") == nil)
        #expect(try reader.compose("# only a comment\n") == nil)
    }

    @Test func aliasesResolveToTheirAnchor() throws {
        let root = try #require(try reader.compose("a: &x Avalon\nb: *x\n"))
        let fields = try reader.fields(of: root, name: "the file", in: "file", allowed: ["a", "b"])
        #expect(try fields.string("b") == "Avalon")
    }

    @Test func syntaxErrorsCarryTheirLine() {
        #expect(throws: StoreError.self) { try reader.compose("a: 1\nb: [2\n") }
        do {
            _ = try reader.compose("a: 1\nb: c: d\n")
        } catch {
            #expect(error.errorDescription?.hasPrefix("notes.yaml:2: malformed YAML: mapping values") == true)
        }
    }

    @Test func suggestsTheNearestKey() {
        #expect(YAMLReader.closest(to: "souce", in: ["source", "target"]) == "source")
        #expect(YAMLReader.closest(to: "speaker-actor", in: ["speaker", "speaker_actor"]) == "speaker_actor")
        #expect(YAMLReader.closest(to: "xyz", in: ["source", "target"]) == nil)
        #expect(YAMLReader.editDistance("", "abc") == 3)
        #expect(YAMLReader.editDistance("kitten", "sitting") == 3)
    }
}
