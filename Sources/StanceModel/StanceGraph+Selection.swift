extension StanceGraph {
    /// The part of the graph that `selection` keeps, looked at on `dates`.
    ///
    /// First the claim conditions (topic, kinds, outlet, confidence) leave claims out; then, on
    /// the stances in force on any of `dates` (every key when `dates` is empty), the keys backed by
    /// fewer than ``GraphSelection/minimumEvidence`` documents go, then the actors outside the
    /// focus's neighbourhood, then all but the ``GraphSelection/top`` actors by evidence-weighted
    /// degree (ties by id). A kept key keeps all its claims, so a snapshot of the result at one of
    /// `dates` shows the same stance for it as the graph does.
    /// - Throws: ``ModelError/noSuchActor(_:nearest:)`` or ``ModelError/noSuchTopic(_:nearest:)``
    ///   when the focus or topic is not in the graph.
    /// - Complexity: O(n log n) in the number of claims (the graph is rebuilt).
    public func selecting(_ selection: GraphSelection, at dates: [TimePoint]) throws(ModelError) -> SelectedGraph {
        if let focus = selection.focus, actors[focus] == nil {
            throw .noSuchActor(focus, nearest: NearestIDs.nearest(to: focus, among: actors.keys))
        }
        if let topic = selection.topic, topics[topic] == nil {
            throw .noSuchTopic(topic, nearest: NearestIDs.nearest(to: topic, among: topics.keys))
        }
        let admitted: [Int] = claims.indices.filter { position in
            let claim = claims[position]
            return selection.admits(
                claim, sourceKind: actors[claim.source]?.kind, targetKind: actors[claim.target]?.kind)
        }
        let filtered = try subgraph(positions: admitted)
        let view = filtered.view(at: dates)
        guard selection.selectsByView else {
            let named = view.actorsNamed(byKeys: Array(view.weight.keys))
            return SelectedGraph(
                graph: filtered, claimPositions: admitted, candidateActors: named, shownActors: named)
        }
        var weights = view.weight.filter { $0.value >= selection.minimumEvidence }
        var actorSet = Set(weights.keys.flatMap { [filtered.index.keySource[$0], filtered.index.keyTarget[$0]] })
        if let focus = selection.focus {
            let start = Int32(filtered.index.actorIDs.binarySearch(focus))
            actorSet = view.neighbourhood(of: start, depth: selection.depth, keys: weights.keys)
            weights = weights.filter {
                actorSet.contains(filtered.index.keySource[$0.key]) && actorSet.contains(filtered.index.keyTarget[$0.key])
            }
        }
        let candidates = actorSet.count
        if let top = selection.top, actorSet.count > top {
            var degree: [Int32: Int] = [:]
            for (k, weight) in weights {
                degree[filtered.index.keySource[k], default: 0] += weight
                degree[filtered.index.keyTarget[k], default: 0] += weight
            }
            let ranked = actorSet.sorted { (degree[$0, default: 0], $1) > (degree[$1, default: 0], $0) }
            actorSet = Set(ranked.prefix(max(0, top)))
            weights = weights.filter {
                actorSet.contains(filtered.index.keySource[$0.key]) && actorSet.contains(filtered.index.keyTarget[$0.key])
            }
        }
        var kept: [Int] = []
        for k in weights.keys.sorted() {
            for p in Int(filtered.index.keyStart[k])..<Int(filtered.index.keyStart[k + 1]) {
                kept.append(Int(filtered.index.order[p]))
            }
        }
        kept.sort()
        return SelectedGraph(
            graph: try filtered.subgraph(positions: kept), claimPositions: kept.map { admitted[$0] },
            candidateActors: candidates, shownActors: view.actorsNamed(byKeys: Array(weights.keys)))
    }

    /// The graph with only the claims at `positions` (ascending); actors, topics and events stay.
    func subgraph(positions: [Int]) throws(ModelError) -> StanceGraph {
        guard positions.count < claims.count else { return self }
        return try StanceGraph(
            actors: sortedActors, topics: sortedTopics, events: events,
            claimSequence: positions.lazy.map { self.claims[$0] })
    }

    /// The positions of the claims of key `k` in force on `day`, in position order.
    func positionsInForce(key k: Int, day: Int32) -> [Int32] {
        (Int(index.keyStart[k])..<Int(index.keyStart[k + 1])).compactMap { p in
            let c = index.order[p]
            return index.start[Int(c)] <= day && day < index.end[Int(c)] ? c : nil
        }.sorted()
    }

    /// How many distinct documents the evidence of the claims at `positions` comes from.
    func documentCount(ofClaimsAt positions: some Sequence<Int32>) -> Int {
        var documents = Set<String>()
        for c in positions {
            let record = storage.claims[Int(c)]
            for e in Int(record.evidenceStart)..<Int(record.evidenceEnd) {
                documents.insert(storage.documents[storage.evidence[e].document].id)
            }
        }
        return documents.count
    }

    /// The keys with a stance on any of `dates` (every key when there are none), each weighted by
    /// the documents behind it (the most on any one date).
    func view(at dates: [TimePoint]) -> KeyView {
        var weight: [Int: Int] = [:]
        for k in index.keys.indices {
            if dates.isEmpty {
                let all = (Int(index.keyStart[k])..<Int(index.keyStart[k + 1])).map { index.order[$0] }
                weight[k] = documentCount(ofClaimsAt: all)
                continue
            }
            for date in dates {
                let inForce = positionsInForce(key: k, day: ClaimIndex.clamp(date.firstDay))
                guard !inForce.isEmpty else { continue }
                weight[k] = max(weight[k, default: 0], documentCount(ofClaimsAt: inForce))
            }
        }
        return KeyView(index: index, weight: weight)
    }
}

/// Keys of a graph's index seen at some dates, with the documents behind each.
struct KeyView {
    let index: ClaimIndex
    /// Documents behind each key with a stance, by key position.
    let weight: [Int: Int]

    /// How many actors the keys name.
    func actorsNamed(byKeys keys: [Int]) -> Int {
        Set(keys.flatMap { [index.keySource[$0], index.keyTarget[$0]] }).count
    }

    /// The actors at most `depth` keys away from `start`, either direction, `start` included.
    func neighbourhood(of start: Int32, depth: Int, keys: some Collection<Int>) -> Set<Int32> {
        var neighbours: [Int32: [Int32]] = [:]
        for k in keys {
            let (s, t) = (index.keySource[k], index.keyTarget[k])
            neighbours[s, default: []].append(t)
            neighbours[t, default: []].append(s)
        }
        var reached: Set<Int32> = [start]
        var frontier = [start]
        for _ in 0..<max(0, depth) where !frontier.isEmpty {
            frontier = frontier.flatMap { neighbours[$0] ?? [] }.filter { reached.insert($0).inserted }
        }
        return reached
    }
}

extension Array where Element == ActorID {
    /// The position of `id` in this sorted array (-1 if absent).
    func binarySearch(_ id: ActorID) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == id ? low : -1
    }
}
