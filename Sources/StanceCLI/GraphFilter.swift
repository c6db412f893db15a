import ArgumentParser
import StanceModel
import StanceStore

/// The claim filters of `export` (`--topic` and the others are in ``ViewOptions``).
struct GraphFilter: ParsableArguments {
    @Option(help: "Only claims in force on this date, an open end closed where a later claim on the same key starts (YYYY-MM-DD, YYYY-MM or YYYY).")
    var at: TimePoint?

    @Option(help: "Only claims valid on or after this date (their valid span as coded reaches it; an open end always does).")
    var from: TimePoint?

    @Option(help: "Only claims valid on or before this date (their valid span starts by its last day).")
    var until: TimePoint?

    @Option(help: "Only claims held by or aimed at this actor id.")
    var actor: String?

    func validate() throws {
        if let from, let until, until.endDay <= from.firstDay {
            throw ValidationError("--until \(until) is before --from \(from).")
        }
    }

    /// Whether any filter is set.
    var isEmpty: Bool { at == nil && from == nil && until == nil && actor == nil }

    /// The positions of the claims of `graph` that pass every filter, ascending; nil when no filter is set.
    func positions(in graph: StanceGraph) throws -> [Int]? {
        if isEmpty { return nil }
        if let actor, graph.actors[ActorID(actor)] == nil {
            let known = graph.actors.keys.sorted().prefix(12).map(\.rawValue).joined(separator: ", ")
            throw CLIError("no actor '\(actor)' in the graph (known: \(known))")
        }
        let filter = ClaimFilter(
            actor: actor.map { ActorID($0) }, from: from, until: until)
        return graph.claims.indices.filter { position in
            if let at, !graph.isInForce(claimAt: position, at: at) { return false }
            return filter.matches(graph.claims[position])
        }
    }
}
