import StanceModel
import StanceTestSupport

/// Graphs drawn by the render tests: the fictional fixtures, and a regime-change graph shaped
/// like the seed article (factions turning from opposing to supporting a troop presence).
enum RenderFixtures {
    /// The fictional graph: before the coup Green Front opposes the Bordurian bases; after it, supports them.
    static var coupGraph: StanceGraph {
        Fixtures.graph([
            Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2023-10-07"),
            Fixtures.claim(
                "green-front", "borduria", topic: "bases", .supports, from: "2024-12-08",
                quote: "Most leaders of the Green Front are in favour of keeping the bases."),
            Fixtures.claim("avalon", "borduria", topic: "trade", .supports, from: "2024"),
            Fixtures.claim("red-brigade", "borduria", .hostile, from: "2020", until: "2024-12-31"),
            Fixtures.claim("northern-league", "red-brigade", .allied, from: nil),
            Fixtures.claim("borduria", "avalon", .neutral, from: "2024-12-10"),
        ])
    }

    /// The snapshot of the coup graph the day before the coup.
    static var snapshotBefore: Snapshot { coupGraph.snapshot(at: Fixtures.date("2024-12-07")) }

    /// The shift of the coup graph across the coup, until 2025-01-31.
    static var coupShift: Shift {
        coupGraph.shift(around: Fixtures.events[0], until: Fixtures.date("2025-01-31"))
    }

    static let iraqActors: [StanceActor] = [
        StanceActor(id: "united-states", name: "United States", kind: .state, aliases: ["U.S.", "Washington"]),
        StanceActor(id: "iraq", name: "Iraq", kind: .state, aliases: ["Baghdad"]),
        StanceActor(id: "iraqi-government", name: "Iraqi government", kind: .government),
        StanceActor(id: "national-security-service", name: "National Security Service (Iraq)", kind: .organization),
        StanceActor(id: "iran", name: "Iran", kind: .state),
        StanceActor(id: "coordination-framework", name: "Shiite Coordination Framework", kind: .coalition),
        StanceActor(id: "iran-aligned-factions", name: "Iran-aligned factions in Iraq", kind: .faction),
        StanceActor(id: "iraqi-armed-groups", name: "Iraqi armed groups", kind: .armedGroup),
        StanceActor(id: "iraqi-political-leaders", name: "Iraqi political leaders", kind: .faction),
        StanceActor(id: "us-led-coalition", name: "U.S.-led coalition against IS", kind: .coalition),
        StanceActor(id: "islamic-state", name: "Islamic State", kind: .armedGroup, aliases: ["IS", "ISIS", "Daesh"]),
        StanceActor(id: "hamas", name: "Hamas", kind: .armedGroup),
        StanceActor(id: "israel", name: "Israel", kind: .state),
        StanceActor(id: "awadi", name: "Bassim al-Awadi", kind: .person),
    ]

    static let fallOfAssad = Event(id: "fall-of-assad", name: "Fall of Assad", date: Fixtures.date("2024-12-08"))

    /// A graph shaped like the seed article, with its regime change on 2024-12-08.
    static var iraqGraph: StanceGraph {
        let troops: TopicID = "us-troop-presence-iraq"
        let mission: TopicID = "coalition-mission-iraq"
        func claim(
            _ source: ActorID, _ target: ActorID, _ topic: TopicID?, _ level: StanceLevel, _ from: String?,
            _ until: String? = nil, speaker: String? = nil, quote: String = "A quote from the article."
        ) -> StanceClaim {
            var evidence = Fixtures.evidence(quote, document: "iraqi-factions")
            evidence.speaker = speaker
            return StanceClaim(
                source: source, target: target, topic: topic, stance: Stance(level),
                validTime: Fixtures.span(from, until), evidence: [evidence])
        }
        let claims = [
            claim("iran-aligned-factions", "united-states", troops, .opposes, "2023-10-07"),
            claim("coordination-framework", "united-states", troops, .opposes, "2023-10-07"),
            claim("iraqi-political-leaders", "united-states", troops, .opposes, "2023-10-07"),
            claim("iran-aligned-factions", "iran", nil, .allied, nil),
            claim("coordination-framework", "iran", nil, .supports, nil),
            claim("hamas", "israel", nil, .hostile, "2023-10-07"),
            claim("united-states", "iraq", nil, .supports, "2024"),
            claim("iraq", "united-states", nil, .supports, "2024"),
            claim("us-led-coalition", "islamic-state", nil, .hostile, "2024"),
            claim(
                "iraqi-government", "us-led-coalition", mission, .opposes, "2024",
                speaker: "Iraqi spokesperson Bassim al-Awadi"),
            claim("iraqi-armed-groups", "islamic-state", nil, .hostile, "2014"),
            claim("iraqi-armed-groups", "united-states", nil, .hostile, nil),
            claim("iran-aligned-factions", "united-states", troops, .neutral, "2024-12-08"),
            claim(
                "coordination-framework", "united-states", troops, .supports, "2024-12-08",
                speaker: "one official from the Shiite Coordination Framework",
                quote: "Most leaders of the Shiite Coordination Framework are in favor of keeping American forces in Iraq."),
            claim("national-security-service", "united-states", troops, .supports, "2024-12-08"),
            claim("national-security-service", "us-led-coalition", mission, .supports, "2024-12-08"),
            claim("iraqi-government", "united-states", troops, .supports, "2024-12-08"),
            claim("iraqi-political-leaders", "united-states", troops, .supports, "2024-12-08"),
            claim("awadi", "us-led-coalition", mission, .neutral, "2024-12-20"),
        ]
        do {
            return try StanceGraph(
                actors: iraqActors,
                topics: [
                    Topic(id: troops, label: "U.S. troop presence in Iraq"),
                    Topic(id: mission, label: "Coalition military mission in Iraq"),
                ],
                events: [fallOfAssad], claims: claims)
        } catch {
            preconditionFailure("iraq fixture: \(error)")
        }
    }

    static var iraqShift: Shift { iraqGraph.shift(around: fallOfAssad, until: Fixtures.date("2025-01-31")) }
    static var iraqBefore: Snapshot { iraqGraph.snapshot(at: Fixtures.date("2024-12-07")) }
    static var iraqAfter: Snapshot { iraqGraph.snapshot(at: Fixtures.date("2025-01-31")) }
}

extension RenderFixtures {
    /// Two actors and one stance that changes across the coup: the smallest golden case.
    static var smallGraph: StanceGraph {
        Fixtures.graph([
            Fixtures.claim(
                "green-front", "avalon", topic: "bases", .opposes, from: "2024-01", quote: "No bases."),
            Fixtures.claim(
                "green-front", "avalon", topic: "bases", .supports, from: "2024-12-08",
                quote: "We back \"the bases\"."),
        ])
    }
}
