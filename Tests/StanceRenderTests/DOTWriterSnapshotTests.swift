import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite struct DOTWriterSnapshotTests {
    /// Green Front supports Avalon's bases on 2025-01-01, with a quote holding double quotes.
    static var small: Snapshot { RenderFixtures.smallGraph.snapshot(at: Fixtures.date("2025-01-01")) }

    @Test func writesTheGoldenDOT() {
        let expected = #"""
            digraph "stances" {
              graph [bgcolor="white", fontname="Helvetica", fontsize="18.00", label="Stances on 2025-01-01", labeljust="c", labelloc="t", newrank="true", nodesep="0.45", outputorder="edgesfirst", overlap="false", overlap_shrink="false", pad="0.30", rankdir="LR", ranksep="1.10", splines="true"]
              node [color="#455a64", fontname="Helvetica", fontsize="12.00", margin="0.15,0.06", penwidth="1.20"]
              edge [arrowsize="0.80", fontname="Helvetica", fontsize="10.00", len="1.60"]
              "n0" [fillcolor="#e3f2fd", label="Avalon", shape="box", style="filled", tooltip="Avalon — state\nid: avalon\nalso: Avalonian"]
              "n1" [fillcolor="#fff8e1", label="Green Front", shape="ellipse", style="filled", tooltip="Green Front — party\nid: green-front"]
              "n1" -> "n0" [URL="https://example.org/doc-1", color="#2e7d32", fontcolor="#1b5e20", label="supports · since 2024-12-08\nBordurian bases in Avalon", labeltooltip="Green Front → Avalon on Bordurian bases in Avalon: supports (since 2024-12-08)\n“We back \"the bases\".”\nFictional Times, 2025-01-31: The Fictional Times report", penwidth="1.80", target="_blank", tooltip="Green Front → Avalon on Bordurian bases in Avalon: supports (since 2024-12-08)\n“We back \"the bases\".”\nFictional Times, 2025-01-31: The Fictional Times report"]
              subgraph "cluster_legend" {
                graph [color="#9e9e9e", label="", style="rounded"]
                "legend" [fontname="Helvetica", fontsize="10.00", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">
            <TR><TD COLSPAN="2" ALIGN="LEFT"><B>Key</B></TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="3" FIXEDSIZE="TRUE" BGCOLOR="#2e7d32"></TD></TR></TABLE></TD><TD ALIGN="LEFT">allied</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#2e7d32"></TD></TR></TABLE></TD><TD ALIGN="LEFT">supports</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="1" FIXEDSIZE="TRUE" BGCOLOR="#757575"></TD></TR></TABLE></TD><TD ALIGN="LEFT">neutral</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="2" FIXEDSIZE="TRUE" BGCOLOR="#c62828"></TD></TR></TABLE></TD><TD ALIGN="LEFT">opposes</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="3" FIXEDSIZE="TRUE" BGCOLOR="#c62828"></TD></TR></TABLE></TD><TD ALIGN="LEFT">hostile</TD></TR>
            <TR><TD COLSPAN="2" HEIGHT="6"></TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="14" FIXEDSIZE="TRUE" BORDER="1" COLOR="#455a64" BGCOLOR="#e3f2fd"></TD></TR></TABLE></TD><TD ALIGN="LEFT">state: box</TD></TR>
            <TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="36" HEIGHT="14" FIXEDSIZE="TRUE" BORDER="1" COLOR="#455a64" BGCOLOR="#fff8e1" STYLE="rounded"></TD></TR></TABLE></TD><TD ALIGN="LEFT">party: ellipse</TD></TR>
            </TABLE>>, margin="0", shape="plaintext", tooltip="Key: line styles and actor kinds"]
              }
            }

            """#
        #expect(DOTWriter.snapshot(Self.small) == expected)
    }

    @Test func flagsAContradictionInTheTooltip() throws {
        let day = Fixtures.date("2025-01-01")
        let claims = [
            StanceClaim(
                source: "green-front", target: "avalon", stance: .supports, validTime: TimeSpan(from: Fixtures.date("2024-12-01"), until: nil)!,
                evidence: [Evidence(documentID: "times", quote: "Green Front backs Avalon.")]),
            StanceClaim(
                source: "green-front", target: "avalon", stance: .opposes, validTime: TimeSpan(from: Fixtures.date("2024-12-01"), until: nil)!,
                evidence: [Evidence(documentID: "herald", quote: "Green Front wants Avalon gone.")]),
        ]
        let actors = [
            StanceActor(id: "green-front", name: "Green Front", kind: .party), StanceActor(id: "avalon", name: "Avalon", kind: .state),
        ]
        let graph = try StanceGraph(actors: actors, claims: claims)
        let dot = DOTWriter.snapshot(graph.snapshot(at: day))
        #expect(dot.contains("⚠ contradicted by a claim that it"))
        // One document only: no contradiction.
        let one = try StanceGraph(actors: actors, claims: [claims[0]])
        #expect(!DOTWriter.snapshot(one.snapshot(at: day)).contains("contradicted"))
    }

    @Test func usesTheGivenTitle() {
        let dot = DOTWriter.snapshot(Self.small, title: "Before the \"coup\" \\N")
        #expect(dot.contains(#"label="Before the \"coup\" \\N""#))
        #expect(!dot.contains("Stances on"))
    }

    @Test func isDeterministic() {
        let snapshot = RenderFixtures.iraqAfter
        #expect(DOTWriter.snapshot(snapshot) == DOTWriter.snapshot(snapshot))
        #expect(DOTWriter.snapshot(RenderFixtures.iraqAfter) == DOTWriter.snapshot(snapshot))
    }

    @Test func drawsEveryActorAndEveryStance() {
        let snapshot = RenderFixtures.iraqAfter
        let dot = DOTWriter.snapshot(snapshot)
        let lines = dot.split(separator: "\n")
        for (position, actor) in snapshot.actors.enumerated() {
            #expect(lines.contains { $0.hasPrefix("  \"n\(position)\" [") && $0.contains("label=\"\(actor.name)\"") })
        }
        #expect(lines.filter { $0.hasPrefix("  \"n") && $0.contains(" -> ") }.count == snapshot.entries.count)
    }

    @Test func mergesTiedClaimsIntoOneCountedEdge() {
        let claims = ["A.", "B."].map { Fixtures.claim("avalon", "borduria", .opposes, from: "2024", quote: $0) }
        let dot = DOTWriter.snapshot(Fixtures.graph(claims).snapshot(at: Fixtures.date("2024-06-01")))
        #expect(dot.components(separatedBy: " -> ").count == 2, "one edge")
        #expect(dot.contains(#"label="opposes ×2 · since 2024""#))
        #expect(dot.contains(#"\n2 claims in force from 1 document; the strongest:\n“A.”"#))
    }

    @Test func showsTheStrongestQuoteOfParallelClaims() {
        let claims = [
            Fixtures.claim("avalon", "borduria", .opposes, from: "2024", confidence: 0.5, quote: "Weak."),
            Fixtures.claim("avalon", "borduria", .opposes, from: "2023", until: "2025", confidence: 0.9, quote: "Strong."),
            Fixtures.claim("avalon", "borduria", .hostile, from: "2020", until: "2021", quote: "Over."),
        ]
        let dot = DOTWriter.snapshot(Fixtures.graph(claims).snapshot(at: Fixtures.date("2024-06-01")))
        #expect(dot.contains(#"label="opposes ×2 · since 2024""#), "the claim over by 2021 is not in force")
        #expect(dot.contains(#"the strongest:\n“Strong.”"#))
        #expect(!dot.contains("Weak."))
        let single = DOTWriter.snapshot(Fixtures.graph([claims[0]]).snapshot(at: Fixtures.date("2024-06-01")))
        #expect(single.contains(#"label="opposes · since 2024""#), "no count on a lone claim")
    }

    @Test func notesAnEmptySnapshot() {
        let dot = DOTWriter.snapshot(Fixtures.graph([]).snapshot(at: Fixtures.date("2024-06-01")))
        #expect(dot.contains(##""empty" [fontcolor="#757575", label="No stances in force on 2024-06-01", shape="plaintext"]"##))
        #expect(dot.contains("cluster_legend"))
    }

    @Test func neverWritesFileReadingAttributes() {
        for dot in [DOTWriter.snapshot(RenderFixtures.iraqAfter), DOTWriter.shift(RenderFixtures.iraqShift)] {
            for attribute in ["image", "shapefile", "fontpath", "imagepath"] {
                #expect(!dot.contains(attribute + "="))
            }
            #expect(dot.hasPrefix("digraph "))
            #expect(!dot.contains("strict"))
        }
    }
}
