import StanceModel

/// The type of an exported attribute, as GraphML and GEXF name it.
enum ExportType: String {
    case string, double, integer
}

/// One attribute value of an exported node or edge.
enum ExportValue: Equatable {
    case string(String)
    case double(Double)
    case integer(Int)

    /// The value as text: numbers in Swift's shortest round-tripping notation ("0.5", "-1.0").
    var text: String {
        switch self {
        case let .string(text): text
        case let .double(number): number.description
        case let .integer(number): String(number)
        }
    }
}

/// The attributes every export gives a claim (an edge) and an actor (a node), in a fixed order.
///
/// A claim with several evidence records is described by its first one (document, quote,
/// speaker...), its `confidence` is the highest among them and `evidence` says how many there
/// are; the CSV export has a row for each.
enum ExportField {
    /// Edge attributes: name and type.
    static let edge: [(name: String, type: ExportType)] = [
        ("score", .double), ("level", .string), ("topic", .string), ("topic_label", .string),
        ("from", .string), ("until", .string), ("document", .string), ("title", .string),
        ("outlet", .string), ("url", .string), ("published", .string), ("quote", .string),
        ("speaker", .string), ("speaker_actor", .string), ("time_phrase", .string), ("method", .string),
        ("confidence", .double), ("evidence", .integer),
    ]

    /// Values of ``edge`` for a claim; nil where the claim has nothing to say.
    static func edgeValues(_ claim: StanceClaim, in graph: StanceGraph) -> [ExportValue?] {
        let first = claim.evidence.first
        let confidence = claim.confidence
        let values: [String: ExportValue?] = [
            "score": .double(claim.stance.score),
            "level": .string(claim.stance.level.rawValue),
            "topic": claim.topic.map { .string($0.rawValue) },
            "topic_label": claim.topic.flatMap { graph.topics[$0]?.label }.map { .string($0) },
            "from": claim.validTime.start.map { .string($0.description) },
            "until": claim.validTime.end.map { .string($0.description) },
            "document": first.map { .string($0.documentID) },
            "title": first?.title.map { .string($0) },
            "outlet": first?.outlet.map { .string($0) },
            "url": first?.url.map { .string($0) },
            "published": first?.published.map { .string($0.description) },
            "quote": first.map { .string($0.quote) },
            "speaker": first?.speaker.map { .string($0) },
            "speaker_actor": first?.speakerActor.map { .string($0.rawValue) },
            "time_phrase": first?.timePhrase.map { .string($0) },
            "method": first.map { .string($0.method.rawValue) },
            "confidence": confidence.isFinite ? .double(confidence) : nil,
            "evidence": .integer(claim.evidence.count),
        ]
        return edge.map { values[$0.name] ?? nil }
    }

    /// Node attributes: name and type.
    static let node: [(name: String, type: ExportType)] = [
        ("name", .string), ("kind", .string), ("aliases", .string), ("member_of", .string),
    ]

    /// Values of ``node`` for an actor; aliases joined with "; ", memberships as "parent" or
    /// "parent (from – until)" joined with "; ".
    static func nodeValues(_ actor: StanceActor) -> [ExportValue?] {
        [
            .string(actor.name), .string(actor.kind.rawValue),
            actor.aliases.isEmpty ? nil : .string(actor.aliases.joined(separator: "; ")),
            actor.memberships.isEmpty ? nil : .string(memberships(of: actor)),
        ]
    }

    /// "iraq; popular-mobilization-forces (2016 – open)".
    static func memberships(of actor: StanceActor) -> String {
        actor.memberships.map { membership in
            membership.span == .always
                ? membership.parent.rawValue : "\(membership.parent.rawValue) (\(membership.span))"
        }.joined(separator: "; ")
    }

    /// The first day of a span's start and the last day of its end, as `YYYY-MM-DD` (nil when open).
    static func days(of span: TimeSpan) -> (start: String?, end: String?) {
        (span.start?.start.description, span.end?.last.description)
    }
}
