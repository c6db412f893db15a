import StanceModel
import Testing

@testable import StanceRender

@Suite struct DiagramStyleTests {
    @Test func coloursByPolarity() {
        #expect(DiagramStyle.edge(.supports).values["color"] == .quoted("#2e7d32"))
        #expect(DiagramStyle.edge(.allied).values["color"] == .quoted("#2e7d32"))
        #expect(DiagramStyle.edge(.opposes).values["color"] == .quoted("#c62828"))
        #expect(DiagramStyle.edge(.hostile).values["color"] == .quoted("#c62828"))
        #expect(DiagramStyle.edge(.neutral).values["color"] == .quoted("#757575"))
    }

    @Test func thickensByIntensity() {
        #expect(DiagramStyle.penWidth(.allied) > DiagramStyle.penWidth(.supports))
        #expect(DiagramStyle.penWidth(.hostile) > DiagramStyle.penWidth(.opposes))
        #expect(DiagramStyle.penWidth(.supports) > DiagramStyle.penWidth(.neutral))
        #expect(DiagramStyle.penWidth(.allied) == DiagramStyle.penWidth(.hostile))
        #expect(DiagramStyle.edge(.hostile).values["penwidth"] == .quoted("3.00"))
    }

    @Test func makesChangedEdgesBoldAndColouredByTheStanceAfter() {
        for kind in [ShiftKind.flipped, .strengthened, .weakened] {
            let edge = DiagramStyle.edge(kind, before: .opposes, after: .supports)
            #expect(edge.values["style"] == .quoted("bold"))
            #expect(edge.values["color"] == .quoted("#2e7d32"))
            #expect(edge.values["penwidth"] == .quoted("3.50"))
        }
    }

    @Test func dashesAppearedDotsEndedFadesUnchanged() {
        let appeared = DiagramStyle.edge(.appeared, before: nil, after: .hostile)
        #expect(appeared.values["style"] == .quoted("dashed"))
        #expect(appeared.values["color"] == .quoted("#c62828"))
        let ended = DiagramStyle.edge(.ended, before: .allied, after: nil)
        #expect(ended.values["style"] == .quoted("dotted"))
        #expect(ended.values["color"] == .quoted("#2e7d32"))
        let unchanged = DiagramStyle.edge(.unchanged, before: .allied, after: .allied)
        #expect(unchanged.values["color"] == .quoted(DiagramStyle.fadedColor))
        #expect(unchanged.values["penwidth"] == .quoted("1.00"))
        #expect(unchanged.values["style"] == nil)
    }

    @Test func laysOutLeftToRightWithoutOverlap() {
        let graph = DiagramStyle.graph(title: "T")
        #expect(graph.values["rankdir"] == .quoted("LR"))
        #expect(graph.values["overlap"] == .quoted("false"))
        #expect(graph.values["splines"] == .quoted("true"))
        #expect(graph.values["labelloc"] == .quoted("t"))
        #expect(graph.values["label"] == .quoted("T"))
        #expect(graph.values["overlap_shrink"] == .quoted("false"))
        #expect(DiagramStyle.edgeDefaults.values["len"] == .quoted("1.60"))
    }
}
