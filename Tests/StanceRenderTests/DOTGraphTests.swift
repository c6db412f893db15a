import Testing

@testable import StanceRender

@Suite struct DOTGraphTests {
    @Test func writesADigraphNeverStrict() {
        var graph = DOTGraph(name: "g", attributes: DOTAttributes(["rankdir": "LR"]))
        graph.statement("node", DOTAttributes(["shape": "box"]))
        graph.node("n0", DOTAttributes(["label": "A"]))
        graph.node("n1", DOTAttributes())
        graph.edge("n0", "n1", DOTAttributes(["color": "red"]))
        #expect(
            graph.text == """
                digraph "g" {
                  graph [rankdir="LR"]
                  node [shape="box"]
                  "n0" [label="A"]
                  "n1"
                  "n0" -> "n1" [color="red"]
                }

                """)
        #expect(!graph.text.contains("strict"))
    }

    @Test func nestsSubgraphs() {
        var graph = DOTGraph(name: "g", attributes: DOTAttributes())
        graph.subgraph("cluster_legend", DOTAttributes(["label": "Key"])) { inner in
            inner.node("legend_x", DOTAttributes())
        }
        #expect(
            graph.text == """
                digraph "g" {
                  subgraph "cluster_legend" {
                    graph [label="Key"]
                    "legend_x"
                  }
                }

                """)
    }

    @Test func quotesEveryID() {
        var graph = DOTGraph(name: "graph", attributes: DOTAttributes())
        graph.edge("node", "1st \"x\"", DOTAttributes())
        #expect(graph.text.contains(#""node" -> "1st \"x\"""#))
        #expect(graph.text.hasPrefix(#"digraph "graph" {"#))
    }
}
