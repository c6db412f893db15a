import StanceModel

/// Writes a congruence or conflict network as undirected, weighted GraphML for networkx, igraph
/// and Gephi: nodes with `name` and `kind`, edges with `weight` (double, as igraph and Gephi
/// read weights) and `concepts` (the targets, or `target [topic]`, joined by "; ").
///
/// Deterministic: nodes by id, edges by their two ids, `e0`, `e1`, ... as edge ids.
public enum NetworkGraphMLWriter {
    /// The GraphML document of `network`, names and kinds taken from `graph`.
    /// - Complexity: O(actors + edges).
    public static func write(_ network: ActorNetwork, in graph: StanceGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="g_network" for="graph" attr.name="network" attr.type="string"/>
              <key id="g_date" for="graph" attr.name="date" attr.type="string"/>
              <key id="n_name" for="node" attr.name="name" attr.type="string"/>
              <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="e_concepts" for="edge" attr.name="concepts" attr.type="string"/>
              <graph id="\(network.kind.rawValue)" edgedefault="undirected">
                <data key="g_network">\(network.kind.rawValue)</data>
                <data key="g_date">\(network.date)</data>

            """
        let ids = Set(network.edges.flatMap { [$0.first, $0.second] }).sorted()
        for id in ids {
            let actor = graph.actors[id]
            out += "    <node" + XMLText.attribute("id", id.rawValue) + ">\n"
            out += "      <data key=\"n_name\">\(XMLText.escaped(actor?.name ?? id.rawValue))</data>\n"
            if let kind = actor?.kind { out += "      <data key=\"n_kind\">\(kind.rawValue)</data>\n" }
            out += "    </node>\n"
        }
        for (number, edge) in network.edges.enumerated() {
            out += "    <edge id=\"e\(number)\"" + XMLText.attribute("source", edge.first.rawValue)
                + XMLText.attribute("target", edge.second.rawValue) + ">\n"
            out += "      <data key=\"e_weight\">\(edge.weight)</data>\n"
            out += "      <data key=\"e_concepts\">"
                + XMLText.escaped(edge.concepts.map(\.description).joined(separator: "; ")) + "</data>\n"
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}
