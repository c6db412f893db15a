import Foundation
import StanceModel
import Testing

@testable import StanceStore

@Suite("YAMLWriter")
struct YAMLWriterTests {
    @Test func plainWhenUnambiguous() {
        for value in ["avalon", "Green Front", "U.S.", "Iraq's leadership", "rules@1.2", "2024 coup", "Café"] {
            #expect(YAMLWriter.scalar(value) == value)
        }
    }

    @Test func quotedWhenYAMLWouldReadSomethingElse() {
        let values = [
            "", "no", "Yes", "null", "~", "a: b", "a #b", "[x]", "x, y", "-x", "'x'", "\"x\"", "x ", " x", "a  b",
            "&anchor", "*alias", "!tag", "https://example.org", "%x", "@x", "Avalon’s “reply”",
        ]
        for value in values {
            #expect(YAMLWriter.scalar(value).hasPrefix("\""), "\(value)")
        }
    }

    @Test func escapesWhatDoubleQuotesNeed() {
        #expect(YAMLWriter.quoted("say \"no\" \\ then") == #""say \"no\" \\ then""#)
        #expect(YAMLWriter.quoted("a\nb\tc\r") == #""a\nb\tc\r""#)
        #expect(YAMLWriter.quoted("\u{7}\u{2028}\u{A0}") == #""\u0007\L\_""#)
        #expect(YAMLWriter.quoted("Avalon’s “reply” 🌍") == "\"Avalon’s “reply” 🌍\"")
    }

    @Test func everyScalarReadsBackAsItself() throws {
        let values = [
            "no", "a: b", "x\ny", "tab\there", "\u{2028}", "\u{1}", "Avalon’s “reply”", "\\", "#", "  pad  ",
        ]
        let yaml = "values:\n" + values.map { "  - " + YAMLWriter.scalar($0) + "\n" }.joined()
        let folder = "in-memory.yaml"
        let reader = YAMLReader(file: folder)
        let root = try #require(try reader.compose(yaml))
        let fields = try reader.fields(of: root, name: "the file", in: "file", allowed: ["values"])
        #expect(try fields.strings("values") == values)
    }

    @Test func writesBlocksAndItems() {
        var out = YAMLWriter()
        out.open("actors", indent: 0)
        out.field("id", "avalon", indent: 4, item: true)
        out.field("aliases", YAMLWriter.flowList(["Avalonian", "no"]), indent: 4)
        #expect(out.text == "actors:\n  - id: avalon\n    aliases: [Avalonian, \"no\"]\n")
    }
}
