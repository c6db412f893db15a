import Foundation
import StanceExtraction
import StanceModel

/// Stances read by a language model, every one verified against the article before it is kept.
///
/// Per article: the sentences (``Segmenter``) in chunks of whole paragraphs; per chunk with a
/// sentence that names two actors of different sides, one request giving the numbered sentences and the actors the lexicon finds
/// in them (and the article's own aliases); the answer parsed tolerantly and each proposed claim
/// checked by ``ClaimVerifier``. Chunks go a few at a time (`concurrentRequests`). A chunk whose
/// request fails after its retries fails the whole article, so nothing half-read is returned.
public struct LLMExtractor: Sendable {
    public let client: ChatClient
    public let lexicon: Lexicon
    /// Answers kept from earlier reads: a request found there is not sent.
    public let cache: (any ResponseCache)?
    /// The confidence of a verified claim: fixed, not calibrated.
    ///
    /// The rules' confidences are their keys' precision on the development sets; a model's would
    /// have to be measured per model (a 7B model and a 135M one differ far more than two rules).
    /// The only model that runs here, SmolLM2-135M, measured 0.39 on `corpus/dev` (README):
    /// calibrating the shared key `model` on it would put every model's claims under the default
    /// minimum (0.4). 0.6 keeps them; `eval --by-rule` shows a model's precision under `model`.
    public static let confidence = 0.6

    public init(client: ChatClient, lexicon: Lexicon, cache: (any ResponseCache)? = nil) {
        self.client = client
        self.lexicon = lexicon
        self.cache = cache
    }

    /// `llm:MODEL@PROMPT_VERSION`, the method every claim records.
    public var method: ExtractionMethod {
        ExtractionMethod(rawValue: "llm:\(client.configuration.model)@\(Prompt.version)")
    }

    /// The verified claims of `article`. `aliases` are names the article uses for actors the
    /// lexicon lacks (the rule extractor's candidate actors), offered to the model and accepted
    /// as naming them.
    public func extract(_ article: Article, aliases: [CandidateActor] = []) throws(LLMError) -> LLMExtraction {
        let text = article.text
        let sentences = Segmenter.sentences(in: text, body: article.body)
        let aliasNames = Dictionary(aliases.map { ($0.id, [$0.name]) }, uniquingKeysWith: +)
        let verifier = ClaimVerifier(article: article, sentences: sentences, lexicon: lexicon, aliases: aliasNames)
        let chunks = ArticleChunk.chunks(of: sentences, in: text, limit: client.configuration.chunkCharacters)
        let requests: [(chunk: ArticleChunk, user: String, schema: [String: any Sendable])] = chunks.compactMap { chunk in
            let actors = self.actors(in: chunk, sentences: sentences, text: text, aliases: aliases)
            let choices = self.choices(in: chunk, sentences: sentences, text: text, aliases: aliases, verifier: verifier)
            // No sentence names two actors of different sides: no claim could pass verification.
            guard !choices.isEmpty else { return nil }
            let numbered = chunk.numbers.map { (number: $0, text: String(text[sentences[$0 - 1].range])) }
            return (chunk, Prompt.user(actors: actors, sentences: numbered), Prompt.schema(choices: choices))
        }
        let answers = try answer(requests.map { ($0.user, $0.schema) }, articleText: text)
        var rejections: [Rejection] = []
        var kept: [ClaimVerifier.Verified] = []
        var seen: Set<String> = []
        var proposed = 0
        for (request, answer) in zip(requests, answers.map(\.answer)) {
            proposed += answer.claims.count + answer.malformed
            rejections += Array(repeating: Rejection(claim: nil, reason: .malformed), count: answer.malformed)
            let allowed = Set(request.chunk.numbers)
            for claim in answer.claims {
                switch verifier.verify(claim, allowed: allowed) {
                case .rejected(let reason):
                    rejections.append(Rejection(claim: claim, reason: reason))
                case .kept(let verified):
                    let identity = "\(verified.source)|\(verified.target)|\(verified.stance.score)|\(verified.sentence)"
                    guard seen.insert(identity).inserted else {
                        rejections.append(Rejection(claim: claim, reason: .duplicate))
                        continue
                    }
                    kept.append(verified)
                }
            }
        }
        kept.sort { $0.sentence < $1.sentence }
        let result = assemble(article: article, sentences: sentences, verified: kept, aliases: aliases)
        return LLMExtraction(
            result: result, rejections: rejections, proposed: proposed, requests: requests.count,
            cached: answers.filter(\.cached).count)
    }

    /// What the model may claim in the chunk: for each sentence and each actor it names, the
    /// actors it names of another side, and the sentence's time phrases.
    func choices(
        in chunk: ArticleChunk, sentences: [Sentence], text: String, aliases: [CandidateActor], verifier: ClaimVerifier
    ) -> [Prompt.Choice] {
        chunk.numbers.flatMap { number -> [Prompt.Choice] in
            let ids = actors(in: ArticleChunk(numbers: [number]), sentences: sentences, text: text, aliases: aliases).map(\.id)
            var times: [String] = []
            for mention in verifier.resolver.mentions(in: text, range: sentences[number - 1].range)
            where !times.contains(mention.phrase) {
                times.append(mention.phrase)
            }
            return ids.compactMap { source in
                let targets = ids.filter { !lexicon.actors.sameSide(source, $0) }
                return targets.isEmpty ? nil : Prompt.Choice(sentence: number, source: source, targets: targets, times: times)
            }
        }
    }

    /// The actors the lexicon finds in the chunk's sentences and the aliases that occur in it,
    /// in order of first mention, each once.
    func actors(in chunk: ArticleChunk, sentences: [Sentence], text: String, aliases: [CandidateActor])
        -> [(id: ActorID, name: String)]
    {
        var result: [(id: ActorID, name: String)] = []
        var seen: Set<ActorID> = []
        for number in chunk.numbers {
            let range = sentences[number - 1].range
            for mention in lexicon.actors.mentions(in: text, range: range) where seen.insert(mention.actor).inserted {
                result.append((mention.actor, lexicon.actors.actor(id: mention.actor)?.name ?? String(text[mention.range])))
            }
            for alias in aliases where !seen.contains(alias.id) {
                if ClaimVerifier.containsWord(alias.name, in: text[range]) {
                    seen.insert(alias.id)
                    result.append((alias.id, alias.name))
                }
            }
        }
        return result
    }

    /// The parsed answer to each user message, from the cache or asked for, requests running
    /// `concurrentRequests` at a time; answers asked for are stored in the cache.
    /// - Throws: the first request's error, in order, when any request fails.
    func answer(_ requests: [(user: String, schema: [String: any Sendable])], articleText: String) throws(LLMError)
        -> [(answer: Answer, cached: Bool)]
    {
        let results = Results<Result<(answer: Answer, cached: Bool), LLMError>>(count: requests.count)
        let gate = DispatchSemaphore(value: client.configuration.concurrentRequests)
        let system = Prompt.system
        let model = client.configuration.model
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            let (user, schema) = requests[index]
            let key = ResponseKey(articleText: articleText, model: model, promptVersion: Prompt.version, request: user)
            if let content = cache?.answer(for: key), case .success(let parsed) = ProposedClaim.parse(content) {
                results.set(index, .success((parsed, true)))
                return
            }
            gate.wait()
            defer { gate.signal() }
            do throws(LLMError) {
                let (parsed, content) = try client.complete(system: system, user: user, schema: schema) { content in
                    ProposedClaim.parse(content).map { ($0, content) }
                }
                cache?.store(content, for: key)
                results.set(index, .success((parsed, false)))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var answers: [(answer: Answer, cached: Bool)] = []
        for result in results.values {
            switch result {
            case .success(let answer): answers.append(answer)
            case .failure(let error): throw error
            case nil: throw .invalidAnswer(url: client.endpointName, attempts: 0, reason: "a request was not made")
            }
        }
        return answers
    }

    /// The claims of one answer and how many of its entries were malformed.
    typealias Answer = (claims: [ProposedClaim], malformed: Int)
}

/// Results written by concurrent workers, one slot each.
final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value?] { lock.withLock { slots } }
}
