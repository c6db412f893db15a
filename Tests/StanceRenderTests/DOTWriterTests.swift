import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite struct DOTWriterTests {
    @Test func givesTheSameBytesWhateverOrderActorsAndClaimsComeIn() throws {
        let graph = RenderFixtures.iraqGraph
        var random = SeededRandom(seed: 7)
        for _ in 0..<5 {
            let shuffled = try StanceGraph(
                actors: RenderFixtures.iraqActors.shuffled(using: &random),
                topics: graph.sortedTopics.shuffled(using: &random), events: graph.events,
                claims: graph.claims.shuffled(using: &random))
            let at = Fixtures.date("2025-01-31")
            #expect(DOTWriter.snapshot(shuffled.snapshot(at: at)) == DOTWriter.snapshot(graph.snapshot(at: at)))
            #expect(
                DOTWriter.shift(shuffled.shift(around: RenderFixtures.fallOfAssad, until: at))
                    == DOTWriter.shift(RenderFixtures.iraqShift))
        }
    }

    @Test func linksOnlyWhenThereIsASource() {
        var linked = DOTAttributes()
        DOTWriter.annotate(&linked, tooltip: "a \\N", link: "https://e.org/")
        #expect(linked.rendered == #"[URL="https://e.org/", labeltooltip="a \\\\N", target="_blank", tooltip="a \\\\N"]"#)
        var bare = DOTAttributes()
        DOTWriter.annotate(&bare, tooltip: "t", link: nil)
        #expect(bare.rendered == #"[labeltooltip="t", tooltip="t"]"#)
    }

    @Test func startsWithTheSharedLook() {
        let graph = DOTWriter.makeGraph(name: "g", title: "T", nodes: NodeTable(actors: [], keys: []))
        let lines = graph.text.split(separator: "\n")
        #expect(lines[0] == #"digraph "g" {"#)
        #expect(lines[1].hasPrefix("  graph [") && lines[1].contains(#"rankdir="LR""#))
        #expect(lines[2].hasPrefix("  node ["))
        #expect(lines[3].hasPrefix("  edge ["))
    }
}
