import Graphviz
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

/// The layout chosen by size, the refusal of graphs too big to draw, and the big-graph look.
@Suite struct DiagramLayoutTests {
    @Test func choosesDotForSmallAndSfdpForLargeGraphs() throws {
        #expect(try DiagramLayout.choose(actors: 14, stances: 13, engine: nil) == .standard)
        let byActors = try DiagramLayout.choose(actors: DiagramLayout.largeActors + 1, stances: 10, engine: nil)
        #expect(byActors == DiagramLayout(engine: .sfdp, isLarge: true))
        let byStances = try DiagramLayout.choose(actors: 50, stances: DiagramLayout.largeStances + 1, engine: nil)
        #expect(byStances.engine == .sfdp)
        let clustered = try DiagramLayout.choose(actors: 500, stances: 2_000, engine: nil, clustered: true)
        #expect(clustered == DiagramLayout(engine: .fdp, isLarge: true), "sfdp ignores clusters")
        #expect(try DiagramLayout.choose(actors: 14, stances: 13, engine: nil, clustered: true) == .standard)
    }

    @Test func keepsAGivenEngine() throws {
        #expect(try DiagramLayout.choose(actors: 100, stances: 400, engine: .dot) == .standard)
        #expect(try DiagramLayout.choose(actors: 500, stances: 2_000, engine: .neato) == DiagramLayout(engine: .neato, isLarge: true))
        #expect(try DiagramLayout.choose(actors: 5, stances: 2, engine: .neato) == DiagramLayout(engine: .neato, isLarge: false))
    }

    @Test func refusesGraphsTooBigToDrawSuggestingTopOrFocus() throws {
        for (actors, stances) in [(DiagramLayout.maximumActors + 1, 10), (10, DiagramLayout.maximumStances + 1)] {
            #expect(throws: RenderError.tooLarge(actors: actors, stances: stances, engine: .sfdp)) {
                try DiagramLayout.choose(actors: actors, stances: stances, engine: nil)
            }
        }
        #expect(throws: RenderError.tooLarge(actors: 500, stances: 2_000, engine: .dot)) {
            try DiagramLayout.choose(actors: 500, stances: 2_000, engine: .dot)
        }
        #expect(try DiagramLayout.choose(actors: 500, stances: 2_000, engine: .sfdp).isLarge)
        let message = RenderError.tooLarge(actors: 9_000, stances: 40_000, engine: .sfdp).errorDescription ?? ""
        #expect(message.contains("9000 actors and 40000 stances are too many to draw with sfdp"))
        #expect(message.contains("--top") && message.contains("--focus"))
    }

    @Test func drawsABigGraphWithoutEdgeLabelsAndWithOverlapRemoval() throws {
        let graph = SyntheticGraph.news(actors: 200, claims: 1_200)
        let snapshot = graph.snapshot(at: Fixtures.date("2025-01-01"))
        let layout = try DiagramLayout.choose(actors: snapshot.actors.count, stances: snapshot.entries.count, engine: nil)
        #expect(layout.isLarge)
        let dot = DOTWriter.snapshot(snapshot, options: DiagramOptions(layout: layout, note: "top 200 of 201 actors"))
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == snapshot.entries.count)
        #expect(edges.allSatisfy { !$0.contains(" label=") && $0.contains("tooltip=") })
        #expect(dot.contains(#"overlap="prism""#))
        #expect(dot.contains("Stances on 2025-01-01 (top 200 of 201 actors)"))
        #expect(edges.contains { $0.contains(" claims in force from ") }, "the news graph has parallel claims")
    }

    @Test func theNewsGraphIsSeededAndBig() {
        let a = SyntheticGraph.news(actors: 100, claims: 600)
        let b = SyntheticGraph.news(actors: 100, claims: 600)
        #expect(a.claims.count == 600)
        #expect(DOTWriter.snapshot(a.snapshot(at: Fixtures.date("2025-01-01"))) == DOTWriter.snapshot(b.snapshot(at: Fixtures.date("2025-01-01"))))
        #expect(a.snapshot(at: Fixtures.date("2025-01-01")).entries.count > 300)
    }
}
