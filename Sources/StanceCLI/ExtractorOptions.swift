import ArgumentParser
import Foundation
import StanceExtraction
import StanceLLM
import StanceStore

/// `--extractor rules|llm|both` and the model server's options, shared by `extract`, `build`,
/// `ingest` and `eval`. The API key is read from `STANCEGRAPH_LLM_API_KEY`, never from a flag.
struct ExtractorOptions: ParsableArguments {
    @Option(
        name: .customLong("extractor"),
        help: ArgumentHelp(
            "Who reads the articles: rules (offline, the default), llm (a model server, every claim verified), or both (merged).",
            valueName: "rules|llm|both"))
    var kind: ExtractorKind = .rules

    @Option(
        name: .customLong("llm-url"),
        help: ArgumentHelp(
            "Base URL of an OpenAI-compatible API (e.g. http://127.0.0.1:11434/v1 for Ollama). Key: env STANCEGRAPH_LLM_API_KEY.",
            valueName: "url"))
    var url: String?

    @Option(name: .customLong("llm-model"), help: ArgumentHelp("The model's name on that server.", valueName: "name"))
    var model: String?

    @Option(name: .customLong("llm-timeout"), help: ArgumentHelp("Seconds to wait for one answer.", valueName: "seconds"))
    var timeout: Double = 120

    @Option(name: .customLong("llm-requests"), help: ArgumentHelp("Requests of one article in flight at once.", valueName: "n"))
    var requests: Int = 2

    @Option(
        name: .customLong("llm-cache"),
        help: ArgumentHelp(
            "A database file to keep the model's answers in, so that reading an article again sends no request (ingest and build keep them in their --db).",
            valueName: "file"))
    var cachePath: String?

    @Flag(
        help: "Say why each model claim was dropped and list each conflict between rules and model (eval: list every miss and false alarm too).")
    var verbose = false

    func validate() throws {
        guard kind != .rules else { return }
        if url == nil { throw ValidationError("--extractor \(kind.rawValue) needs --llm-url, the model server's base URL.") }
        if model == nil { throw ValidationError("--extractor \(kind.rawValue) needs --llm-model, the model's name on the server.") }
        if !(timeout > 0) { throw ValidationError("--llm-timeout must be positive.") }
        if requests < 1 { throw ValidationError("--llm-requests must be at least 1.") }
    }

    /// Whether the model is used (`llm` or `both`).
    var usesModel: Bool { kind != .rules }

    /// The extractor these options choose, reading with `lexicon`; the model's answers are kept in
    /// `cache`, else in the `--llm-cache` database if given.
    func extractor(lexicon: Lexicon, cache: (any ResponseCache)? = nil) throws -> ChosenExtractor {
        let rules = Extractor(lexicon: lexicon)
        guard kind != .rules, let url, let model else {
            return ChosenExtractor(kind: .rules, rules: rules, model: nil, verbose: verbose)
        }
        let configuration = try LLMConfiguration(
            baseURL: url, model: model, apiKey: LLMConfiguration.apiKey(), timeout: timeout, concurrentRequests: requests)
        let llm = LLMExtractor(
            client: ChatClient(configuration: configuration), lexicon: lexicon, cache: try cache ?? fileCache())
        return ChosenExtractor(kind: kind, rules: rules, model: llm, verbose: verbose)
    }

    /// The `--llm-cache` database, opened (created if missing), answers written at once.
    func fileCache() throws -> DatabaseResponseCache? {
        guard let cachePath else { return nil }
        return DatabaseResponseCache(database: try StanceDatabase(path: cachePath), deferred: false)
    }
}
