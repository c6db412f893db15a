import Foundation
import StanceStore
import StanceTestSupport
import Testing

/// `--extractor llm|both` on the commands: what they refuse, and a server that is down.
@Suite("--extractor")
struct ExtractorOptionsTests {
    static let seedText = PackageRoot.seeds.appendingPathComponent("iraqi-factions-rethink-us-troop-presence.txt")
    static let key = "sk-cli-SECRET-42"

    @Test("llm and both need a URL and a model")
    func needsURLAndModel() throws {
        let noURL = try runStanceGraph(["extract", Self.seedText.path, "--extractor", "llm", "--llm-model", "m"])
        #expect(noURL.status != 0)
        #expect(noURL.stderr.contains("--llm-url"))
        let noModel = try runStanceGraph(["extract", Self.seedText.path, "--extractor", "both", "--llm-url", "http://127.0.0.1:1/v1"])
        #expect(noModel.status != 0)
        #expect(noModel.stderr.contains("--llm-model"))
    }

    @Test("a server that is down gives one clear error per article, never the key")
    func serverDown() throws {
        let extract = try runStanceGraph(
            ["extract", Self.seedText.path, "--extractor", "llm", "--llm-url", "http://127.0.0.1:1/v1", "--llm-model", "m"],
            environment: ["STANCEGRAPH_LLM_API_KEY": Self.key])
        #expect(extract.status != 0)
        #expect(extract.stderr.contains("cannot reach the model server after 3 attempts"))
        #expect(!extract.stderr.contains(Self.key) && !extract.stdout.contains(Self.key))

        let temp = try TemporaryDirectory("extractor-down")
        defer { temp.remove() }
        let db = temp.file("s.sqlite").path
        // A copy without its hand-coded annotation beside it, so that ingest extracts it.
        let text = temp.file("article.txt")
        try FileManager.default.copyItem(at: Self.seedText, to: text)
        let ingest = try runStanceGraph(
            [
                "ingest", text.path, "--db", db, "--extractor", "both", "--llm-url", "http://127.0.0.1:1/v1",
                "--llm-model", "m", "--jobs", "1",
            ], environment: ["STANCEGRAPH_LLM_API_KEY": Self.key])
        #expect(ingest.status != 0)
        #expect(ingest.stderr.contains("cannot reach the model server"))
        #expect(!ingest.stderr.contains(Self.key) && !ingest.stdout.contains(Self.key))
        #expect(try StanceDatabase(path: db).counts().claims == 0, "nothing half-written is stored")
    }
}
