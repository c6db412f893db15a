import Foundation

/// What part of a graph to show: claim conditions (topic, actor kinds, outlet, confidence) and
/// view conditions at given dates (documents behind a stance, one actor's neighbourhood, the
/// most connected actors).
///
/// Apply it with ``StanceGraph/selecting(_:at:)``; an empty selection keeps everything.
public struct GraphSelection: Hashable, Sendable {
    /// Only this actor and the actors within ``depth`` stances of it (either direction).
    public var focus: ActorID?
    /// How many stances away from ``focus`` an actor may be; 1: its direct neighbours.
    public var depth: Int
    /// Only claims on this topic.
    public var topic: TopicID?
    /// Only claims whose holder and target are both of one of these kinds (empty: any kind).
    public var kinds: Set<ActorKind>
    /// Only stances backed by at least this many distinct documents: the evidence of every claim
    /// on the key in force at the date (any claim of the key when no date is given).
    public var minimumEvidence: Int
    /// Only claims with evidence from this outlet (compared ignoring case and outer spaces).
    public var outlet: String?
    /// Only claims whose confidence (the highest of their evidence) is at least this.
    public var minimumConfidence: Double
    /// Only the `top` actors with the highest evidence-weighted degree: the documents behind
    /// every stance they hold or receive, summed.
    public var top: Int?

    public init(
        focus: ActorID? = nil, depth: Int = 1, topic: TopicID? = nil, kinds: Set<ActorKind> = [],
        minimumEvidence: Int = 1, outlet: String? = nil, minimumConfidence: Double = 0, top: Int? = nil
    ) {
        self.focus = focus
        self.depth = depth
        self.topic = topic
        self.kinds = kinds
        self.minimumEvidence = minimumEvidence
        self.outlet = outlet
        self.minimumConfidence = minimumConfidence
        self.top = top
    }

    /// Whether the selection keeps every claim.
    public var isEmpty: Bool { self == GraphSelection(depth: depth) }

    /// Whether a condition looks at stances at the dates rather than at single claims.
    var selectsByView: Bool { focus != nil || top != nil || minimumEvidence > 1 }

    /// Whether `claim`, whose holder and target have the kinds given, passes the claim conditions.
    func admits(_ claim: StanceClaim, sourceKind: ActorKind?, targetKind: ActorKind?) -> Bool {
        if let topic, claim.topic != topic { return false }
        if !kinds.isEmpty {
            guard let sourceKind, let targetKind, kinds.contains(sourceKind), kinds.contains(targetKind) else {
                return false
            }
        }
        if minimumConfidence > 0, claim.confidence < minimumConfidence { return false }
        if let outlet = outlet.map(Self.normalized) {
            guard claim.evidence.contains(where: { $0.outlet.map(Self.normalized) == outlet }) else { return false }
        }
        return true
    }

    static func normalized(_ outlet: String) -> String {
        outlet.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// A graph cut down by a ``GraphSelection``.
public struct SelectedGraph: Sendable {
    /// The selected claims with every actor, topic and event of the original graph.
    public let graph: StanceGraph
    /// The positions of the selected claims in the original graph, ascending.
    public let claimPositions: [Int]
    /// How many actors the stances at the dates name before ``GraphSelection/top`` chose among
    /// them (after every other condition).
    public let candidateActors: Int
    /// How many actors the selected stances at the dates name.
    public let shownActors: Int

    /// Whether `--top` left actors out: "top 40 of 512 actors".
    public var leftOut: Int { candidateActors - shownActors }
}
