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

    /// An article whose two sentences the fake server's "valid" answer is about.
    static let article = "Iran condemned Israel on Monday.\n\nLast year the United States signed a security agreement with Iraq.\n"

    @Test("ingest keeps the model's answers in its database: a second ingest sends no request")
    func ingestCachesAnswers() throws {
        let server = try #require(FakeChatServer.shared, "python3 must be able to start the fake server")
        let temp = try TemporaryDirectory("extractor-cache")
        defer { temp.remove() }
        try temp.write(Self.article, to: "articles/fixture.txt")
        let db = temp.file("s.sqlite").path
        let url = server.url("valid")
        let arguments = [
            "ingest", temp.file("articles").path, "--db", db, "--published", "2025-01-31", "--extractor", "llm",
            "--llm-url", url, "--llm-model", "fake",
        ]
        let first = try runStanceGraph(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("1 ingested, 0 unchanged, 0 replaced, 0 failed; 2 claims stored"), "\(first.stdout)")
        #expect(try server.requests(url) == 1)
        #expect(try StanceDatabase(path: db).storedResponseCount() == 1)

        let again = try runStanceGraph(arguments)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 ingested, 1 unchanged"), "\(again.stdout)")
        #expect(try server.requests(url) == 1, "the second ingest made no request")

        // Rules and model together ask the same question: answered from the database too.
        let both = try runStanceGraph(arguments.map { $0 == "llm" ? "both" : $0 })
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("1 replaced"), "\(both.stdout)")
        #expect(try server.requests(url) == 1)
    }

    @Test("--llm-cache keeps extract's answers in a database file: the same article again sends no request")
    func extractCachesAnswersInAFile() throws {
        let server = try #require(FakeChatServer.shared, "python3 must be able to start the fake server")
        let temp = try TemporaryDirectory("extractor-cache")
        defer { temp.remove() }
        try temp.write(Self.article, to: "fixture.txt")
        let url = server.url("valid")
        let arguments = [
            "extract", temp.file("fixture.txt").path, "--published", "2025-01-31", "--extractor", "llm", "--llm-url", url,
            "--llm-model", "fake", "--llm-cache", temp.file("cache.sqlite").path,
        ]
        let first = try runStanceGraph(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try runStanceGraph(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == first.stdout)
        #expect(first.stdout.contains("llm:fake@v1"))
        #expect(try server.requests(url) == 1)
    }
}
