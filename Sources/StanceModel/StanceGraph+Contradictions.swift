/// Two claims on the same holder, target and topic, in force at the same time, from different
/// documents, whose stances have opposite signs.
public struct Contradiction: Hashable, Sendable {
    public let key: ClaimKey
    /// Positions of the two claims in the graph, the earlier position first.
    public let first: Int
    public let second: Int
    /// The days both are in force: the overlap of their effective spans.
    public let overlap: TimeSpan
}

extension StanceGraph {
    /// Every pair of claims on one key whose effective spans overlap (an open end closes where a
    /// later claim on the key starts, so a stance that changed over time is no contradiction),
    /// that share no document, and whose scores have opposite signs (neutral disagrees with nothing).
    /// Ordered by key, then positions.
    /// - Complexity: O(claims + Σ over keys of claims on the key²).
    public func contradictions() -> [Contradiction] {
        var byKey: [ClaimKey: [Int]] = [:]
        for (position, claim) in claims.enumerated() { byKey[claim.key, default: []].append(position) }
        var found: [Contradiction] = []
        for key in byKey.keys.sorted() {
            let positions = byKey[key] ?? []
            for (i, a) in positions.enumerated() {
                let claimA = claims[a]
                let documentsA = Set(claimA.evidence.map(\.documentID))
                for b in positions[(i + 1)...] {
                    let claimB = claims[b]
                    let signs = (claimA.stance.polarity, claimB.stance.polarity)
                    guard signs == (.positive, .negative) || signs == (.negative, .positive) else { continue }
                    guard documentsA.isDisjoint(with: claimB.evidence.map(\.documentID)) else { continue }
                    let spanA = effectiveSpan(ofClaimAt: a)
                    let spanB = effectiveSpan(ofClaimAt: b)
                    guard let overlap = Self.overlap(spanA, spanB) else { continue }
                    found.append(Contradiction(key: key, first: a, second: b, overlap: overlap))
                }
            }
        }
        return found
    }

    /// The span two spans share, or nil when they do not meet.
    static func overlap(_ a: TimeSpan, _ b: TimeSpan) -> TimeSpan? {
        let start = [a.start, b.start].compactMap { $0 }.max { $0.firstDay < $1.firstDay }
        let end = [a.end, b.end].compactMap { $0 }.min { $0.endDay < $1.endDay }
        if let start, let end, end.endDay <= start.firstDay { return nil }
        return TimeSpan(from: start, until: end)
    }
}
