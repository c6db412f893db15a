import StanceModel

/// A small graph of the fictional actors for the view filters (`--focus`, `--topic`, `--kind`,
/// `--min-evidence`, `--source-outlet`, `--top`), on 2025-01-31:
///
/// 0, 1. Avalon supports Borduria (doc-1 from Fictional Times, doc-2 at confidence 0.4)
/// 2. Green Front opposes Avalon on the bases (doc-3, 0.9)
/// 3. Red Brigade is hostile to Green Front (doc-4 from " fictional times ")
/// 4. Northern League supports Red Brigade, until 2024-06-01 (doc-5)
/// 5. Borduria opposes Red Brigade on trade (doc-6, 0.6)
public enum SelectionFixture {
    public static let day = Fixtures.date("2025-01-31")

    /// A claim from `document` (outlet "Outlet of DOCUMENT" unless given), valid from 2024-01-01.
    public static func claim(
        _ source: ActorID, _ target: ActorID, topic: TopicID? = nil, _ stance: Stance = .supports,
        document: String = "doc-1", outlet: String? = nil, confidence: Double = 1, from: String = "2024-01-01",
        until: String? = nil
    ) -> StanceClaim {
        var evidence = Fixtures.evidence(
            "\(source) on \(target) in \(document).", confidence: confidence, document: document)
        evidence.outlet = outlet ?? "Outlet of \(document)"
        return StanceClaim(
            source: source, target: target, topic: topic, stance: stance, validTime: Fixtures.span(from, until),
            evidence: [evidence])
    }

    public static let claims: [StanceClaim] = [
        claim("avalon", "borduria", document: "doc-1", outlet: "Fictional Times"),
        claim("avalon", "borduria", document: "doc-2", confidence: 0.4),
        claim("green-front", "avalon", topic: "bases", .opposes, document: "doc-3", confidence: 0.9),
        claim("red-brigade", "green-front", .hostile, document: "doc-4", outlet: " fictional times "),
        claim("northern-league", "red-brigade", document: "doc-5", until: "2024-06-01"),
        claim("borduria", "red-brigade", topic: "trade", .opposes, document: "doc-6", confidence: 0.6),
    ]

    public static var graph: StanceGraph { Fixtures.graph(claims) }
}
