import StanceModel

/// The look of stance diagrams (DESIGN.md, "Rendering conventions"): colour by polarity, pen
/// width by intensity, node shape by actor kind, and the shift styles.
enum DiagramStyle {
    static let fontName = "Helvetica"
    static let titleFontSize = 18.0
    static let nodeFontSize = 12.0
    static let edgeFontSize = 10.0
    static let legendFontSize = 10.0
    /// The umbrella's name on a `--roll-up` cluster.
    static let clusterFontSize = 14.0

    /// Longest actor name shown in a node, and longest topic shown on an edge, in characters.
    static let nameLimit = 80
    static let topicLimit = 80
    /// Longest quote in a tooltip, in characters.
    static let quoteLimit = 1_000
    /// Longest speaker, outlet, title or alias list in a tooltip, in characters.
    static let detailLimit = 200

    // MARK: Polarity

    /// Line colour: support green, opposition red, neutral grey.
    static func color(_ polarity: Polarity) -> String {
        switch polarity {
        case .positive: "#2e7d32"
        case .negative: "#c62828"
        case .neutral: "#757575"
        }
    }

    /// A darker shade of ``color(_:)`` for label text.
    static func fontColor(_ polarity: Polarity) -> String {
        switch polarity {
        case .positive: "#1b5e20"
        case .negative: "#b71c1c"
        case .neutral: "#424242"
        }
    }

    /// Pen width by intensity: allied and hostile thicker than supports and opposes, neutral thin.
    static func penWidth(_ level: StanceLevel) -> Double {
        switch level {
        case .allied, .hostile: 3.0
        case .supports, .opposes: 1.8
        case .neutral: 1.2
        }
    }

    /// Pen width of a changed edge in a shift: thicker than any snapshot edge.
    static let changedPenWidth = 3.5
    /// Colour and width of unchanged edges in a shift: faded.
    static let fadedColor = "#bdbdbd"
    static let fadedFontColor = "#9e9e9e"
    static let fadedPenWidth = 1.0

    /// The attributes of a stance edge in a snapshot.
    static func edge(_ stance: Stance) -> DOTAttributes {
        var attributes = DOTAttributes([
            "color": color(stance.polarity),
            "fontcolor": fontColor(stance.polarity),
        ])
        attributes.set("penwidth", number: penWidth(stance.level))
        return attributes
    }

    /// The attributes of an edge of a shift, by kind: changed bold, appeared dashed, ended dotted,
    /// unchanged faded; coloured by the stance after (by the stance before for an ended one).
    static func edge(_ kind: ShiftKind, before: Stance?, after: Stance?) -> DOTAttributes {
        guard let shown = kind == .ended ? before ?? after : after ?? before else { return DOTAttributes() }
        var attributes = DOTAttributes()
        switch kind {
        case .flipped, .strengthened, .weakened:
            attributes = edge(shown)
            attributes.set("style", "bold")
            attributes.set("fontname", fontName + "-Bold")
            attributes.set("penwidth", number: changedPenWidth)
            attributes.set("weight", "2")
        case .appeared:
            attributes = edge(shown)
            attributes.set("style", "dashed")
        case .ended:
            attributes = edge(shown)
            attributes.set("style", "dotted")
        case .unchanged:
            attributes = DOTAttributes(["color": fadedColor, "fontcolor": fadedFontColor])
            attributes.set("penwidth", number: fadedPenWidth)
        }
        return attributes
    }

    // MARK: Graph

    /// Attributes of the whole graph; `title` becomes the label at the top.
    static func graph(title: String) -> DOTAttributes {
        var attributes = DOTAttributes([
            "fontname": fontName, "labelloc": "t", "labeljust": "c", "rankdir": "LR",
            // overlap and overlap_shrink serve neato, fdp and sfdp; dot ignores them.
            "splines": "true", "overlap": "false", "overlap_shrink": "false", "outputorder": "edgesfirst",
            "newrank": "true",
            "bgcolor": "white",
        ])
        attributes.set("label", title, maxCharacters: 300)
        attributes.set("fontsize", number: titleFontSize)
        attributes.set("nodesep", number: 0.45)
        attributes.set("ranksep", number: 1.1)
        attributes.set("pad", number: 0.3)
        return attributes
    }

    /// Defaults for every node.
    static var nodeDefaults: DOTAttributes {
        var attributes = DOTAttributes(["fontname": fontName, "color": "#455a64", "margin": "0.15,0.06"])
        attributes.set("fontsize", number: nodeFontSize)
        attributes.set("penwidth", number: 1.2)
        return attributes
    }

    /// Defaults for every edge.
    static var edgeDefaults: DOTAttributes {
        var attributes = DOTAttributes(["fontname": fontName])
        attributes.set("fontsize", number: edgeFontSize)
        attributes.set("arrowsize", number: 0.8)
        // Preferred edge length for neato, long enough for a two-line label; dot ignores it.
        attributes.set("len", number: 1.6)
        return attributes
    }
}
