/// A stable slug id, such as `coordination-framework`: a string with its own type so that an
/// actor id is never passed where a topic id is meant. Encoded as a plain string.
public protocol SlugID: RawRepresentable<String>, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    init(rawValue: String)
}

extension SlugID {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The stable id of an actor: a slug such as `coordination-framework`.
public struct ActorID: SlugID {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The stable id of a topic: a slug such as `us-troop-presence-iraq`.
public struct TopicID: SlugID {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
