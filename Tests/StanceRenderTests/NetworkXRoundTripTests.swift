import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

/// Each export read back with networkx (`python3 -c`): counts, keys, spells and attributes
/// compared with the graph they were written from.
@Suite("exports read back with networkx", .enabled(if: PythonNetworkX.isAvailable, PythonNetworkX.skipReason))
struct NetworkXRoundTripTests {
    /// Reads every format from the folder given as argv[1] and prints, per format, the nodes and
    /// the edges as plain JSON lists.
    static let script = #"""
        import csv, json, sys, os
        import networkx as nx
        d = sys.argv[1]
        def edges(g, spells=False):
            out = []
            for u, v, k, a in g.edges(keys=True, data=True):
                e = {"key": str(k), "source": u, "target": v}
                for name in ("score", "level", "topic", "from", "until", "document", "quote", "method",
                             "confidence", "evidence", "speaker_actor", "url"):
                    if name in a: e[name] = a[name]
                if spells: e["spells"] = [[s, t] for s, t in a.get("spells", [])]
                out.append(e)
            return sorted(out, key=lambda e: int(e["key"]))
        def nodes(g):
            return sorted([{"id": n, "kind": a.get("kind"), "name": a.get("name"), "member_of": a.get("member_of")}
                           for n, a in g.nodes(data=True)], key=lambda n: n["id"])
        result = {}
        g = nx.read_gexf(os.path.join(d, "g.gexf"))
        result["gexf"] = {"type": type(g).__name__, "nodes": nodes(g), "edges": edges(g, spells=True),
            "membership": {n: [[str(v), s, t] for v, s, t in a.get("member of avalon", [])] for n, a in g.nodes(data=True)}}
        g = nx.read_graphml(os.path.join(d, "g.graphml"))
        result["graphml"] = {"type": type(g).__name__, "nodes": nodes(g), "edges": edges(g)}
        with open(os.path.join(d, "g.json"), encoding="utf-8") as f:
            g = nx.node_link_graph(json.load(f), edges="edges")
        result["node-link"] = {"type": type(g).__name__, "nodes": nodes(g), "edges": edges(g),
            "membership": {n: a["member_of"] for n, a in g.nodes(data=True)}, "events": g.graph.get("events")}
        with open(os.path.join(d, "g.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        with open(os.path.join(d, "g.actors.csv"), newline="", encoding="utf-8") as f:
            actors = list(csv.DictReader(f))
        result["csv"] = {"rows": rows, "actors": actors}
        print(json.dumps(result))
        """#

    struct Edge: Decodable, Equatable {
        var key: String
        var source: String
        var target: String
        var score: Double?
        var level: String?
        var topic: String?
        var from: String?
        var until: String?
        var document: String?
        var quote: String?
        var method: String?
        var confidence: Double?
        var evidence: Int?
        var speaker_actor: String?
        var url: String?
        var spells: [[String]]?
    }

    struct Node: Decodable, Equatable {
        var id: String
        var kind: String?
        var name: String?
    }

    struct Format: Decodable {
        var type: String
        var nodes: [Node]
        var edges: [Edge]
    }

    struct Result: Decodable {
        var gexf: Format
        var graphml: Format
        var nodeLink: Format
        var csv: [String: [[String: String]]]
        var gexfMembership: [String: [[String]]]
        var nodeLinkMembership: [String: [[String: String]]]

        enum Keys: String, CodingKey { case gexf, graphml, nodeLink = "node-link", csv }
        enum Extra: String, CodingKey { case membership }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            gexf = try c.decode(Format.self, forKey: .gexf)
            graphml = try c.decode(Format.self, forKey: .graphml)
            nodeLink = try c.decode(Format.self, forKey: .nodeLink)
            csv = try c.decode([String: [[String: String]]].self, forKey: .csv)
            gexfMembership = try c.nestedContainer(keyedBy: Extra.self, forKey: .gexf)
                .decode([String: [[String]]].self, forKey: .membership)
            nodeLinkMembership = try c.nestedContainer(keyedBy: Extra.self, forKey: .nodeLink)
                .decode([String: [[String: String]]].self, forKey: .membership)
        }
    }

    /// The edges the graph should read back as: one per claim, keyed by position, described by its first evidence.
    static func expectedEdges(_ graph: StanceGraph, spells: Bool) -> [Edge] {
        graph.claims.enumerated().map { position, claim in
            let first = claim.evidence.first
            let (start, end) = (claim.validTime.start?.start.description, claim.validTime.end?.last.description)
            return Edge(
                key: String(position), source: claim.source.rawValue, target: claim.target.rawValue,
                score: claim.stance.score, level: claim.stance.level.rawValue, topic: claim.topic?.rawValue,
                from: claim.validTime.start?.description, until: claim.validTime.end?.description,
                document: first?.documentID, quote: first?.quote, method: first?.method.rawValue,
                confidence: claim.confidence, evidence: claim.evidence.count,
                speaker_actor: first?.speakerActor?.rawValue, url: first?.url,
                spells: spells ? (start == nil && end == nil ? [] : [[start ?? "None", end ?? "None"]]) : nil)
        }
    }

    @Test("GEXF, GraphML, node-link and CSV read back with every claim, spell and attribute")
    func roundTrip() throws {
        let temp = try TemporaryDirectory("networkx")
        defer { temp.remove() }
        let selection = ExportFixtures.selection
        let graph = selection.graph
        try temp.write(GEXFWriter.write(selection), to: "g.gexf")
        try temp.write(GraphMLWriter.write(selection), to: "g.graphml")
        try temp.write(NodeLinkWriter.write(selection), to: "g.json")
        try CSVExport.statements(selection).write(to: temp.file("g.csv"))
        try CSVExport.actors(selection).write(to: temp.file("g.actors.csv"))

        let run = try PythonNetworkX.run(Self.script, [temp.url.path])
        try #require(run.status == 0, "python3 failed: \(run.stderr)")
        let result = try JSONDecoder().decode(Result.self, from: Data(run.stdout.utf8))

        let nodes = graph.sortedActors.map { Node(id: $0.id.rawValue, kind: $0.kind.rawValue, name: $0.name) }
        for (name, format) in [("gexf", result.gexf), ("graphml", result.graphml), ("node-link", result.nodeLink)] {
            #expect(format.type == "MultiDiGraph", "\(name)")
            #expect(format.nodes == nodes, "\(name)")
            #expect(format.edges == Self.expectedEdges(graph, spells: name == "gexf"), "\(name)")
        }
        // Parallel edges: both Green Front claims toward Borduria survive.
        #expect(result.gexf.edges.filter { $0.source == "green-front" && $0.target == "borduria" }.count == 2)
        // Memberships with their spans.
        #expect(result.gexfMembership["umma-party"] == [["True", "2019-01-01", "2023-06-30"]])
        #expect(result.gexfMembership["green-front"] == [["True", "None", "None"]])
        #expect(result.nodeLinkMembership["umma-party"] == [["parent": "avalon", "from": "2019", "until": "2023-06"]])

        // CSV: a row per claim and evidence record, quotes intact.
        let rows = try #require(result.csv["rows"])
        #expect(rows.count == graph.claims.reduce(0) { $0 + max(1, $1.evidence.count) })
        #expect(rows.map { $0["claim"] } == ["0", "1", "2", "3", "4", "4"])
        #expect(rows[0]["quote"] == "He said, \"No bases\" & <never>.")
        #expect(rows[1]["quote"] == "Line one,\nline two.")
        #expect(rows[2]["from"] == "2024" && rows[2]["until"] == "2025-03")
        #expect(rows[5]["speaker"] == "a spokesman, Mr. Q" && rows[5]["method"] == "rules@0.1")
        #expect(rows[5]["published"] == "2021-05-02" && rows[5]["outlet"] == "Avalon Daily")
        #expect(Set(rows[0].keys) == Set(CSVExport.statementColumns))
        let actors = try #require(result.csv["actors"])
        #expect(actors.map { $0["id"] } == graph.sortedActors.map(\.id.rawValue))
        #expect(actors.first { $0["id"] == "umma-party" }?["aliases"] == "Umma; the \"Umma\" party")
        #expect(actors.first { $0["id"] == "umma-party" }?["member_of"] == "avalon (2019 – 2023-06)")
    }
}
