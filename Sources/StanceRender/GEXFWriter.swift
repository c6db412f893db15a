import StanceModel

/// Writes a selection of a graph as GEXF 1.3 (`http://gexf.net/1.3`), dynamic, for Gephi and networkx.
///
/// Every claim is its own directed edge, with the claim's position as id (so parallel edges over
/// time stay apart), the stance level as label, the topic as edge `kind` (GEXF 1.3's way of
/// telling parallel edges apart), its valid time as a `<spell>` (first day of the start, last day
/// of the end, `timeformat="date"`; an open end is omitted, a claim open at both ends has no
/// spell), and the attributes of ``ExportField/edge`` (the valid time also as written, `from` and
/// `until`, so its precision is kept). Nodes carry name, kind, aliases and memberships as static
/// attributes, and each membership as a dynamic boolean attribute `member of PARENT` with its span.
/// The output is deterministic: actors by id, claims by position, attributes in a fixed order.
public enum GEXFWriter {
    /// The GEXF document for `selection`.
    /// - Complexity: O(actors + claims × evidence).
    public static func write(_ selection: ExportSelection) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta>
                <creator>StanceGraph</creator>
                <description>Stances between actors: one edge per claim, valid time as spells</description>
              </meta>
              <graph mode="dynamic" defaultedgetype="directed" timeformat="date">

            """
        let parents = Array(Set(selection.actors.flatMap { $0.memberships.map(\.parent) })).sorted()
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for field in ExportField.node {
            out += "      <attribute id=\"\(field.name)\" title=\"\(field.name)\" type=\"\(field.type.rawValue)\"/>\n"
        }
        out += "    </attributes>\n"
        if !parents.isEmpty {
            out += "    <attributes class=\"node\" mode=\"dynamic\">\n"
            for parent in parents {
                out += "      <attribute" + XMLText.attribute("id", membershipID(parent))
                    + XMLText.attribute("title", "member of \(parent.rawValue)") + " type=\"boolean\"/>\n"
            }
            out += "    </attributes>\n"
        }
        out += "    <attributes class=\"edge\" mode=\"static\">\n"
        for field in ExportField.edge {
            out += "      <attribute id=\"\(field.name)\" title=\"\(field.name)\" type=\"\(field.type.rawValue)\"/>\n"
        }
        out += "    </attributes>\n"

        out += "    <nodes count=\"\(selection.actors.count)\">\n"
        for actor in selection.actors {
            writeNode(actor, into: &out)
        }
        out += "    </nodes>\n"
        out += "    <edges count=\"\(selection.claimPositions.count)\">\n"
        for (position, claim) in selection.claims {
            writeEdge(claim, id: position, graph: selection.graph, into: &out)
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    static func membershipID(_ parent: ActorID) -> String { "member:" + parent.rawValue }

    static func writeNode(_ actor: StanceActor, into out: inout String) {
        out += "      <node" + XMLText.attribute("id", actor.id.rawValue) + XMLText.attribute("label", actor.name) + ">\n"
        out += "        <attvalues>\n"
        for (field, value) in zip(ExportField.node, ExportField.nodeValues(actor)) {
            guard let value else { continue }
            out += "          <attvalue for=\"\(field.name)\"" + XMLText.attribute("value", value.text) + "/>\n"
        }
        for membership in actor.memberships {
            let (start, end) = ExportField.days(of: membership.span)
            out += "          <attvalue" + XMLText.attribute("for", membershipID(membership.parent)) + " value=\"true\""
                + (start.map { " start=\"\($0)\"" } ?? "") + (end.map { " end=\"\($0)\"" } ?? "") + "/>\n"
        }
        out += "        </attvalues>\n      </node>\n"
    }

    static func writeEdge(_ claim: StanceClaim, id: Int, graph: StanceGraph, into out: inout String) {
        out += "      <edge id=\"\(id)\"" + XMLText.attribute("source", claim.source.rawValue)
            + XMLText.attribute("target", claim.target.rawValue)
            + (claim.topic.map { XMLText.attribute("kind", $0.rawValue) } ?? "")
            + XMLText.attribute("label", claim.stance.level.rawValue) + ">\n"
        out += "        <attvalues>\n"
        for (field, value) in zip(ExportField.edge, ExportField.edgeValues(claim, in: graph)) {
            guard let value else { continue }
            out += "          <attvalue for=\"\(field.name)\"" + XMLText.attribute("value", value.text) + "/>\n"
        }
        out += "        </attvalues>\n"
        let (start, end) = ExportField.days(of: claim.validTime)
        if start != nil || end != nil {
            out += "        <spells>\n          <spell" + (start.map { " start=\"\($0)\"" } ?? "")
                + (end.map { " end=\"\($0)\"" } ?? "") + "/>\n        </spells>\n"
        }
        out += "      </edge>\n"
    }
}
