import Graphviz
import Testing

@Suite("Reading DOT back with libgraphviz")
struct ParseTests {
    /// Quotes a value as the DOT writer must: backslashes doubled first, then quotes escaped,
    /// then newlines written as `\n`.
    static func quoted(_ value: String) -> String {
        let escaped = value
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + escaped + "\""
    }

    /// What Graphviz draws for a stored value: `\\` is a backslash, `\n` a line break.
    static func drawn(_ stored: String) -> String {
        var result = ""
        var iterator = stored.makeIterator()
        while let character = iterator.next() {
            guard character == "\\", let next = iterator.next() else {
                result.append(character)
                continue
            }
            switch next {
            case "n": result.append("\n")
            case "\\": result.append("\\")
            default: result.append(character); result.append(next)
            }
        }
        return result
    }

    static let tricky = [
        "say \"no\" to \"them\"",
        #"C:\path\to\file\"#,
        "الإطار التنسيقي",
        "first line\nsecond line",
        "mixed: \"الولايات المتحدة\"\\\n",
    ]

    @Test("Quotes, backslashes, Arabic and newlines survive in names, labels and tooltips")
    func roundTrip() throws {
        let names = Self.tricky.indices.map { "n\($0)" }
        var lines = ["digraph \"round trip\" {", "  label=\(Self.quoted("Legend ← \"x\""));"]
        for (name, value) in zip(names, Self.tricky) {
            lines.append("  \(Self.quoted(name)) [label=\(Self.quoted(value)), tooltip=\(Self.quoted(value))];")
        }
        lines.append("  \(Self.quoted(Self.tricky[2])) [URL=\"https://example.org/?a=1&b=2\"];")
        for (tail, head) in zip(names, names.dropFirst()) {
            lines.append("  \"\(tail)\" -> \"\(head)\" [label=\(Self.quoted(Self.tricky[0])), tooltip=\(Self.quoted(Self.tricky[3]))];")
        }
        lines.append("}")
        let parsed = try GraphvizLibrary.parse(lines.joined(separator: "\n"))

        #expect(parsed.name == "round trip")
        #expect(parsed.isDirected)
        #expect(!parsed.isStrict)
        #expect(Self.drawn(parsed.graphAttributes["label"] ?? "") == "Legend ← \"x\"")
        #expect(parsed.nodes.map(\.name) == names + [Self.tricky[2]])
        for (name, value) in zip(names, Self.tricky) {
            let node = try #require(parsed.node(named: name))
            #expect(Self.drawn(node.attributes["label"] ?? "") == value)
            #expect(Self.drawn(node.attributes["tooltip"] ?? "") == value)
            #expect(Set(node.attributes.keys) == ["label", "tooltip"])
        }
        #expect(parsed.node(named: Self.tricky[2])?.attributes == ["URL": "https://example.org/?a=1&b=2"])
        #expect(parsed.edges.count == names.count - 1)
        for (edge, (tail, head)) in zip(parsed.edges, zip(names, names.dropFirst())) {
            #expect(edge.tail == tail && edge.head == head)
            #expect(Self.drawn(edge.attributes["label"] ?? "") == Self.tricky[0])
            #expect(Self.drawn(edge.attributes["tooltip"] ?? "") == Self.tricky[3])
        }
    }

    @Test("Values are stored as escaped text: only \\\" is unescaped by the reader")
    func storedForm() throws {
        let parsed = try GraphvizLibrary.parse(#"digraph { a [label="x\\y \"q\" \n z"] }"#)
        #expect(parsed.node(named: "a")?.attributes["label"] == #"x\\y "q" \n z"#)
    }

    @Test("Only attributes that differ from the declared default are reported")
    func defaults() throws {
        let parsed = try GraphvizLibrary.parse("""
            strict graph g {
              node [shape=box, color="grey"];
              edge [color="red"];
              a; b [shape=ellipse]; c [color="grey"]
              a -- b; b -- c [color="blue", penwidth=2]
            }
            """)
        #expect(!parsed.isDirected)
        #expect(parsed.isStrict)
        #expect(parsed.node(named: "a")?.attributes == [:])
        #expect(parsed.node(named: "b")?.attributes == ["shape": "ellipse"])
        #expect(parsed.node(named: "c")?.attributes == [:])
        #expect(parsed.edges(from: "a", to: "b").first?.attributes == [:])
        #expect(parsed.edges(from: "b", to: "c").first?.attributes == ["color": "blue", "penwidth": "2"])
    }

    @Test("Anonymous graphs and subgraphs have empty names, the same on every read")
    func anonymousNames() throws {
        let dot = "digraph { { rank=same; a b } subgraph named { c } a -> b }"
        let first = try GraphvizLibrary.parse(dot)
        #expect(first.name == "")
        #expect(first.subgraphs.map(\.name) == ["", "named"])
        #expect(first.subgraphs.first?.attributes == ["rank": "same"])
        #expect(try GraphvizLibrary.parse(dot) == first)
    }

    @Test("Graph attributes set at the top level are all reported")
    func graphAttributes() throws {
        let parsed = try GraphvizLibrary.parse("""
            digraph "g" { rankdir=LR; graph [fontname="Helvetica", label=""]; subgraph cluster_x { color=red; x } }
            """)
        #expect(parsed.graphAttributes == ["rankdir": "LR", "fontname": "Helvetica"])
        #expect(parsed.subgraphs.first?.attributes == ["color": "red"])
    }

    @Test("Edges keep the order they were written in, parallel edges included")
    func edgeOrder() throws {
        let parsed = try GraphvizLibrary.parse("""
            digraph { c -> a [label="1"]; a -> b [label="2"]; c -> a [label="3"]; b -> c [label="4"]; a -> b [label="5"] }
            """)
        #expect(parsed.nodes.map(\.name) == ["c", "a", "b"])
        #expect(parsed.edges.map { $0.attributes["label"] } == ["1", "2", "3", "4", "5"])
        #expect(parsed.edges(from: "a", to: "b").count == 2)
    }

    @Test("Clusters are listed with their label and nodes, nested ones inside")
    func clusters() throws {
        let parsed = try GraphvizLibrary.parse("""
            digraph {
              subgraph cluster_legend {
                label="Legend"; style="dashed";
                "key_support" [label="supports"];
                subgraph cluster_inner { "key_oppose" }
              }
              subgraph cluster_main { label="Actors"; a; b }
              a -> b
            }
            """)
        #expect(parsed.subgraphs.map(\.name) == ["cluster_legend", "cluster_main"])
        let legend = try #require(parsed.subgraph(named: "cluster_legend"))
        #expect(legend.isCluster)
        #expect(legend.attributes == ["label": "Legend", "style": "dashed"])
        #expect(legend.nodes == ["key_support", "key_oppose"])
        #expect(legend.subgraphs.map(\.nodes) == [["key_oppose"]])
        // Graphviz's own rule: a subgraph starts with the attribute values of its parent.
        #expect(parsed.subgraph(named: "cluster_inner")?.attributes == ["label": "Legend", "style": "dashed"])
        #expect(parsed.subgraph(named: "cluster_main")?.attributes == ["label": "Actors"])
        #expect(parsed.graphAttributes["label"] == nil)
        #expect(parsed.graphAttributes["style"] == nil)
        #expect(parsed.node(named: "key_support")?.attributes == ["label": "supports"])
    }

    @Test("Parse agrees with render on what is valid")
    func agreesWithRender() throws {
        let dot = #"digraph { "a" -> "b" }"#
        #expect(try GraphvizLibrary.parse(dot).edges == [ParsedGraph.Edge(tail: "a", head: "b")])
        _ = try GraphvizLibrary.render(dot, format: .svg)
    }
}
