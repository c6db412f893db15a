import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("extract and eval")
struct ExtractionCommandTests {
    static let seedText = PackageRoot.seeds.appendingPathComponent("iraqi-factions-rethink-us-troop-presence.txt")

    @Test("extract writes an annotation file that loads like a hand-coded one")
    func extractWritesLoadableAnnotations() throws {
        let temp = try TemporaryDirectory("extract")
        defer { temp.remove() }
        let result = try runStanceGraph(["extract", Self.seedText.path, "-o", temp.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try AnnotationFile.load(
            from: temp.file("iraqi-factions-rethink-us-troop-presence.stances.yaml"))
        #expect(file.article.published == TimePoint("2025-01-31"))
        #expect(file.article.title == "Iraqi Factions Rethink U.S. Troop Presence After Assad Falls")
        #expect(file.claims.count >= 10)
        for claim in file.claims {
            let evidence = try #require(claim.evidence.first)
            #expect(evidence.method.rawValue.hasPrefix("rules@"))
            #expect(evidence.confidence > 0 && evidence.confidence <= 1)
            let range = try #require(evidence.characterRange)
            let scalars = Array(file.text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[range])) == evidence.quote)
        }
        let ids = Set(file.actors.map(\.id))
        #expect(file.claims.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })

        let again = try runStanceGraph(["extract", Self.seedText.path, "-o", temp.url.path])
        #expect(again.status != 0, "an existing file is kept without --force")
        #expect(again.stderr.contains("--force"))
        #expect(try runStanceGraph(["extract", Self.seedText.path, "-o", temp.url.path, "--force"]).status == 0)
    }

    @Test("extract prints one article's YAML to standard output")
    func extractToStandardOutput() throws {
        let result = try runStanceGraph(["extract", Self.seedText.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("format: 1\n"))
        #expect(result.stdout.contains("method: \"rules@") || result.stdout.contains("method: rules@"))
    }

    @Test("bad articles fail with one line naming the file; --published dates a text without a dateline")
    func extractFailures() throws {
        let temp = try TemporaryDirectory("extract-bad")
        defer { temp.remove() }
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]).write(to: temp.file("binary.txt"))
        try Data().write(to: temp.file("empty.txt"))
        try Data([0x41, 0x20, 0xC3, 0x28, 0x42]).write(to: temp.file("latin.txt"))
        try Data("Zan and Kel signed a treaty.\n".utf8).write(to: temp.file("undated.txt"))
        try FileManager.default.createDirectory(at: temp.file("no-texts"), withIntermediateDirectories: true)
        for name in ["binary.txt", "empty.txt", "latin.txt", "undated.txt", "no-texts", "missing.txt"] {
            let result = try runStanceGraph(["extract", temp.file(name).path])
            #expect(result.status != 0, "\(name) should fail")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(name): \(result.stderr)")
            #expect(lines.first?.hasPrefix("error: ") == true)
            #expect(lines.first?.contains(name) == true, "the message names the file: \(result.stderr)")
        }
        let dated = try runStanceGraph(["extract", temp.file("undated.txt").path, "--published", "2024-05-01"])
        #expect(dated.status == 0, "\(dated.stderr)")
        #expect(dated.stdout.contains("published: 2024-05-01"))
    }

    @Test("eval on the seed reaches F1 0.8 on (holder, target, polarity)")
    func evalOnTheSeed() throws {
        let result = try runStanceGraph(["eval", "--gold", "seeds", "--min-f1", "0.8"])
        #expect(result.status == 0, "\(result.stderr)")
        let overall = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("overall (1)") })
        let f1 = try #require(overall.split(separator: " ", omittingEmptySubsequences: true).dropFirst(8).first)
        #expect(Double(f1).map { $0 >= 0.8 } == true, "\(overall)")
    }

    @Test("eval scores a fictional article against its gold with a user lexicon")
    func evalOnAFictionalArticle() throws {
        let temp = try TemporaryDirectory("eval")
        defer { temp.remove() }
        let text = """
            Zandor Daily
            3 March 2024

            Zandor condemns Kelvia over border raid

            Zandor condemned Kelvia on Tuesday after a raid on a border post. The Orla Front said it supports Zandor.
            """
        try Data(text.utf8).write(to: temp.file("raid.txt"))
        let lexicon = """
            format: 1
            actors:
              - {id: zandor, name: Zandor, kind: state, demonyms: [Zandorian]}
              - {id: kelvia, name: Kelvia, kind: state, demonyms: [Kelvian]}
              - {id: orla-front, name: Orla Front, kind: armed-group}
            """
        try Data(lexicon.utf8).write(to: temp.file("lexicon.yaml"))
        let gold = """
            format: 1
            article: {id: raid, text: raid.txt, published: 2024-03-03}
            actors:
              - {id: zan, name: Zandor, kind: state}
              - {id: kelvia, name: Kelvia, kind: state}
              - {id: orla, name: The Front, kind: armed-group, aliases: [Orla Front]}
              - {id: ghost, name: Ghost Brigade, kind: armed-group}
            claims:
              - {source: zan, target: kelvia, stance: opposes, quote: "Zandor condemned Kelvia on Tuesday after a raid on a border post."}
              - {source: orla, target: zan, stance: supports, quote: "The Orla Front said it supports Zandor."}
              - {source: ghost, target: kelvia, stance: hostile, quote: "a raid on a border post"}
            """
        try Data(gold.utf8).write(to: temp.file("raid.stances.yaml"))
        let result = try runStanceGraph(["eval", "--gold", temp.url.path, "--lexicon", temp.file("lexicon.yaml").path])
        #expect(result.status == 0, "\(result.stderr)")
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("raid ") })
        let cells = row.split(separator: " ", omittingEmptySubsequences: true)
        #expect(cells[1] == "3", "three gold dyads: \(row)")
        #expect(cells[3] == "2", "the two stated in plain words are found: \(row)")
        #expect(result.stdout.contains("→ kelvia  hostile"), "the raid by an unknown brigade is listed as a miss")
        let strict = try runStanceGraph([
            "eval", "--gold", temp.url.path, "--lexicon", temp.file("lexicon.yaml").path, "--min-f1", "0.95",
        ])
        #expect(strict.status != 0)
        #expect(strict.stderr.hasPrefix("error: overall F1"))
    }
}
