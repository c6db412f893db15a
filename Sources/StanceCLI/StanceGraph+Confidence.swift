import StanceModel

extension StanceGraph {
    /// The graph without its claims whose confidence (the highest of their evidence) is below
    /// `minimum`; actors, topics and events stay.
    ///
    /// - Complexity: O(n log n) in the number of claims (the graph is rebuilt), O(1) for a minimum of 0.
    func keeping(minimumConfidence minimum: Double) throws -> StanceGraph {
        guard minimum > 0 else { return self }
        return try StanceGraph(
            actors: sortedActors, topics: sortedTopics, events: events,
            claimSequence: claims.lazy.filter { $0.confidence >= minimum })
    }
}
