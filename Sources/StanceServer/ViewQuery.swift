import Foundation
import StanceModel

/// What `/graph.svg` is asked to draw: a snapshot at `date`, or the shift from `from` to `to`,
/// cut down by the filters of `render` (`focus`, `depth`, `topic`, `kind`, `top`, `min-confidence`).
struct ViewQuery: Equatable {
    enum Moment: Equatable {
        case snapshot(TimePoint?)
        case shift(from: TimePoint, to: TimePoint)
    }

    var moment: Moment
    var selection: GraphSelection

    /// The largest `--depth` and `top` a page may ask for.
    static let maximumDepth = 10
    static let maximumTop = 2_500

    /// Reads the query parameters; a value that does not parse is a ``RequestProblem``.
    init(_ parameters: [String: String]) throws(RequestProblem) {
        let date = try Self.date(parameters, "date")
        let from = try Self.date(parameters, "from")
        let to = try Self.date(parameters, "to")
        switch (from, to) {
        case (nil, nil): moment = .snapshot(date)
        case let (from?, to?):
            guard from.firstDay <= to.firstDay else { throw RequestProblem("'to' \(to) is before 'from' \(from)") }
            moment = .shift(from: from, to: to)
        default: throw RequestProblem("give both 'from' and 'to' for a shift, or neither")
        }
        var selection = GraphSelection()
        if let focus = Self.text(parameters, "focus") { selection.focus = ActorID(focus) }
        if let depth = try Self.integer(parameters, "depth", in: 0...Self.maximumDepth) {
            guard selection.focus != nil else { throw RequestProblem("'depth' needs 'focus'") }
            selection.depth = depth
        }
        if let topic = Self.text(parameters, "topic") { selection.topic = TopicID(topic) }
        selection.kinds = try Self.kinds(parameters["kind"] ?? "")
        selection.top = try Self.integer(parameters, "top", in: 1...Self.maximumTop)
        if let text = Self.text(parameters, "min-confidence") {
            guard let value = Double(text), (0...1).contains(value) else {
                throw RequestProblem("'min-confidence' must be a number from 0 to 1, not '\(RequestProblem.excerpt(text))'")
            }
            selection.minimumConfidence = value
        }
        self.selection = selection
    }

    /// A non-empty, trimmed parameter.
    static func text(_ parameters: [String: String], _ name: String) -> String? {
        guard let value = parameters[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    static func date(_ parameters: [String: String], _ name: String) throws(RequestProblem) -> TimePoint? {
        guard let text = text(parameters, name) else { return nil }
        guard let point = TimePoint(text) else {
            throw RequestProblem("'\(name)' must be a date YYYY-MM-DD, YYYY-MM or YYYY, not '\(RequestProblem.excerpt(text))'")
        }
        return point
    }

    static func integer(_ parameters: [String: String], _ name: String, in range: ClosedRange<Int>) throws(RequestProblem) -> Int? {
        guard let text = text(parameters, name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw RequestProblem(
                "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(RequestProblem.excerpt(text))'")
        }
        return value
    }

    /// The kinds of a comma-separated list ("state,armed-group" or "armed group").
    static func kinds(_ text: String) throws(RequestProblem) -> Set<ActorKind> {
        var kinds = Set<ActorKind>()
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            guard let kind = ActorKind(rawValue: trimmed) ?? ActorKind(rawValue: trimmed.replacingOccurrences(of: " ", with: "-"))
            else {
                throw RequestProblem(
                    "unknown actor kind '\(RequestProblem.excerpt(trimmed))'; the kinds are "
                        + ActorKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kinds.insert(kind)
        }
        return kinds
    }
}

/// A request the explorer cannot answer as asked: shown to the page as a 400 (or `status`) with its message.
struct RequestProblem: Error, Equatable {
    let message: String
    let status: Int

    init(_ message: String, status: Int = 400) {
        self.message = message
        self.status = status
    }

    /// The first 60 characters of untrusted `text`, for a message.
    static func excerpt(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}
