import Foundation
import StanceModel

extension SyntheticGraph {
    /// A seeded graph shaped like a news corpus, for drawing big graphs: `actorCount` actors with
    /// names of one to four words, of every kind, a few of them umbrellas (coalitions) with members;
    /// `claimCount` claims starting in 2020–2024 and mostly still open, so that a snapshot at
    /// 2025-01-01 holds most of them; a few actors in most stances (degrees fall off as a power
    /// law, as in the news), about one key in five reported by two or more documents (parallel
    /// claims), a quarter on one of 12 topics, from 40 outlets.
    public static func news(actors actorCount: Int, claims claimCount: Int, seed: UInt64 = 42) -> StanceGraph {
        var random = SeededRandom(seed: seed)
        let first = [
            "Northern", "Southern", "National", "Popular", "Islamic", "Democratic", "Free", "United", "Revolutionary",
            "Federal", "Eastern", "Western", "Central", "Patriotic", "Liberation", "Sovereign", "Reform", "Civic",
        ]
        let middle = [
            "Resistance", "Unity", "Justice", "Progress", "Salvation", "Dawn", "Renewal", "Homeland", "Victory",
            "Alliance", "Labour", "Green", "Peace", "Future", "Defence", "Tribal", "Coastal", "Mountain",
        ]
        let last: [ActorKind: [String]] = [
            .state: ["Republic", "Kingdom", "Federation", "State"], .government: ["Government", "Ministry", "Cabinet"],
            .party: ["Party", "Movement", "List"], .faction: ["Faction", "Bloc", "Current"],
            .armedGroup: ["Brigades", "Militia", "Army", "Front"], .coalition: ["Coalition", "Framework", "Council"],
            .organization: ["Agency", "Institute", "Union", "Commission"], .person: ["Spokesperson", "Leader", "Envoy"],
        ]
        let kinds: [ActorKind] = [
            .state, .state, .armedGroup, .armedGroup, .party, .party, .person, .person, .government, .organization,
            .faction, .coalition,
        ]
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        var actors: [StanceActor] = (0..<actorCount).map { i in
            let kind = kinds[i % kinds.count]
            let words = 1 + Int(random.next() % 3)
            let name = ([pick(first)] + (words > 1 ? [pick(middle)] : []) + (words > 2 ? [pick(last[kind] ?? ["Group"])] : [])
                + [String(i)]).joined(separator: " ")
            return StanceActor(id: ActorID("actor-\(i)"), name: name, kind: kind)
        }
        // Members of the coalitions: one armed group, faction or party in four belongs to one.
        let umbrellas = actors.indices.filter { actors[$0].kind == .coalition }
        if !umbrellas.isEmpty {
            for i in actors.indices where [.armedGroup, .faction, .party].contains(actors[i].kind) && random.next() % 4 == 0 {
                let since = TimePoint(dayNumber: 18_262 + Int(random.next() % 1_500))  // 2020 to early 2024
                actors[i].memberships = [Membership(parent: actors[pick(umbrellas)].id, span: TimeSpan(from: since, until: nil) ?? .always)]
            }
        }
        let topics = (0..<12).map { Topic(id: TopicID("topic-\($0)"), label: "\(pick(middle)) question \($0)") }
        let outlets = (0..<40).map { "Outlet \($0)" }
        // Power-law choice of an actor: N^u - 1 for a uniform u gives rank r with weight about 1 / (r + 1).
        func actorIndex() -> Int {
            let u = Double(random.next() % 1_000_000) / 1_000_000
            return min(actorCount - 1, max(0, Int(pow(Double(actorCount), u)) - 1))
        }
        let levels = StanceLevel.allCases
        var claims: [StanceClaim] = []
        claims.reserveCapacity(claimCount)
        var document = 0
        while claims.count < claimCount {
            let source = actorIndex()
            var target = actorIndex()
            if target == source { target = (source + 1 + Int(random.next() % UInt64(actorCount - 1))) % actorCount }
            let topic = random.next() % 4 == 0 ? pick(topics).id : nil
            let start = TimePoint(dayNumber: 18_262 + Int(random.next() % 1_800))  // 2020-01-01 to late 2024
            let end = random.next() % 10 == 0 ? TimePoint(dayNumber: 18_262 + 1_800 + Int(random.next() % 400)) : nil
            let stance = Stance(pick(levels))
            let reports = random.next() % 5 == 0 ? 2 + Int(random.next() % 3) : 1
            for _ in 0..<min(reports, claimCount - claims.count) {
                document += 1
                let evidence = Evidence(
                    documentID: "doc-\(document)", title: "Report \(document)", outlet: pick(outlets),
                    url: "https://example.org/\(document)", published: TimePoint(dayNumber: start.firstDay + 1),
                    quote: "\(actors[source].name) said it \(stance.level.rawValue) \(actors[target].name).",
                    method: .manual, confidence: 0.5 + Double(random.next() % 50) / 100)
                claims.append(
                    StanceClaim(
                        source: actors[source].id, target: actors[target].id, topic: topic, stance: stance,
                        validTime: TimeSpan(from: start, until: end) ?? .always, evidence: [evidence]))
            }
        }
        do {
            return try StanceGraph(actors: actors, topics: topics, claims: claims)
        } catch {
            preconditionFailure("synthetic news graph names only its own actors: \(error)")
        }
    }
}
