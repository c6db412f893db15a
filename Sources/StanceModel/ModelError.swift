import Foundation

/// Errors of the stance model.
public enum ModelError: Error, LocalizedError, Equatable, Sendable {
    case unknownActor(ActorID, inClaim: String)
    case unknownTopic(TopicID, inClaim: String)
    case unknownEvent(String, known: [String])
    /// A series of windows longer than the limit (the count is an estimate).
    case tooManyWindows(Int, limit: Int)
    /// An actor asked for by id (`--focus`) that the graph does not hold, with ids like it.
    case noSuchActor(ActorID, nearest: [ActorID])
    /// A topic asked for by id (`--topic`) that the graph does not hold, with ids like it.
    case noSuchTopic(TopicID, nearest: [TopicID])

    public var errorDescription: String? {
        switch self {
        case .unknownActor(let id, let claim): "unknown actor '\(id)' in claim \(claim)"
        case .unknownTopic(let id, let claim): "unknown topic '\(id)' in claim \(claim)"
        case .noSuchActor(let id, let nearest):
            "no actor '\(id)' in the graph" + Self.suggestion(nearest.map(\.rawValue))
        case .noSuchTopic(let id, let nearest):
            "no topic '\(id)' in the graph" + Self.suggestion(nearest.map(\.rawValue))
        case .unknownEvent(let name, let known):
            "no event named '\(name)'" + (known.isEmpty ? " (the graph has no events)" : "; known events: \(known.joined(separator: ", "))")
        case .tooManyWindows(let count, let limit):
            "about \(count) windows, more than \(limit): choose longer windows or a shorter range"
        }
    }

    private static func suggestion(_ ids: [String]) -> String {
        ids.isEmpty ? "" : "; did you mean \(ids.map { "'\($0)'" }.joined(separator: ", "))?"
    }
}
