import Foundation
import StanceModel
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import StanceRender

@Suite struct LegendTests {
    @Test func keysTheFiveLevels() {
        let legend = Legend.snapshot(kinds: [.state])
        #expect(legend.rows.map(\.text) == ["allied", "supports", "neutral", "opposes", "hostile"])
        #expect(legend.rows[0].penWidth > legend.rows[1].penWidth)
        #expect(legend.kinds == [.state])
    }

    @Test func countsTheChangesOfAShift() {
        let legend = Legend.shift(kinds: [], counts: [.flipped: 2, .weakened: 1, .appeared: 4, .unchanged: 9])
        #expect(
            legend.rows.map(\.text).prefix(4) == [
                "changed: before → after (2 flipped, 1 weakened)", "appeared (4)", "ended (0)", "unchanged (9)",
            ])
        #expect(legend.rows[1].stroke == .dashed)
        #expect(legend.rows[2].stroke == .dotted)
        #expect(Legend.shift(kinds: [], counts: [:]).rows[0].text == "changed: before → after (0)")
    }

    @Test func drawsAWellFormedTable() {
        for legend in [Legend.snapshot(kinds: ActorKind.allCases), Legend.shift(kinds: [], counts: [.flipped: 1])] {
            let table = legend.table
            #expect(!table.isEmpty)
            let parser = XMLParser(data: Data(table.utf8))
            #expect(parser.parse(), "\(table)")
            // Heading, rows (each with a nested sample row), a spacer, and a swatch row per kind.
            let spacer = legend.kinds.isEmpty ? 0 : 1
            let expected = 1 + legend.rows.count * 2 + spacer + legend.kinds.count * 2
            #expect(table.components(separatedBy: "<TR>").count - 1 == expected)
            #expect(table.contains("<B>Key</B>"))
        }
    }

    @Test func drawsStrokesAsThickAsTheirPen() {
        let thick = Legend.sample(Legend.Row(stroke: .solid, color: "#000000", penWidth: 3, text: ""))
        #expect(thick.contains(#"HEIGHT="3""#))
        let dotted = Legend.sample(Legend.Row(stroke: .dotted, color: "#000000", penWidth: 0.2, text: ""))
        #expect(dotted.contains(#"HEIGHT="1""#))
        #expect(dotted.components(separatedBy: "<TD ").count - 1 == 8)
    }

    @Test func namesEachKindWithItsShape() {
        let table = Legend.snapshot(kinds: [.government, .faction, .person]).table
        #expect(table.contains("government: rounded box"))
        #expect(table.contains("faction: dashed ellipse"))
        #expect(table.contains("person: underlined name"))
        #expect(!table.contains("state: box"))
        #expect(Legend.swatch(.faction).contains(#"STYLE="dashed""#))
        #expect(Legend.swatch(.government).contains(#"STYLE="rounded""#))
        #expect(Legend.swatch(.state).contains(##"BGCOLOR="#e3f2fd""##))
        #expect(!Legend.swatch(.state).contains("STYLE"))
    }

    @Test func writesOneNodeInAnUnlabelledCluster() {
        var graph = DOTGraph(name: "g", attributes: DOTAttributes())
        Legend.snapshot(kinds: [.state, .armedGroup]).write(into: &graph)
        let lines = graph.text.split(separator: "\n")
        #expect(lines[1] == #"  subgraph "cluster_legend" {"#)
        #expect(lines[2] == ##"    graph [color="#9e9e9e", label="", style="rounded"]"##)
        #expect(lines[3].hasPrefix(#"    "legend" [fontname="Helvetica", fontsize="10.00", label=<<TABLE "#))
        #expect(lines.filter { $0.hasPrefix("    \"") }.count == 1)
        #expect(!graph.text.contains("<>"))
    }
}
