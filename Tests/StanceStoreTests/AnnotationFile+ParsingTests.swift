import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

/// A broken variant of the fixture file and what its error must say.
struct BrokenFile: Sendable, CustomTestStringConvertible {
    let label: String
    let old: String
    let new: String
    /// Text on the line the error must point at (in the broken file).
    let marker: String
    /// Fragments the message must contain.
    let expected: [String]

    var testDescription: String { label }

    init(_ label: String, _ old: String, _ new: String, at marker: String? = nil, says expected: String...) {
        self.label = label
        self.old = old
        self.new = new
        self.marker = marker ?? new.split(separator: "\n").first.map(String.init) ?? new
        self.expected = expected
    }

    static let all: [BrokenFile] = [
        BrokenFile(
            "unknown source", "- source: green-front", "- source: foo",
            says: "unknown actor 'foo' in claim source", "(known: avalon, borduria, green-front, red-brigade)"),
        BrokenFile(
            "unknown target", "target: borduria\n    topic", "target: nobody\n    topic",
            says: "unknown actor 'nobody' in claim target"),
        BrokenFile(
            "unknown speaker actor", "speaker_actor: green-front", "speaker_actor: ghost",
            says: "unknown actor 'ghost' in claim speaker_actor"),
        BrokenFile(
            "unknown parent", "- actor: avalon", "- actor: atlantis",
            says: "unknown actor 'atlantis' in members_of of actor 'green-front'"),
        BrokenFile(
            "unknown topic", "topic: bases", "topic: tariffs", says: "unknown topic 'tariffs' in claim (known: bases)"),
        BrokenFile(
            "month 13", "from: 2024-12-08", "from: 2024-13-01",
            says: "malformed date '2024-13-01' in 'from'", "YYYY-MM-DD"),
        BrokenFile(
            "day first", "from: 2024-12-08", "from: 31/01/2025", says: "malformed date '31/01/2025' in 'from'"),
        BrokenFile(
            "one-digit month", "from: 2024-12-08", "from: 2024-1-5", says: "malformed date '2024-1-5' in 'from'"),
        BrokenFile(
            "February 30", "until: 2025-09", "until: 2023-02-30", says: "impossible date '2023-02-30' in 'until'"),
        BrokenFile(
            "impossible event date", "date: 2024-12-08", "date: 2023-02-29",
            says: "impossible date '2023-02-29' in 'date'"),
        BrokenFile(
            "malformed publication", "published: 2025-01-31", "published: January 2025",
            says: "malformed date 'January 2025' in 'published'"),
        BrokenFile(
            "malformed membership date", "from: 2021", "from: 21", says: "malformed date '21' in 'from'"),
        BrokenFile(
            "span ends before it starts", "until: 2025-09", "until: 2024-01",
            says: "span ends before it starts", "'2024-01'", "'2024-12-08'"),
        BrokenFile(
            "membership span ends before it starts", "until: 2024-06", "until: 2020",
            says: "span ends before it starts", "'2020'", "'2021'"),
        BrokenFile("score above 1", "stance: 0.25", "stance: 1.5", says: "invalid stance '1.5'", "[-1, 1]"),
        BrokenFile(
            "score as a word", "stance: 0.25", "stance: strongly", says: "invalid stance 'strongly'",
            "hostile, opposes, neutral, supports, allied"),
        BrokenFile(
            "confidence above 1", "confidence: 0.9", "confidence: 1.2", says: "invalid confidence '1.2'", "[0, 1]"),
        BrokenFile("negative confidence", "confidence: 0.9", "confidence: -0.1", says: "invalid confidence '-0.1'"),
        BrokenFile("confidence as a word", "confidence: 0.9", "confidence: high", says: "invalid confidence 'high'"),
        BrokenFile(
            "malformed YAML", "kind: party", "kind: party: big", says: "malformed YAML:",
            "mapping values are not allowed"),
        BrokenFile(
            "duplicate key", "    name: Borduria\n", "    name: Borduria\n    name: Borduria Republic\n",
            at: "name: Borduria", says: "malformed YAML: duplicate key 'name'"),
        BrokenFile(
            "missing quote", "    quote: \"welcome the Green Front’s position\"\n", "", at: "- source: borduria",
            says: "missing required field 'quote' in claim"),
        BrokenFile(
            "missing article text", "  text: avalon-bases.txt\n", "", at: "id: avalon-bases",
            says: "missing required field 'text' in article"),
        BrokenFile(
            "empty actor name", "name: Red Brigade", "name: \"\"", says: "missing required field 'name' in actor"),
        BrokenFile(
            "missing stance", "    stance: hostile\n", "", at: "- source: avalon",
            says: "missing required field 'stance' in claim"),
        BrokenFile(
            "typo in a key", "- source: borduria", "- souce: borduria",
            says: "unknown key 'souce' in claim", "did you mean 'source'?", "allowed: source, target"),
        BrokenFile(
            "unknown top-level key", "topics:", "topix:",
            says: "unknown key 'topix' in file", "did you mean 'topics'?"),
        BrokenFile(
            "unknown actor kind", "kind: armed-group", "kind: militia", says: "unknown actor kind 'militia'",
            "armed-group"),
        BrokenFile(
            "duplicate actor", "- id: borduria\n    name: Borduria", "- name: Borduria\n    id: avalon",
            at: "    id: avalon", says: "duplicate actor id 'avalon'", "(first declared on line 11)"),
        BrokenFile(
            "duplicate topic", "events:", "  - {id: bases, label: Again}\nevents:",
            says: "duplicate topic id 'bases'", "(first declared on line 30)"),
        BrokenFile(
            "duplicate event", "\nclaims:", "\n  - {id: coup, name: Again, date: 2025}\nclaims:",
            at: "name: Again", says: "duplicate event id 'coup'"),
        BrokenFile(
            "newer format", "format: 1", "format: 2", says: "unsupported format version '2'", "reads format 1"),
        BrokenFile(
            "newer format with new keys", "format: 1\n", "format: 2\nsources: []\n",
            at: "format: 2", says: "unsupported format version '2'"),
        BrokenFile(
            "missing format", "format: 1\n", "", at: "article:", says: "missing required field 'format' in file"),
        BrokenFile("list expected", "aliases: [Bordurian]", "aliases: Bordurian", says: "'aliases' must be a list"),
        BrokenFile(
            "mapping expected", "  - id: red-brigade\n    name: Red Brigade\n    kind: armed-group\n",
            "  - red-brigade\n",
            says: "each item of 'actors' must be a mapping"),
        BrokenFile(
            "list expected, mapping found", "aliases: [Bordurian]", "aliases: {a: b}",
            says: "'aliases' must be a list"),
        BrokenFile(
            "value expected", "label: Bordurian bases in Avalon", "label: [a, b]",
            says: "'label' must be a single value"),
    ]
}

@Suite("AnnotationFile parsing")
struct AnnotationFileParsingTests {
    @Test(arguments: BrokenFile.all)
    func brokenFileNamesFileLineAndValue(_ broken: BrokenFile) throws {
        let yaml = StoreFixtures.replacing(broken.old, with: broken.new)
        let line = try #require(StoreFixtures.line(of: broken.marker.split(separator: "\n")[0].description, in: yaml))
        let (error, url) = try #require(try StoreFixtures.loadError(yaml))
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix("\(url.path):\(line): "), "\(message)")
        #expect(!message.contains("\n"))
        for fragment in broken.expected { #expect(message.contains(fragment), "\(message)") }
    }

    @Test func missingTextFileNamesTheResolvedPath() throws {
        let yaml = StoreFixtures.replacing("text: avalon-bases.txt", with: "text: ../texts/avalon.txt")
        let (error, url) = try #require(try StoreFixtures.loadError(yaml, text: nil))
        let resolved = url.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("texts/avalon.txt").standardizedFileURL.path
        let line = try #require(StoreFixtures.line(of: "text: ../texts", in: yaml))
        #expect(error.errorDescription == "\(url.path):\(line): article text file not found: \(resolved)")
    }

    @Test func quoteNotFoundShowsTheStartOfTheQuote() throws {
        let quote = "Avalon will never, under any circumstances whatsoever, accept the presence of any foreign bases"
        let yaml = StoreFixtures.replacing(
            "quote: \"welcome the Green Front’s position\"", with: "quote: \"\(quote)\"")
        let (error, url) = try #require(try StoreFixtures.loadError(yaml))
        let line = try #require(StoreFixtures.line(of: "Avalon will never", in: yaml))
        #expect(
            error.errorDescription
                == "\(url.path):\(line): quote not found in avalon-bases.txt: \"\(quote.prefix(60))…\"")
    }

    @Test func emptyFileLacksFormat() throws {
        let (error, _) = try #require(try StoreFixtures.loadError("# nothing yet\n"))
        #expect(error.errorDescription?.contains("missing required field 'format' in file") == true)
    }

    @Test func scalarsStayStrings() throws {
        let yaml = StoreFixtures.replacing("name: Red Brigade", with: "name: yes")
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(yaml, in: folder))
        #expect(file.actors[3].name == "yes")
        #expect(file.actors[0].aliases == ["Avalonian", "US", "no", "on"])
        #expect(file.events[0].aliases == ["coup in Avalon", "2024 coup"])
    }

    @Test func nullOptionalsAreAbsent() throws {
        let yaml = StoreFixtures.replacing("outlet: Fictional Times", with: "outlet: ~")
            .replacingOccurrences(of: "    topic: bases\n", with: "    topic:\n")
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let file = try AnnotationFile.load(from: StoreFixtures.write(yaml, in: folder))
        #expect(file.article.outlet == nil)
        #expect(file.claims[0].topic == nil)
    }

    @Test func notUTF8IsRefused() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = folder.file("bad.stances.yaml")
        try Data([0x66, 0x6F, 0xFF, 0xFE]).write(to: url)
        #expect(throws: StoreError.notUTF8(at: SourceLocation(file: url.path))) {
            try AnnotationFile.load(from: url)
        }
    }
}
