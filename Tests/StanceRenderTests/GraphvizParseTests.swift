import Graphviz
import StanceModel
import StanceRender
import StanceTestSupport
import Testing

/// DOT from the writer read back by libgraphviz: every node, edge and label intact.
@Suite struct GraphvizParseTests {
    @Test func readsBackEveryAdversarialName() throws {
        let snapshot = AdversarialFixtures.snapshot
        for dot in [DOTWriter.snapshot(snapshot), DOTWriter.shift(AdversarialFixtures.shift)] {
            let parsed = try GraphvizLibrary.parse(dot)
            #expect(parsed.isDirected)
            #expect(!parsed.isStrict)
            for (position, name) in AdversarialFixtures.names.enumerated() {
                let node = try #require(parsed.node(named: "n\(position)"))
                #expect(GraphvizText.label(node.attributes["label"] ?? "<missing>") == name.shown)
                let tooltip = GraphvizText.tooltip(node.attributes["tooltip"] ?? "")
                #expect(tooltip.hasPrefix(name.shown + " — "))
            }
        }
    }

    @Test func readsBackEveryEdgeWithItsTopicAndQuote() throws {
        let snapshot = AdversarialFixtures.snapshot
        let parsed = try GraphvizLibrary.parse(DOTWriter.snapshot(snapshot))
        #expect(parsed.edges.count == AdversarialFixtures.names.count - 1)
        let shownQuote = String(
            DOTEscapingExpectations.shownQuote(AdversarialFixtures.longQuote).prefix(200))
        for position in 0..<(AdversarialFixtures.names.count - 1) {
            let edge = try #require(parsed.edges(from: "n\(position)", to: "n\(position + 1)").first)
            let label = GraphvizText.label(edge.attributes["label"] ?? "")
            #expect(label.hasSuffix("\n" + #"Topic "quoted" \N <i>&</i>"#))
            let tooltip = GraphvizText.tooltip(edge.attributes["tooltip"] ?? "")
            #expect(tooltip.contains("“" + shownQuote))
            #expect(tooltip.contains("— " + AdversarialFixtures.names[position].shown))
            #expect((edge.attributes["tooltip"] ?? "").utf8.count < 16_384)
            #expect(edge.attributes["URL"] == "https://example.org/a%20b%22c%3Cd%3E&amp;e=%5Cf")
        }
    }

    @Test func readsTheFixturesWithTheirLegend() throws {
        for dot in [DOTWriter.snapshot(RenderFixtures.iraqAfter), DOTWriter.shift(RenderFixtures.iraqShift)] {
            let parsed = try GraphvizLibrary.parse(dot)
            let legend = try #require(parsed.subgraph(named: "cluster_legend"))
            #expect(legend.isCluster)
            #expect(legend.nodes == ["legend"])
            #expect(legend.attributes["label"] == "")
            #expect(parsed.node(named: "legend")?.attributes["label"]?.contains("<B>Key</B>") == true)
            #expect(parsed.nodes.filter { $0.name.hasPrefix("n") }.count == RenderFixtures.iraqActors.count)
        }
        let shift = RenderFixtures.iraqShift
        let parsed = try GraphvizLibrary.parse(DOTWriter.shift(shift))
        #expect(parsed.edges.filter { $0.tail.hasPrefix("n") }.count == shift.entries.count)
    }

    @Test func readsParallelEdgesAsSeparateEdges() throws {
        let claims = [
            Fixtures.claim("avalon", "borduria", topic: "bases", .supports, from: "2024"),
            Fixtures.claim("avalon", "borduria", topic: "trade", .opposes, from: "2024"),
            Fixtures.claim("avalon", "borduria", .neutral, from: "2024"),
        ]
        let snapshot = Fixtures.graph(claims).snapshot(at: Fixtures.date("2024-06-01"))
        let parsed = try GraphvizLibrary.parse(DOTWriter.snapshot(snapshot))
        #expect(parsed.edges(from: "n0", to: "n1").count == 3)
    }
}

/// The text Graphviz shows for a quote in a tooltip: control characters dropped, CR LF as LF.
enum DOTEscapingExpectations {
    static func shownQuote(_ quote: String) -> String {
        quote.replacingOccurrences(of: "\u{7}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    }
}
