import StanceModel

/// Writes a selection of a graph as GraphML, for networkx, igraph, yEd and Gephi.
///
/// Typed keys (`attr.type` `string`, `double`, `int`) declared once, `edgedefault="directed"`,
/// every claim its own edge with the claim's position as id (parallel edges kept), the
/// attributes of ``ExportField/edge`` and ``ExportField/node``; a missing value has no `<data>`.
/// Deterministic: actors by id, claims by position.
public enum GraphMLWriter {
    /// The GraphML document for `selection`.
    /// - Complexity: O(actors + claims).
    public static func write(_ selection: ExportSelection) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for field in ExportField.node {
            out += "  <key id=\"n_\(field.name)\" for=\"node\" attr.name=\"\(field.name)\" attr.type=\"\(type(field.type))\"/>\n"
        }
        for field in ExportField.edge {
            out += "  <key id=\"e_\(field.name)\" for=\"edge\" attr.name=\"\(field.name)\" attr.type=\"\(type(field.type))\"/>\n"
        }
        out += "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n"
        for actor in selection.actors {
            out += "    <node" + XMLText.attribute("id", actor.id.rawValue) + ">\n"
            for (field, value) in zip(ExportField.node, ExportField.nodeValues(actor)) {
                guard let value else { continue }
                out += "      <data key=\"n_\(field.name)\">\(XMLText.escaped(value.text))</data>\n"
            }
            out += "    </node>\n"
        }
        for (position, claim) in selection.claims {
            out += "    <edge id=\"\(position)\"" + XMLText.attribute("source", claim.source.rawValue)
                + XMLText.attribute("target", claim.target.rawValue) + ">\n"
            for (field, value) in zip(ExportField.edge, ExportField.edgeValues(claim, in: selection.graph)) {
                guard let value else { continue }
                out += "      <data key=\"e_\(field.name)\">\(XMLText.escaped(value.text))</data>\n"
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func type(_ type: ExportType) -> String {
        switch type {
        case .string: "string"
        case .double: "double"
        case .integer: "int"
        }
    }
}
