/// When a stance held: from a start point to an end point, both inclusive of their whole
/// period, either end open. `from: 2024, until: 2024` is every day of 2024.
public struct TimeSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: TimePoint?
    public var end: TimePoint?

    /// A span; nil if it ends before it starts.
    public init?(from start: TimePoint?, until end: TimePoint?) {
        if let start, let end, end.endDay <= start.firstDay { return nil }
        self.start = start
        self.end = end
    }

    /// The span covering exactly one point's period ("2024").
    public init(_ point: TimePoint) {
        start = point
        end = point
    }

    /// The span open at both ends.
    public static let always = TimeSpan(start: nil, end: nil)

    private init(start: TimePoint?, end: TimePoint?) {
        self.start = start
        self.end = end
    }

    /// First day covered (days since 1970-01-01), or nil if open.
    public var firstDay: Int? { start?.firstDay }
    /// Day after the last day covered, or nil if open.
    public var endDay: Int? { end?.endDay }

    /// Whether the span covers the first day of `point`.
    public func contains(_ point: TimePoint) -> Bool { contains(day: point.firstDay) }

    /// Whether the span covers the day `day` (days since 1970-01-01).
    public func contains(day: Int) -> Bool {
        if let start, day < start.firstDay { return false }
        if let end, day >= end.endDay { return false }
        return true
    }

    /// "2024-12-08 – open", "open – 2024", "2024".
    public var description: String {
        if let start, let end, start == end { return start.description }
        return "\(start?.description ?? "open") – \(end?.description ?? "open")"
    }

    private enum CodingKeys: String, CodingKey { case from, until }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decodeIfPresent(TimePoint.self, forKey: .from)
        let end = try container.decodeIfPresent(TimePoint.self, forKey: .until)
        guard let span = TimeSpan(from: start, until: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .until, in: container, debugDescription: "span ends before it starts")
        }
        self = span
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(start, forKey: .from)
        try container.encodeIfPresent(end, forKey: .until)
    }
}
