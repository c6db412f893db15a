import StanceModel

/// The key of a diagram, drawn in a `cluster_legend` box: one node holding a compact HTML-like
/// table headed "Key", with a sample stroke per line style, then a swatch per actor kind present.
///
/// One node, so that every layout engine keeps the key together (neato and sfdp ignore
/// clusters). Its text is this module's own (counts and fixed words), escaped all the same.
struct Legend {
    /// How a sample line is drawn.
    enum Stroke {
        case solid, dashed, dotted
    }

    /// One line of the key: a sample stroke and what it means.
    struct Row: Equatable {
        let stroke: Stroke
        let color: String
        let penWidth: Double
        let text: String
    }

    let rows: [Row]
    let kinds: [ActorKind]

    /// The key of a snapshot: the five stance levels, then the kinds of actor shown.
    static func snapshot(kinds: [ActorKind]) -> Legend {
        let levels: [StanceLevel] = [.allied, .supports, .neutral, .opposes, .hostile]
        let rows = levels.map {
            Row(
                stroke: .solid, color: DiagramStyle.color(Stance($0).polarity),
                penWidth: DiagramStyle.penWidth($0), text: $0.rawValue)
        }
        return Legend(rows: rows, kinds: kinds)
    }

    /// The key of a shift: the kinds of change with their counts, the three colours, then the
    /// kinds of actor shown.
    static func shift(kinds: [ActorKind], counts: [ShiftKind: Int]) -> Legend {
        let changed = [ShiftKind.flipped, .strengthened, .weakened]
            .filter { counts[$0, default: 0] > 0 }
            .map { "\(counts[$0, default: 0]) \($0.rawValue)" }
        let grey = DiagramStyle.color(.neutral)
        let rows = [
            Row(
                stroke: .solid, color: "#424242", penWidth: DiagramStyle.changedPenWidth,
                text: "changed: before → after" + (changed.isEmpty ? " (0)" : " (\(changed.joined(separator: ", ")))")),
            Row(stroke: .dashed, color: grey, penWidth: 1.8, text: "appeared (\(counts[.appeared, default: 0]))"),
            Row(stroke: .dotted, color: grey, penWidth: 1.8, text: "ended (\(counts[.ended, default: 0]))"),
            Row(
                stroke: .solid, color: DiagramStyle.fadedColor, penWidth: DiagramStyle.fadedPenWidth,
                text: "unchanged (\(counts[.unchanged, default: 0]))"),
            Row(stroke: .solid, color: DiagramStyle.color(.positive), penWidth: 1.8, text: "supports, allied (colour: after; ended: before)"),
            Row(stroke: .solid, color: DiagramStyle.color(.neutral), penWidth: 1.8, text: "neutral"),
            Row(stroke: .solid, color: DiagramStyle.color(.negative), penWidth: 1.8, text: "opposes, hostile"),
        ]
        return Legend(rows: rows, kinds: kinds)
    }

    /// The HTML-like table of the key (without the outer angle brackets), a row a line.
    var table: String {
        var lines = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Key</B></TD></TR>"]
        lines += rows.map { row in
            "<TR><TD>" + Self.sample(row) + "</TD><TD ALIGN=\"LEFT\">" + DOTEscaping.html(row.text) + "</TD></TR>"
        }
        if !kinds.isEmpty { lines.append("<TR><TD COLSPAN=\"2\" HEIGHT=\"6\"></TD></TR>") }
        for kind in kinds {
            let text = DiagramStyle.name(kind) + ": " + DiagramStyle.shapeName(kind)
            lines.append("<TR><TD>" + Self.swatch(kind) + "</TD><TD ALIGN=\"LEFT\">" + DOTEscaping.html(text) + "</TD></TR>")
        }
        return (["<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"] + lines + ["</TABLE>"])
            .joined(separator: "\n")
    }

    /// A sample stroke: a row of filled cells as long as a short edge, as thick as its pen.
    static func sample(_ row: Row) -> String {
        let height = max(1, Int(row.penWidth.rounded()))
        let (count, width, spacing): (Int, Int, Int) =
            switch row.stroke {
            case .solid: (1, 36, 0)
            case .dashed: (4, 6, 3)
            case .dotted: (8, 2, 2)
            }
        let cell = "<TD WIDTH=\"\(width)\" HEIGHT=\"\(height)\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"\(row.color)\"></TD>"
        return "<TABLE BORDER=\"0\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"0\"><TR>"
            + String(repeating: cell, count: count) + "</TR></TABLE>"
    }

    /// A swatch of a kind: a small cell with the kind's fill and border.
    static func swatch(_ kind: ActorKind) -> String {
        let style = DiagramStyle.swatchBorder(kind).map { " STYLE=\"\($0)\"" } ?? ""
        return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>"
            + "<TD WIDTH=\"36\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\" BORDER=\"1\" COLOR=\"#455a64\" BGCOLOR=\""
            + DiagramStyle.fill(kind) + "\"" + style + "></TD></TR></TABLE>"
    }

    /// Writes the key as `subgraph "cluster_legend"` holding the node `legend`.
    func write(into graph: inout DOTGraph) {
        // An empty cluster label, or it would inherit the title; the heading is in the table,
        // since engines without clusters (neato) would draw a cluster label over it.
        let box = DOTAttributes(["style": "rounded", "color": "#9e9e9e", "label": ""])
        graph.subgraph("cluster_legend", box) { legend in
            var key = DOTAttributes(["shape": "plaintext", "fontname": DiagramStyle.fontName, "margin": "0"])
            key.set("fontsize", number: DiagramStyle.legendFontSize)
            key.set("label", html: table)
            key.set("tooltip", "Key: line styles and actor kinds", context: .tooltip)
            legend.node("legend", key)
        }
    }
}
