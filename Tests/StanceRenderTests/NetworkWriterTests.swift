import Foundation
import Graphviz
import StanceModel
import StanceRender
import StanceTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("network writers")
struct NetworkWriterTests {
    /// Avalon and Borduria both oppose the Red Brigade and disagree on the Northern League's trade
    /// topic; Green Front supports the Red Brigade.
    static var graph: StanceGraph {
        Fixtures.graph([
            Fixtures.claim("avalon", "red-brigade", .hostile, from: "2024-01"),
            Fixtures.claim("borduria", "red-brigade", .opposes, from: "2024-01"),
            Fixtures.claim("green-front", "red-brigade", .supports, from: "2024-01"),
            Fixtures.claim("avalon", "northern-league", topic: "trade", .supports, from: "2024-01"),
            Fixtures.claim("borduria", "northern-league", topic: "trade", .opposes, from: "2024-01"),
        ])
    }

    static var conflict: ActorNetwork { graph.network(.conflict, at: Fixtures.date("2024-06-01")) }

    @Test("the DOT is an undirected graph, an edge per pair labelled with its weight, names from the graph")
    func dot() {
        let dot = DOTWriter.network(Self.conflict, in: Self.graph)
        #expect(dot.hasPrefix("graph \"conflict\" {\n"))
        #expect(!dot.contains("->"))
        let edges = dot.split(separator: "\n").filter { $0.contains(" -- ") }
        #expect(edges.count == 3)
        #expect(edges[0].hasPrefix("  \"n0\" -- \"n1\" ["))
        #expect(edges.allSatisfy { $0.contains("label=\"1\"") && $0.contains("color=\"#c62828\"") })
        #expect(dot.contains("label=\"Green Front\""))
        #expect(dot.contains("Avalon — Borduria: disagree on 1\\n• Northern League on Trade treaty"))
        #expect(DOTWriter.network(Self.conflict, in: Self.graph) == dot, "deterministic")
        let empty = DOTWriter.network(Self.graph.network(.congruence, at: Fixtures.date("2023-01-01")), in: Self.graph)
        #expect(empty.contains("No pair of actors agree on 2023-01-01"))
    }

    @Test("pen width grows with the weight, from the lightest to the heaviest edge")
    func penWidth() throws {
        let network = ActorNetwork.edges(
            .congruence,
            of: [
                (ClaimKey(source: "avalon", target: "red-brigade"), .opposes),
                (ClaimKey(source: "borduria", target: "red-brigade"), .opposes),
                (ClaimKey(source: "avalon", target: "green-front"), .supports),
                (ClaimKey(source: "borduria", target: "green-front"), .supports),
                (ClaimKey(source: "northern-league", target: "green-front"), .supports),
            ], by: .target)
        #expect(network.map(\.weight) == [2, 1, 1])
        let dot = DOTWriter.network(
            ActorNetwork(kind: .congruence, object: .target, date: Fixtures.date("2024"), topic: nil, edges: network, holders: []),
            in: Self.graph)
        let edges = dot.split(separator: "\n").filter { $0.contains(" -- ") }
        #expect(edges.filter { $0.contains("label=\"2\"") }.allSatisfy { $0.contains("penwidth=\"7.00\"") })
        #expect(edges.filter { $0.contains("label=\"1\"") }.count == 2)
        #expect(edges.filter { $0.contains("label=\"1\"") }.allSatisfy { $0.contains("penwidth=\"1.20\"") })
    }

    @Test("the network renders to SVG naming every actor and carrying the weights")
    func svg() throws {
        let svg = String(decoding: try GraphvizLibrary.render(DOTWriter.network(Self.conflict, in: Self.graph), format: .svg, engine: .neato), as: UTF8.self)
        for name in ["Avalon", "Borduria", "Green Front", "Red Brigade"] { #expect(svg.contains(">\(name)</text>") == (name != "Red Brigade")) }
        #expect(svg.contains("Conflict network on 2024&#45;06&#45;01"))
    }

    @Test("GraphML: undirected, weighted, readable as XML; networkx reads the weights when it is installed")
    func graphML() throws {
        let text = NetworkGraphMLWriter.write(Self.conflict, in: Self.graph)
        #expect(text.contains("edgedefault=\"undirected\""))
        #expect(text.components(separatedBy: "<edge ").count - 1 == 3)
        #expect(text.contains("<data key=\"e_concepts\">northern-league [trade]</data>"))
        #expect(XMLParser(data: Data(text.utf8)).parse())
        guard PythonNetworkX.isAvailable else { return }
        let temp = try TemporaryDirectory("network")
        defer { temp.remove() }
        try temp.write(text, to: "n.graphml")
        let script = """
            import networkx as nx, sys
            g = nx.read_graphml(sys.argv[1])
            print(type(g).__name__, g.number_of_nodes(), sorted((a, b, d["weight"]) for a, b, d in g.edges(data=True)))
            """
        let run = try PythonNetworkX.run(script, [temp.file("n.graphml").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout
                == "Graph 3 [('avalon', 'borduria', 1.0), ('avalon', 'green-front', 1.0), ('borduria', 'green-front', 1.0)]\n")
    }
}
