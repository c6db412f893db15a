/// The kinds of actor StanceGraph knows; the raw values are used in files and on the command line.
public enum ActorKind: String, CaseIterable, Sendable, Codable, Hashable {
    case state
    case government
    case party
    case faction
    case armedGroup = "armed-group"
    case coalition
    case organization
    case person
}

/// An actor: anyone who can hold a stance or be its target (a state, a party, a militia, an official).
///
/// Named `StanceActor` so that it never shadows Swift's `Actor` protocol.
public struct StanceActor: Hashable, Sendable, Codable, Identifiable {
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var memberships: [Membership]

    public init(
        id: ActorID, name: String, kind: ActorKind, aliases: [String] = [],
        memberships: [Membership] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.memberships = memberships
    }

    /// The actors this one belongs to at `point` (a membership with no span always holds).
    public func parents(at point: TimePoint) -> [ActorID] {
        memberships.filter { $0.span.contains(point) }.map(\.parent)
    }
}

/// Membership of an actor in a larger one (a spokesperson in a government, a militia in the PMF),
/// optionally bounded in time.
public struct Membership: Hashable, Sendable, Codable {
    public var parent: ActorID
    public var span: TimeSpan

    public init(parent: ActorID, span: TimeSpan = .always) {
        self.parent = parent
        self.span = span
    }
}

/// A subject a stance can be about, such as "U.S. troop presence in Iraq".
public struct Topic: Hashable, Sendable, Codable, Identifiable {
    public var id: TopicID
    public var label: String

    public init(id: TopicID, label: String) {
        self.id = id
        self.label = label
    }
}

/// A named, dated happening (the fall of Assad, 2024-12-08) that claims and shifts can refer to.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var date: TimePoint
    public var aliases: [String]

    public init(id: String, name: String, date: TimePoint, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.date = date
        self.aliases = aliases
    }

    /// Whether `text` names this event: its id, name or an alias, ignoring case.
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.lowercased()
        return ([id, name] + aliases).contains { $0.lowercased() == wanted }
    }
}
