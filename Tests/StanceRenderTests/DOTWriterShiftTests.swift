import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite struct DOTWriterShiftTests {
    /// Green Front turns from opposing to supporting Avalon's bases across the coup.
    static var small: Shift {
        RenderFixtures.smallGraph.shift(around: Fixtures.events[0], until: Fixtures.date("2025-01-01"))
    }

    @Test func writesTheGoldenDOT() {
        let expected = #"""
            digraph "shift" {
              graph [bgcolor="white", fontname="Helvetica", fontsize="18.00", label="Shift from 2024-12-07 to 2025-01-01 — across The Coup (2024-12-08)", labeljust="c", labelloc="t", newrank="true", nodesep="0.45", outputorder="edgesfirst", overlap="false", overlap_shrink="false", pad="0.30", rankdir="LR", ranksep="1.10", splines="true"]
              node [color="#455a64", fontname="Helvetica", fontsize="12.00", margin="0.15,0.06", penwidth="1.20"]
              edge [arrowsize="0.80", fontname="Helvetica", fontsize="10.00", len="1.60"]
              "n0" [fillcolor="#e3f2fd", label="Avalon", shape="box", style="filled", tooltip="Avalon — state\nid: avalon\nalso: Avalonian"]
              "n1" [fillcolor="#fff8e1", label="Green Front", shape="ellipse", style="filled", tooltip="Green Front — party\nid: green-front"]
              "n1" -> "n0" [URL="https://example.org/doc-1", color="#2e7d32", fontcolor="#1b5e20", fontname="Helvetica-Bold", label="opposes → supports · since 2024-12-08\nBordurian bases in Avalon", labeltooltip="Green Front → Avalon on Bordurian bases in Avalon: opposes → supports (flipped)\nBefore (2024-12-07): opposes, since 2024-01\n“No bases.”\nFictional Times, 2025-01-31: The Fictional Times report\nAfter (2025-01-01): supports, since 2024-12-08\n“We back \"the bases\".”\nFictional Times, 2025-01-31: The Fictional Times report", penwidth="3.50", style="bold", target="_blank", tooltip="Green Front → Avalon on Bordurian bases in Avalon: opposes → supports (flipped)\nBefore (2024-12-07): opposes, since 2024-01\n“No bases.”\nFictional Times, 2025-01-31: The Fictional Times report\nAfter (2025-01-01): supports, since 2024-12-08\n“We back \"the bases\".”\nFictional Times, 2025-01-31: The Fictional Times report", weight="2"]
              subgraph "cluster_legend" {
                graph [color="#9e9e9e", label="", style="rounded"]
                "legend" [fontname="Helvetica", fontsize="10.00", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">
            <TR><TD COLSPAN="2" ALIGN="LEFT"><B>Key</B></TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="4" FIXEDSIZE="TRUE" BGCOLOR="#424242"></TD></TR></TABLE></TD><TD ALIGN="LEFT">changed: before → after (1 flipped)</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="3" CELLPADDING="0"><TR><TD WIDTH="6" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="6" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="6" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="6" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD></TR></TABLE></TD><TD ALIGN="LEFT">appeared (0)</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="2" CELLPADDING="0"><TR><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD><TD WIDTH="2" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD></TR></TABLE></TD><TD ALIGN="LEFT">ended (0)</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="1" FIXEDSIZE="TRUE" BGCOLOR="#bdbdbd"></TD></TR></TABLE></TD><TD ALIGN="LEFT">unchanged (0)</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#2e7d32"></TD></TR></TABLE></TD><TD ALIGN="LEFT">supports, allied (colour: after; ended: before)</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD></TR></TABLE></TD><TD ALIGN="LEFT">neutral</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#c62828"></TD></TR></TABLE></TD><TD ALIGN="LEFT">opposes, hostile</TD></TR>
            <TR><TD COLSPAN="2" HEIGHT="6"></TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="14" FIXEDSIZE="TRUE" BORDER="1" COLOR="#455a64" BGCOLOR="#e3f2fd"></TD></TR></TABLE></TD><TD ALIGN="LEFT">state: box</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="14" FIXEDSIZE="TRUE" BORDER="1" COLOR="#455a64" BGCOLOR="#fff8e1" STYLE="rounded"></TD></TR></TABLE></TD><TD ALIGN="LEFT">party: ellipse</TD></TR>
            </TABLE>>, margin="0", shape="plaintext", tooltip="Key: line styles and actor kinds"]
              }
            }

            """#
        #expect(DOTWriter.shift(Self.small) == expected)
    }

    /// The line of the edge from the actor named `source` to the one named `target` whose label contains `text`.
    private func edgeLine(_ dot: String, _ shift: Shift, _ source: ActorID, _ target: ActorID, _ text: String) -> String? {
        guard let s = shift.actors.firstIndex(where: { $0.id == source }),
            let t = shift.actors.firstIndex(where: { $0.id == target })
        else { return nil }
        return dot.split(separator: "\n").map(String.init).first {
            $0.hasPrefix("  \"n\(s)\" -> \"n\(t)\" [") && $0.contains(text)
        }
    }

    @Test func makesTheFlipAcrossTheRegimeChangeStandOut() throws {
        let shift = RenderFixtures.iraqShift
        let dot = DOTWriter.shift(shift)
        let flipped = try #require(
            edgeLine(dot, shift, "coordination-framework", "united-states", "label=\"opposes → supports"))
        #expect(flipped.contains(#"style="bold""#))
        #expect(flipped.contains(#"penwidth="3.50""#))
        #expect(flipped.contains(##"color="#2e7d32""##))
        #expect(flipped.contains("U.S. troop presence in Iraq"))
        #expect(flipped.contains("since 2024-12-08"))
        #expect(flipped.contains("one official from the Shiite Coordination Framework"))
        #expect(shift.entries.filter { $0.kind == .flipped }.count == 2)
    }

    @Test func stylesEachKindOfChange() throws {
        let shift = RenderFixtures.coupShift
        let dot = DOTWriter.shift(shift)
        let appeared = try #require(edgeLine(dot, shift, "borduria", "avalon", "neutral (new)"))
        #expect(appeared.contains(#"style="dashed""#))
        let ended = try #require(edgeLine(dot, shift, "red-brigade", "borduria", "hostile (ended)"))
        #expect(ended.contains(#"style="dotted""#))
        #expect(ended.contains(##"color="#c62828""##))
        #expect(ended.contains("After (2025-01-31): no stance"))
        let unchanged = try #require(edgeLine(dot, shift, "avalon", "borduria", "supports"))
        #expect(unchanged.contains(##"color="#bdbdbd""##))
        #expect(unchanged.contains(#"penwidth="1.00""#))
        #expect(dot.contains("changed: before → after (1 flipped)"))
        #expect(dot.contains("unchanged (2)"))
    }

    @Test func isDeterministic() {
        #expect(DOTWriter.shift(RenderFixtures.iraqShift) == DOTWriter.shift(RenderFixtures.iraqShift))
    }

    @Test func usesTheGivenTitle() {
        let dot = DOTWriter.shift(Self.small, title: "Before and after")
        #expect(dot.contains(#"label="Before and after""#))
        #expect(!dot.contains("across"))
    }

    @Test func notesAnEmptyShift() {
        let shift = Fixtures.graph([]).shift(from: Fixtures.date("2024-01-01"), to: Fixtures.date("2025-01-01"))
        #expect(DOTWriter.shift(shift).contains(#"label="No stances on 2024-01-01 or 2025-01-01""#))
    }
}
