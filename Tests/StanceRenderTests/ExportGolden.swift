import StanceModel
import StanceRender
import StanceTestSupport

/// The smallest graph every export golden test writes: two states, one dated membership, one
/// claim on a topic with a month-precision end.
enum ExportGolden {
    static var selection: ExportSelection {
        let actors = [
            StanceActor(id: "avalon", name: "Avalon", kind: .state, aliases: ["Avalonian"]),
            StanceActor(
                id: "borduria", name: "Borduria & Co", kind: .state,
                memberships: [Membership(parent: "avalon", span: Fixtures.span("2020", nil))]),
        ]
        let claim = StanceClaim(
            source: "avalon", target: "borduria", topic: "trade", stance: .supports,
            validTime: Fixtures.span("2024-02-10", "2025-03"),
            evidence: [Fixtures.evidence("Avalon backs the \"treaty\", officials said.")])
        do {
            let graph = try StanceGraph(actors: actors, topics: [Fixtures.topics[1]], claims: [claim])
            return ExportSelection(graph: graph)
        } catch {
            preconditionFailure("golden graph: \(error)")
        }
    }
}
