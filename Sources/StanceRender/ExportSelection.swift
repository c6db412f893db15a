import StanceModel

/// The part of a graph an export writes: some of its claims (by position) and the actors they name.
///
/// A claim keeps its position in the graph as its id in every format, so an edge of a filtered
/// export names the same claim as in the full one.
public struct ExportSelection: Sendable {
    public let graph: StanceGraph
    /// Positions of the selected claims in `graph.claims`, ascending.
    public let claimPositions: [Int]
    /// The actors written as nodes, by id: every actor of the graph when nothing was filtered out,
    /// else those the selected claims name as holder or target.
    public let actors: [StanceActor]

    /// A selection of the claims at `claimPositions` (nil: every claim and every actor).
    public init(graph: StanceGraph, claimPositions: [Int]? = nil) {
        self.graph = graph
        guard let positions = claimPositions else {
            self.claimPositions = Array(graph.claims.indices)
            actors = graph.sortedActors
            return
        }
        let kept = Set(positions).filter { graph.claims.indices.contains($0) }.sorted()
        self.claimPositions = kept
        var named = Set<ActorID>()
        for position in kept {
            let claim = graph.claims[position]
            named.insert(claim.source)
            named.insert(claim.target)
        }
        actors = graph.sortedActors.filter { named.contains($0.id) }
    }

    /// The selected claims with their positions, in position order.
    public var claims: [(position: Int, claim: StanceClaim)] {
        claimPositions.map { ($0, graph.claims[$0]) }
    }
}
