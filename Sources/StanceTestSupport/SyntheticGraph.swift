import StanceModel

/// Seeded random stance graphs for benchmarks and scale tests.
public enum SyntheticGraph {
    /// A graph of `claimCount` claims among `actorCount` actors over 2000–2027 (starts in 2000–2025, closed spans up to 700 days long).
    ///
    /// Claims fall on about `claimCount / 10` dyads (ten claims a dyad on average, as in a corpus
    /// that follows the same relations over years), a third of them on one of 20 topics; most
    /// spans are open-ended (superseded by the next claim on the key), some closed. Each claim has
    /// one evidence record from one of `claimCount / 20` documents, sharing that document's strings.
    public static func make(claims claimCount: Int, actors actorCount: Int, seed: UInt64 = 42) -> StanceGraph {
        var random = SeededRandom(seed: seed)
        let kinds = ActorKind.allCases
        let actors = (0..<actorCount).map { i in
            StanceActor(id: ActorID("actor-\(i)"), name: "Actor \(i)", kind: kinds[i % kinds.count])
        }
        let topics = (0..<20).map { Topic(id: TopicID("topic-\($0)"), label: "Topic \($0)") }
        let documentCount = max(1, claimCount / 20)
        let documents = (0..<documentCount).map { d in
            Evidence(
                documentID: "doc-\(d)", title: "Report \(d)", outlet: "Outlet \(d % 50)",
                url: "https://example.org/\(d)",
                published: TimePoint(dayNumber: 10_957 + Int(random.next() % 9_500)),
                quote: "Actor A said something about actor B in report \(d).", method: .manual)
        }
        let dyadCount = max(1, claimCount / 10)
        let dyads = (0..<dyadCount).map { _ in
            let source = Int(random.next() % UInt64(actorCount))
            let target = (source + 1 + Int(random.next() % UInt64(max(1, actorCount - 1)))) % actorCount
            let topic = random.next() % 3 == 0 ? topics[Int(random.next() % 20)].id : nil
            return (actors[source].id, actors[target].id, topic)
        }
        let levels = StanceLevel.allCases
        // Claims are made one at a time as the graph takes them, so they never all exist as values.
        let claims = sequence(state: (random: random, made: 0)) { state -> StanceClaim? in
            guard state.made < claimCount else { return nil }
            state.made += 1
            let (source, target, topic) = dyads[Int(state.random.next() % UInt64(dyadCount))]
            let startDay = 10_957 + Int(state.random.next() % 9_500)  // 2000-01-01 plus up to 26 years
            let start = TimePoint(dayNumber: startDay)
            let end =
                state.random.next() % 5 == 0
                ? TimePoint(dayNumber: startDay + Int(state.random.next() % 700)) : nil
            var evidence = documents[Int(state.random.next() % UInt64(documentCount))]
            evidence.confidence = Double(state.random.next() % 100) / 100
            return StanceClaim(
                source: source, target: target, topic: topic,
                stance: Stance(levels[Int(state.random.next() % 5)]),
                validTime: TimeSpan(from: start, until: end) ?? .always, evidence: [evidence])
        }
        do {
            return try StanceGraph(actors: actors, topics: topics, claimSequence: claims)
        } catch {
            preconditionFailure("synthetic graph names only its own actors: \(error)")
        }
    }
}
