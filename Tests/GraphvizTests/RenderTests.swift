import Foundation
import Graphviz
import Testing

@Suite("Rendering DOT in process")
struct RenderTests {
    static let dot = """
        digraph stances {
          "framework" [label="Coordination Framework"];
          "usa" [label="United States"];
          "iran" [label="Iran"];
          "framework" -> "usa" [label="opposes", color="red"];
          "framework" -> "iran" [label="allied", color="green"];
        }
        """

    @Test("SVG names every node in a <title>", arguments: LayoutEngine.allCases)
    func svg(engine: LayoutEngine) throws {
        let data = try GraphvizLibrary.render(Self.dot, format: .svg, engine: engine)
        let titles = try #require(OutputChecks.svgNodeTitles(data))
        #expect(Set(titles) == ["framework", "usa", "iran"])
        #expect(titles.count == 3)
    }

    @Test("PNG has the signature and a sane size", arguments: LayoutEngine.allCases)
    func png(engine: LayoutEngine) throws {
        let data = try GraphvizLibrary.render(Self.dot, format: .png, engine: engine)
        let size = try #require(OutputChecks.pngSize(data))
        #expect((20...5000).contains(size.width))
        #expect((20...5000).contains(size.height))
    }

    @Test("PDF starts with %PDF and ends with %%EOF", arguments: LayoutEngine.allCases)
    func pdf(engine: LayoutEngine) throws {
        let data = try GraphvizLibrary.render(Self.dot, format: .pdf, engine: engine)
        #expect(OutputChecks.isPDF(data))
    }

    @Test("The default engine is dot")
    func defaultEngine() throws {
        let data = try GraphvizLibrary.render(Self.dot, format: .svg)
        #expect(OutputChecks.svgNodeTitles(data)?.count == 3)
    }

    @Test("UTF-8 labels reach the SVG unchanged")
    func utf8Labels() throws {
        let dot = #"digraph { "n1" [label="الإطار التنسيقي"]; "n2" [label="Müller"]; "n1" -> "n2" }"#
        let data = try GraphvizLibrary.render(dot, format: .svg)
        let svg = String(decoding: data, as: UTF8.self)
        #expect(svg.contains("الإطار التنسيقي"))
        #expect(svg.contains("Müller"))
    }

    @Test("A larger graph renders and keeps all its nodes")
    func largerGraph() throws {
        let names = (0..<60).map { "node\($0)" }
        let edges = (1..<60).map { "\"node\($0 / 2)\" -> \"node\($0)\";" }
        let dot = "digraph big { " + names.map { "\"\($0)\";" }.joined() + edges.joined() + " }"
        let data = try GraphvizLibrary.render(dot, format: .svg, engine: .sfdp)
        #expect(Set(OutputChecks.svgNodeTitles(data) ?? []) == Set(names))
    }
}
