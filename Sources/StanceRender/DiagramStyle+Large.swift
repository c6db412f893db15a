import StanceModel

/// The look of big graphs (``DiagramLayout/isLarge``): force-directed with overlap removal,
/// smaller type, thin translucent edges without labels (their tooltips keep everything).
extension DiagramStyle {
    /// Graph attributes added for a big graph: prism overlap removal keeps node labels apart.
    static var largeGraph: DOTAttributes {
        var attributes = DOTAttributes(["overlap": "prism", "splines": "false", "outputorder": "edgesfirst"])
        attributes.set("overlap_scaling", number: 3)
        attributes.set("sep", "+6")
        attributes.set("pad", number: 0.5)
        attributes.set("fontsize", number: 28)
        return attributes
    }

    /// Node defaults for a big graph.
    static var largeNodeDefaults: DOTAttributes {
        var attributes = DOTAttributes(["margin": "0.06,0.02"])
        attributes.set("fontsize", number: 10)
        attributes.set("height", number: 0.3)
        return attributes
    }

    /// Edge defaults for a big graph.
    static var largeEdgeDefaults: DOTAttributes {
        var attributes = DOTAttributes()
        attributes.set("arrowsize", number: 0.5)
        return attributes
    }

    /// A stance edge of a big graph: its colour translucent, its pen half as wide.
    static func largeEdge(_ stance: Stance) -> DOTAttributes {
        var attributes = DOTAttributes(["color": color(stance.polarity) + "80"])
        attributes.set("penwidth", number: penWidth(stance.level) / 2)
        return attributes
    }
}
