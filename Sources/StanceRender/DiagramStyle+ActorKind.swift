import StanceModel

/// Node looks by actor kind: shape, style and fill, and how the key shows them.
extension DiagramStyle {
    /// Node shape, style and fill by actor kind.
    static func node(_ kind: ActorKind) -> DOTAttributes {
        DOTAttributes(["shape": shape(kind).shape, "style": shape(kind).style, "fillcolor": fill(kind)])
    }

    /// Node fill colour by actor kind.
    static func fill(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "#e3f2fd"
        case .government: "#e8eaf6"
        case .party: "#fff8e1"
        case .faction: "#fff3e0"
        case .armedGroup: "#fbe9e7"
        case .coalition: "#f3e5f5"
        case .organization: "#e0f2f1"
        case .person: "#ffffff"
        }
    }

    /// Graphviz shape and style by actor kind.
    static func shape(_ kind: ActorKind) -> (shape: String, style: String) {
        switch kind {
        case .state: ("box", "filled")
        case .government: ("box", "filled,rounded")
        case .party: ("ellipse", "filled")
        case .faction: ("ellipse", "filled,dashed")
        case .armedGroup: ("octagon", "filled")
        case .coalition: ("hexagon", "filled")
        case .organization: ("component", "filled")
        case .person: ("underline", "filled")
        }
    }

    /// The node shape of a kind in words, for the key: "rounded box", "dashed ellipse".
    static func shapeName(_ kind: ActorKind) -> String {
        switch kind {
        case .state: "box"
        case .government: "rounded box"
        case .party: "ellipse"
        case .faction: "dashed ellipse"
        case .armedGroup: "octagon"
        case .coalition: "hexagon"
        case .organization: "component"
        case .person: "underlined name"
        }
    }

    /// The border of a kind's swatch in the key (an HTML-like table cell `STYLE`), if any.
    static func swatchBorder(_ kind: ActorKind) -> String? {
        switch kind {
        case .government, .party: "rounded"
        case .faction: "dashed"
        default: nil
        }
    }

    /// The look of a node for an id no actor of the diagram describes.
    static let unknownNode = DOTAttributes(["shape": "box", "style": "filled,dotted", "fillcolor": "#f5f5f5"])

    /// A kind as people write it: "armed group".
    static func name(_ kind: ActorKind) -> String {
        kind.rawValue.split(separator: "-").joined(separator: " ")
    }
}
