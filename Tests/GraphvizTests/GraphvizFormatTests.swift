import Graphviz
import Testing

@Suite("Formats and engines")
struct GraphvizFormatTests {
    @Test("File extensions name formats in any case", arguments: [
        ("svg", GraphvizFormat.svg), ("PNG", .png), ("Pdf", .pdf), (".svg", .svg),
    ])
    func fileExtension(name: String, format: GraphvizFormat) {
        #expect(GraphvizFormat(fileExtension: name) == format)
        #expect(format.fileExtension == format.rawValue)
    }

    @Test("Unknown extensions give nil", arguments: ["dot", "gv", "jpeg", "", "svgz", "."])
    func unknownExtension(name: String) {
        #expect(GraphvizFormat(fileExtension: name) == nil)
    }

    @Test("Engines are named as libgraphviz names them")
    func engineNames() {
        #expect(LayoutEngine.allCases.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo"])
        #expect(LayoutEngine(rawValue: "circo") == .circo)
    }
}
