import Graphviz

/// How a snapshot diagram is drawn beyond its content: grouped by umbrella, sized for a big
/// graph, with a note after the title.
public struct DiagramOptions: Sendable, Equatable {
    /// Members drawn inside their umbrella as clusters, edges between groups aggregated.
    public var rollUp: Bool
    /// The layout the DOT is written for.
    public var layout: DiagramLayout
    /// Appended to the title in parentheses: "top 40 of 512 actors".
    public var note: String?

    public init(rollUp: Bool = false, layout: DiagramLayout = .standard, note: String? = nil) {
        self.rollUp = rollUp
        self.layout = layout
        self.note = note
    }

    /// `title` with the note: "Stances on 2025-01-31 (top 40 of 512 actors)".
    func title(_ title: String) -> String {
        note.map { title + " (" + $0 + ")" } ?? title
    }
}

/// The layout engine a diagram is drawn with, and whether it is written for a big graph
/// (force-directed, overlap removal, no edge labels: the tooltips keep them).
public struct DiagramLayout: Sendable, Equatable {
    public var engine: LayoutEngine
    public var isLarge: Bool

    public init(engine: LayoutEngine, isLarge: Bool) {
        self.engine = engine
        self.isLarge = isLarge
    }

    /// `dot` with the standard look: what a diagram gets when nothing is chosen.
    public static let standard = DiagramLayout(engine: .dot, isLarge: false)

    /// Above this many actors, or stances, a diagram is drawn as a big graph with `sfdp`.
    /// `dot` took over 5 s here on 150 actors with 450 stances; `sfdp` about 1 s on 500 actors
    /// with 1,600 stances (see the README's "Big graphs").
    public static let largeActors = 120
    public static let largeStances = 300
    /// Beyond this many actors or stances, no diagram is drawn: `sfdp` needs a minute or more.
    public static let maximumActors = 5_000
    public static let maximumStances = 20_000

    /// The layout for a diagram of `actors` nodes and `stances` edges: `engine` when given (but
    /// never beyond the limits), else `dot` for a small graph and `sfdp` for a large one.
    /// - Throws: ``RenderError/tooLarge(actors:stances:)`` beyond ``maximumActors`` or ``maximumStances``.
    public static func choose(actors: Int, stances: Int, engine: LayoutEngine?) throws(RenderError) -> DiagramLayout {
        guard actors <= maximumActors, stances <= maximumStances else {
            throw .tooLarge(actors: actors, stances: stances)
        }
        let large = actors > largeActors || stances > largeStances
        if let engine { return DiagramLayout(engine: engine, isLarge: large && engine != .dot) }
        return large ? DiagramLayout(engine: .sfdp, isLarge: true) : .standard
    }
}
