import Foundation
import Graphviz

/// What can go wrong while rendering or exporting a graph.
public enum RenderError: Error, LocalizedError, Equatable, Sendable {
    /// The CSV writer failed (`what` names the table).
    case csv(String, reason: String)
    /// A diagram too big to lay out in reasonable time with the engine.
    case tooLarge(actors: Int, stances: Int, engine: LayoutEngine)

    public var errorDescription: String? {
        switch self {
        case let .csv(what, reason): "cannot write the \(what) table as CSV: \(reason)"
        case let .tooLarge(actors, stances, engine):
            "\(actors) actors and \(stances) stances are too many to draw with \(engine.rawValue) in reasonable time (at most "
                + (engine == .dot
                    ? "\(DiagramLayout.maximumDotActors) actors and \(DiagramLayout.maximumDotStances) stances; without --engine, sfdp is used"
                    : "\(DiagramLayout.maximumActors) actors and \(DiagramLayout.maximumStances) stances")
                + "): choose what to show with --top K or --focus ACTOR (or --topic, --kind, --min-evidence)"
        }
    }
}
