import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite("export selection")
struct ExportSelectionTests {
    @Test("no filter: every claim and every actor")
    func everything() {
        let selection = ExportFixtures.selection
        #expect(selection.claimPositions == [0, 1, 2, 3, 4])
        #expect(selection.actors.map(\.id) == ExportFixtures.graph.sortedActors.map(\.id))
    }

    @Test("a filter keeps the claims' positions and only the actors they name")
    func filtered() {
        let selection = ExportSelection(graph: ExportFixtures.graph, claimPositions: [4, 2, 2, 99])
        #expect(selection.claimPositions == [2, 4])
        #expect(selection.actors.map(\.id) == ["avalon", "borduria", "umma-party"])
        #expect(selection.claims.map(\.claim.target) == ["borduria", "avalon"])
    }

    @Test("XML escaping: markup characters as entities, line breaks kept, forbidden controls dropped")
    func xmlEscaping() {
        #expect(XMLText.escaped("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(XMLText.escaped("one\ntwo\tthree\r") == "one&#10;two&#9;three&#13;")
        #expect(XMLText.escaped("bell\u{07}\u{0}end\u{FFFE}") == "bellend")
        #expect(XMLText.escaped("حزب") == "حزب")
    }

    @Test("JSON strings: quotes, backslashes and controls escaped")
    func jsonEscaping() {
        #expect(JSONText.quoted("a \"b\" \\ c\n\u{01}") == "\"a \\\"b\\\" \\\\ c\\n\\u0001\"")
        #expect(JSONText.object([("x", .number(0.5)), ("y", .array([]))]).rendered() == "{\n  \"x\": 0.5,\n  \"y\": []\n}")
    }
}
