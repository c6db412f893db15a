import Foundation

/// What can go wrong while rendering or exporting a graph.
public enum RenderError: Error, LocalizedError, Equatable, Sendable {
    /// The CSV writer failed (`what` names the table).
    case csv(String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .csv(what, reason): "cannot write the \(what) table as CSV: \(reason)"
        }
    }
}
