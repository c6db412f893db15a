import StanceModel

/// Marks the nodes and edges of a Graphviz SVG with the actors they stand for, so that the page
/// can open an actor or the evidence of an edge on a click.
///
/// Graphviz writes each node as `<g id="node3" class="node">` followed by `<title>n7</title>`, and
/// each edge as `<g id="edge2" class="edge">` followed by `<title>n0&#45;&gt;n7</title>`; the
/// group gets `data-actor`, or `data-source` and `data-target`, with the actor ids (escaped).
enum SVGLinks {
    static func annotate(_ svg: String, actors: [String: ActorID]) -> String {
        var lines = svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropLast() {
            let line = lines[index]
            guard line.hasPrefix("<g id=\""), line.hasSuffix("\">") else { continue }
            let isNode = line.hasSuffix("class=\"node\">")
            let isEdge = line.hasSuffix("class=\"edge\">")
            guard isNode || isEdge, let title = Self.title(lines[index + 1]) else { continue }
            var attributes: [(String, ActorID)] = []
            if isNode, let actor = actors[title] {
                attributes = [("data-actor", actor)]
            } else if isEdge, let arrow = title.range(of: "->"),
                let source = actors[String(title[..<arrow.lowerBound])], let target = actors[String(title[arrow.upperBound...])]
            {
                attributes = [("data-source", source), ("data-target", target)]
            }
            guard !attributes.isEmpty else { continue }
            let added = attributes.map { " \($0.0)=\"\(HTMLText.escape($0.1.rawValue))\"" }.joined()
            lines[index] = String(line.dropLast()) + added + ">"
        }
        return lines.joined(separator: "\n")
    }

    /// The text of a `<title>…</title>` line, with Graphviz's entities decoded.
    static func title(_ line: String) -> String? {
        guard line.hasPrefix("<title>"), line.hasSuffix("</title>") else { return nil }
        return String(line.dropFirst(7).dropLast(8))
            .replacingOccurrences(of: "&#45;", with: "-")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
