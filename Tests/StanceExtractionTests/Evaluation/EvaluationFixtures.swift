import StanceModel

/// Claims between fictional actors for the evaluation tests.
enum EvaluationFixtures {
    static func claim(
        _ source: String, _ target: String, _ stance: Stance, topic: String? = nil,
        from: String? = nil, until: String? = nil, quote: String = "q"
    ) -> StanceClaim {
        StanceClaim(
            source: ActorID(source), target: ActorID(target), topic: topic.map { TopicID($0) }, stance: stance,
            validTime: TimeSpan(from: from.flatMap(TimePoint.init), until: until.flatMap(TimePoint.init)) ?? .always,
            evidence: [Evidence(documentID: "doc", quote: quote, method: .manual, confidence: 1)])
    }
}
