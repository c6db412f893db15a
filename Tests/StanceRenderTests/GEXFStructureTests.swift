import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of a GEXF document as parsed, with their parents and attributes.
final class GEXFOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var namespace: String?
        var parent: String?
        var attributes: [String: String]
    }
    private(set) var elements: [Element] = []
    private var stack: [String] = []

    static func read(_ text: String) -> GEXFOutline? {
        let outline = GEXFOutline()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = outline
        return parser.parse() ? outline : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(Element(name: elementName, namespace: namespaceURI, parent: stack.last, attributes: attributeDict))
        stack.append(elementName)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        stack.removeLast()
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

/// GEXF checked against the 1.3 specification: by the official schema with `xmllint` when
/// `STANCEGRAPH_GEXF_XSD` names its `gexf.xsd` (no package ships it, so it is not in the
/// repository), and always by the structure rules of the schema, checked here by hand.
@Suite("GEXF 1.3 structure")
struct GEXFStructureTests {
    /// Which element may appear inside which, after the 1.3 schema (gexf.xsd, dynamics.xsd).
    static let parents: [String: Set<String?>] = [
        "gexf": [nil], "meta": ["gexf"], "creator": ["meta"], "description": ["meta"], "graph": ["gexf"],
        "attributes": ["graph"], "attribute": ["attributes"], "nodes": ["graph"], "node": ["nodes"],
        "edges": ["graph"], "edge": ["edges"], "attvalues": ["node", "edge"], "attvalue": ["attvalues"],
        "spells": ["node", "edge"], "spell": ["spells"],
    ]
    static let types: Set<String> = ["integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"]

    static func isDate(_ text: String) -> Bool { text.count == 10 && TimePoint(text)?.precision == .day }

    @Test("the fixture export follows the 1.3 structure: namespace, nesting, declared attributes, typed values, date spells")
    func structure() throws {
        let selection = ExportFixtures.selection
        let outline = try #require(GEXFOutline.read(GEXFWriter.write(selection)), "not well-formed XML")
        #expect(outline.elements.allSatisfy { $0.namespace == "http://gexf.net/1.3" })
        for element in outline.elements {
            #expect(Self.parents[element.name]?.contains(element.parent) == true, "\(element.name) in \(element.parent ?? "-")")
        }
        #expect(outline.named("gexf").first?.attributes["version"] == "1.3")
        let graph = try #require(outline.named("graph").first)
        #expect(graph.attributes["mode"] == "dynamic" && graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        // Every attribute declared once, with a known type; every value names a declared attribute
        // and parses as its type.
        var declared: [String: String] = [:]
        for attribute in outline.named("attribute") {
            let id = try #require(attribute.attributes["id"])
            #expect(declared[id] == nil, "\(id) declared twice")
            let type = try #require(attribute.attributes["type"])
            #expect(Self.types.contains(type))
            declared[id] = type
        }
        for value in outline.named("attvalue") {
            let id = try #require(value.attributes["for"])
            let text = try #require(value.attributes["value"])
            switch declared[id] {
            case "double": #expect(Double(text) != nil, "\(id)=\(text)")
            case "integer": #expect(Int(text) != nil, "\(id)=\(text)")
            case "boolean": #expect(text == "true" || text == "false")
            case "string": break
            default: Issue.record("attvalue for undeclared attribute \(id)")
            }
            for end in ["start", "end"] {
                if let day = value.attributes[end] { #expect(Self.isDate(day), "\(id) \(end)=\(day)") }
            }
        }
        #expect(outline.named("node").count == selection.actors.count)
        #expect(outline.named("edge").map { $0.attributes["id"] } == selection.claimPositions.map { String($0) })
        #expect(Set(outline.named("node").compactMap { $0.attributes["id"] }).count == selection.actors.count)
        // A spell per edge with a bounded valid time, each with a start or an end, dates only.
        let bounded = selection.claims.filter { $0.claim.validTime != .always }.count
        #expect(outline.named("spells").count == bounded)
        for spell in outline.named("spell") {
            #expect(spell.attributes["start"] != nil || spell.attributes["end"] != nil)
            #expect(spell.attributes.values.allSatisfy(Self.isDate))
        }
        #expect(outline.named("nodes").first?.attributes["count"] == String(selection.actors.count))
        #expect(outline.named("edges").first?.attributes["count"] == String(selection.claimPositions.count))
    }

    static var schema: String? { ProcessInfo.processInfo.environment["STANCEGRAPH_GEXF_XSD"] }

    @Test(
        "the export validates against the official GEXF 1.3 schema (xmllint)",
        .enabled(
            if: schema.map { FileManager.default.fileExists(atPath: $0) } == true
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"),
            "set STANCEGRAPH_GEXF_XSD to the official GEXF 1.3 gexf.xsd (with its dynamics.xsd and viz.xsd) and install xmllint (libxml2-utils)"
        ))
    func schemaValidation() throws {
        let temp = try TemporaryDirectory("gexf")
        defer { temp.remove() }
        let file = try temp.write(GEXFWriter.write(ExportFixtures.selection), to: "g.gexf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", Self.schema ?? "", file.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }
}
