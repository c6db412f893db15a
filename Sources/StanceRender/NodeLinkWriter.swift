import StanceModel

/// Writes a selection of a graph as networkx's node-link JSON, for
/// `networkx.node_link_graph(data, edges="edges")` (networkx 3.4 and later; older releases read it
/// with `link="edges"`).
///
/// `{"directed": true, "multigraph": true, "graph": {...}, "nodes": [...], "edges": [...]}`: a
/// node is `{"id": ACTOR, ...}` with the attributes of ``ExportField/node`` plus its memberships
/// as a list of `{"parent", "from", "until"}`; an edge is `{"source", "target", "key": POSITION}`
/// with the attributes of ``ExportField/edge``; the graph holds its events (`id`, `name`,
/// `date`). Missing values are left out. Deterministic: actors by id, claims by position.
public enum NodeLinkWriter {
    /// The node-link JSON for `selection`, ending in a newline.
    /// - Complexity: O(actors + claims).
    public static func write(_ selection: ExportSelection) -> String {
        let events = JSONText.array(
            selection.graph.events.map { event in
                .object([("id", .string(event.id)), ("name", .string(event.name)), ("date", .string(event.date.description))])
            })
        let nodes = selection.actors.map { actor -> JSONText in
            var members: [(String, JSONText)] = [("id", .string(actor.id.rawValue))]
            for (field, value) in zip(ExportField.node, ExportField.nodeValues(actor)) where field.name != "member_of" {
                if let value { members.append((field.name, JSONText(value))) }
            }
            let memberships = actor.memberships.map { membership -> JSONText in
                var parts: [(String, JSONText)] = [("parent", .string(membership.parent.rawValue))]
                if let start = membership.span.start { parts.append(("from", .string(start.description))) }
                if let end = membership.span.end { parts.append(("until", .string(end.description))) }
                return .object(parts)
            }
            members.append(("member_of", .array(memberships)))
            return .object(members)
        }
        let edges = selection.claims.map { position, claim -> JSONText in
            var members: [(String, JSONText)] = [
                ("source", .string(claim.source.rawValue)), ("target", .string(claim.target.rawValue)),
                ("key", .integer(position)),
            ]
            for (field, value) in zip(ExportField.edge, ExportField.edgeValues(claim, in: selection.graph)) {
                if let value { members.append((field.name, JSONText(value))) }
            }
            return .object(members)
        }
        let document = JSONText.object([
            ("directed", .bool(true)), ("multigraph", .bool(true)),
            ("graph", .object([("name", .string("stancegraph")), ("events", events)])),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
        ])
        return document.rendered() + "\n"
    }
}
