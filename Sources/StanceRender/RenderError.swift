import Foundation

/// What can go wrong while rendering or exporting a graph.
public enum RenderError: Error, LocalizedError, Equatable, Sendable {
    /// The CSV writer failed (`what` names the table).
    case csv(String, reason: String)
    /// A diagram too big to lay out in reasonable time.
    case tooLarge(actors: Int, stances: Int)

    public var errorDescription: String? {
        switch self {
        case let .csv(what, reason): "cannot write the \(what) table as CSV: \(reason)"
        case let .tooLarge(actors, stances):
            "\(actors) actors and \(stances) stances are too many to draw (at most "
                + "\(DiagramLayout.maximumActors) actors and \(DiagramLayout.maximumStances) stances): "
                + "choose what to show with --top K, --focus ACTOR, --topic, --kind or --min-evidence"
        }
    }
}
