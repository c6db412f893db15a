import StanceModel

/// What one model answer is filed under: the article, the model, the prompt's version and the
/// request itself (the user message: the chunk's numbered sentences and its actors).
///
/// The same article read with the same model and prompt asks the same questions, so its answers
/// can be reused; a changed text, model, prompt or lexicon (which changes the actors listed) asks
/// new ones. Hashing is left to the cache, which keeps what it likes of these.
public struct ResponseKey: Sendable, Hashable {
    /// The article's whole text.
    public var articleText: String
    public var model: String
    public var promptVersion: String
    /// The user message sent.
    public var request: String

    public init(articleText: String, model: String, promptVersion: String, request: String) {
        self.articleText = articleText
        self.model = model
        self.promptVersion = promptVersion
        self.request = request
    }
}

/// A store of model answers, so that reading an article again costs no request (ingest keeps
/// them in its database). Only answers that parsed are stored; a cached answer that no longer
/// parses is asked for again.
public protocol ResponseCache: Sendable {
    /// The answer's content stored under `key`, if any.
    func answer(for key: ResponseKey) -> String?
    /// Keeps `content`, the message content of the answer to `key`'s request.
    func store(_ content: String, for key: ResponseKey)
}
