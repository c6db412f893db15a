import StanceExtraction
import StanceModel

extension LLMExtractor {
    /// The verified claims as an extraction result: evidence quoting the article's sentences, the
    /// actors named (with their memberships), the topics the model named.
    func assemble(
        article: Article, sentences: [Sentence], verified: [ClaimVerifier.Verified], aliases: [CandidateActor]
    ) -> ExtractionResult {
        let text = article.text
        var claims: [StanceClaim] = []
        var keys: [RuleKey] = []
        var topics: [TopicID: Topic] = [:]
        for claim in verified {
            let range = sentences[claim.sentence - 1].range
            let lower = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
            let upper = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
            let topic = claim.topic.flatMap(Self.topic(named:))
            if let topic { topics[topic.id] = topic }
            let evidence = Evidence(
                documentID: article.id, title: article.title, outlet: article.outlet, url: article.url,
                published: article.published, quote: String(text[range]), characterRange: lower..<upper,
                timePhrase: claim.time.phrase, method: method, confidence: Self.confidence)
            claims.append(
                StanceClaim(
                    source: claim.source, target: claim.target, topic: topic?.id, stance: claim.stance,
                    validTime: claim.time.span, evidence: [evidence]))
            keys.append(RuleKey(rule: .model, polarity: claim.stance.score > 0 ? "+" : (claim.stance.score < 0 ? "-" : "0")))
        }
        let used = Set(claims.flatMap { [$0.source, $0.target] })
        return ExtractionResult(
            article: article, actors: actors(used, aliases: aliases), topics: topics.values.sorted { $0.id < $1.id },
            claims: claims, candidates: aliases.filter { used.contains($0.id) }, keys: keys)
    }

    /// The actors named, with the actors they are members of, transitively, sorted by id.
    func actors(_ used: Set<ActorID>, aliases: [CandidateActor]) -> [StanceActor] {
        var result: [ActorID: StanceActor] = [:]
        var pending = Array(used)
        while let id = pending.popLast() {
            guard result[id] == nil else { continue }
            let actor =
                lexicon.actors.stanceActor(id: id)
                ?? StanceActor(id: id, name: aliases.first { $0.id == id }?.name ?? id.rawValue, kind: .organization)
            result[id] = actor
            pending += actor.memberships.map(\.parent)
        }
        return result.values.sorted { $0.id < $1.id }
    }

    /// A topic from the model's short phrase: its slug as id, the phrase as label; none for an
    /// empty or long phrase (more than 60 characters is a sentence, not a topic).
    static func topic(named phrase: String) -> Topic? {
        guard phrase.count <= 60 else { return nil }
        let slug = phrase.lowercased().unicodeScalars.map { CharacterSetCheck.isAlphanumeric($0) ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        guard !slug.isEmpty else { return nil }
        return Topic(id: TopicID(slug), label: phrase)
    }
}

/// ASCII letters and digits: slugs stay plain.
enum CharacterSetCheck {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
