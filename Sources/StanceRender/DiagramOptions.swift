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
    /// Measured here (2 shared cores) on `SyntheticGraph.news` snapshots with labelled edges: `dot`
    /// took 0.24 s for 43 actors and 159 stances, 0.53 s for 57 and 221, 10 s for 96 and 364 (load
    /// average 5; 1.3, 3.7 and 37 s at 9);
    /// `sfdp` as a big graph 0.6 s for 96 and 364, 1.3 s for 466 and 1,904, 7.4 s for 1,778 and 7,427,
    /// 50 s for 3,438 and 14,693.
    public static let largeActors = 50
    public static let largeStances = 180
    /// Beyond this many actors or stances, no diagram is drawn: `sfdp` would need 15 s or more.
    public static let maximumActors = 2_500
    public static let maximumStances = 10_000
    /// Beyond this many actors or stances, `dot` is refused even when asked for: it would need minutes.
    public static let maximumDotActors = 120
    public static let maximumDotStances = 400

    /// The layout for a diagram of `actors` nodes and `stances` edges: `engine` when given (but
    /// never beyond the limits), else `dot` for a small graph and `sfdp` for a large one — `fdp`
    /// when it is `clustered` (`--roll-up`), since `sfdp` ignores clusters.
    /// - Throws: ``RenderError/tooLarge(actors:stances:engine:)`` beyond ``maximumActors`` or
    ///   ``maximumStances``, or for `dot` beyond ``maximumDotActors`` or ``maximumDotStances``.
    public static func choose(
        actors: Int, stances: Int, engine: LayoutEngine?, clustered: Bool = false
    ) throws(RenderError) -> DiagramLayout {
        guard actors <= maximumActors, stances <= maximumStances else {
            throw .tooLarge(actors: actors, stances: stances, engine: engine ?? .sfdp)
        }
        if engine == .dot, actors > maximumDotActors || stances > maximumDotStances {
            throw .tooLarge(actors: actors, stances: stances, engine: .dot)
        }
        let large = actors > largeActors || stances > largeStances
        if let engine { return DiagramLayout(engine: engine, isLarge: large && engine != .dot) }
        return large ? DiagramLayout(engine: clustered ? .fdp : .sfdp, isLarge: true) : .standard
    }
}
