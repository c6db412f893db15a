import StanceModel

/// The snapshot rule of DESIGN.md written out directly over the list of claims, with no index:
/// slow and simple, to check `StanceGraph` against.
///
/// A claim is in force on a day when its valid span contains the day, an open end running until
/// a later claim on the same key starts; among those on a key, the latest start wins, then the
/// latest publication, then the highest confidence; equal ones are ties, the earliest added leading.
struct ReferenceModel {
    struct Resolution: Equatable {
        var winner: Int
        var ties: [Int]
    }

    let claims: [StanceClaim]
    let claimsOfKey: [ClaimKey: [Int]]

    init(_ claims: [StanceClaim]) {
        self.claims = claims
        var claimsOfKey: [ClaimKey: [Int]] = [:]
        for (i, claim) in claims.enumerated() {
            claimsOfKey[ClaimKey(source: claim.source, target: claim.target, topic: claim.topic), default: []]
                .append(i)
        }
        self.claimsOfKey = claimsOfKey
    }

    /// The first day of claim `i`, nil for an open start.
    func startDay(_ i: Int) -> Int? { claims[i].validTime.start?.firstDay }

    /// The first day claim `i` is no longer in force, nil if never.
    func stopDay(_ i: Int) -> Int? {
        if let end = claims[i].validTime.end { return end.last.firstDay + 1 }
        var stop: Int?
        for j in claimsOfKey[claims[i].key]! {
            guard let later = startDay(j) else { continue }
            if let mine = startDay(i), later <= mine { continue }
            stop = min(stop ?? later, later)
        }
        return stop
    }

    func holds(_ i: Int, on day: Int) -> Bool {
        if let start = startDay(i), day < start { return false }
        if let stop = stopDay(i), day >= stop { return false }
        return true
    }

    func rank(_ i: Int) -> (Int, Int, Double) {
        let evidence = claims[i].evidence
        return (
            startDay(i) ?? Int.min,
            evidence.compactMap { $0.published?.firstDay }.max() ?? Int.min,
            evidence.map(\.confidence).max() ?? 1
        )
    }

    func resolve(_ key: ClaimKey, on day: Int) -> Resolution? {
        let holding = (claimsOfKey[key] ?? []).filter { holds($0, on: day) }
        guard let best = holding.map(rank).max(by: <) else { return nil }
        let top = holding.filter { rank($0) == best }.sorted()
        return Resolution(winner: top[0], ties: Array(top.dropFirst()))
    }

    func snapshot(on day: Int) -> [ClaimKey: Resolution] {
        var result: [ClaimKey: Resolution] = [:]
        for key in claimsOfKey.keys {
            if let resolution = resolve(key, on: day) { result[key] = resolution }
        }
        return result
    }

    static func kind(before: Stance?, after: Stance?) -> ShiftKind? {
        guard let before else { return after == nil ? nil : .appeared }
        guard let after else { return .ended }
        if (before.score < 0 && after.score > 0) || (before.score > 0 && after.score < 0) { return .flipped }
        if abs(after.score) > abs(before.score) { return .strengthened }
        if abs(after.score) < abs(before.score) { return .weakened }
        return .unchanged
    }

    /// Differences between the graph's snapshot at `day` and this model's, described; empty if none.
    func mismatches(in graph: StanceGraph, on day: Int, limit: Int = 5) -> [String] {
        let expected = snapshot(on: day)
        let snapshot = graph.snapshot(at: TimePoint(dayNumber: day))
        var problems: [String] = []
        if snapshot.entries.count != expected.count {
            problems.append("day \(day): \(snapshot.entries.count) entries, expected \(expected.count)")
        }
        for entry in snapshot.entries where problems.count < limit {
            guard let resolution = expected[entry.key] else {
                problems.append("day \(day): unexpected entry \(entry.key) (claim #\(entry.claimIndex))")
                continue
            }
            if entry.claimIndex != resolution.winner || entry.claim != claims[resolution.winner]
                || entry.stance != claims[resolution.winner].stance
                || entry.ties != resolution.ties.map({ claims[$0] })
            {
                problems.append(
                    "day \(TimePoint(dayNumber: day)) \(entry.key): got #\(entry.claimIndex) with \(entry.ties.count) ties, "
                        + "expected #\(resolution.winner) with ties \(resolution.ties)")
            }
        }
        return problems
    }
}
