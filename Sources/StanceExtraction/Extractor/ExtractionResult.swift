import StanceModel

/// What the extractor finds in one article.
public struct ExtractionResult: Sendable {
    public var article: Article
    /// Every actor a claim names (source, target, speaker actor), with the actors they are
    /// members of (transitively), sorted by id.
    public var actors: [StanceActor]
    public var topics: [Topic]
    /// Events the article refers to.
    public var events: [Event]
    /// The claims, in the order of the sentences that state them.
    public var claims: [StanceClaim]
    /// Names not in the lexicon that hold stances.
    public var candidates: [CandidateActor]
    /// The rule that read each claim, in the order of `claims`.
    public var keys: [RuleKey]

    public init(
        article: Article, actors: [StanceActor] = [], topics: [Topic] = [], events: [Event] = [],
        claims: [StanceClaim] = [], candidates: [CandidateActor] = [], keys: [RuleKey] = []
    ) {
        self.keys = keys
        self.article = article
        self.actors = actors
        self.topics = topics
        self.events = events
        self.claims = claims
        self.candidates = candidates
    }
}

/// A name that is not in the actor lexicon but holds a stance in an article ("the Popular Front").
public struct CandidateActor: Sendable, Hashable {
    /// The name as first written.
    public var name: String
    /// The id its claims use (a slug of the name).
    public var id: ActorID
    /// How many times the name occurs in the article.
    public var count: Int
    /// The first sentence it occurs in.
    public var firstSentence: Range<String.Index>

    public init(name: String, id: ActorID, count: Int, firstSentence: Range<String.Index>) {
        self.name = name
        self.id = id
        self.count = count
        self.firstSentence = firstSentence
    }
}
