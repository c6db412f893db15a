/// Compact arrays over the claims of a graph: claims grouped by key and ordered by start, with
/// each claim's first day, effective end and ranking data as plain integers.
struct ClaimIndex: Sendable {
    /// Day numbers standing for an open start and an open end.
    static let open: ClosedRange<Int32> = Int32.min...Int32.max

    /// Every actor id, sorted; keys refer to actors by position here.
    var actorIDs: [ActorID] = []
    /// Distinct keys, sorted.
    var keys: [ClaimKey] = []
    var keySource: [Int32] = []
    var keyTarget: [Int32] = []
    /// Claims of key k are `order[keyStart[k] ..< keyStart[k + 1]]`, ordered by start then position.
    var keyStart: [Int32] = [0]
    var order: [Int32] = []
    /// Per claim: first day (or open.lowerBound) and effective exclusive end day (or open.upperBound).
    var start: [Int32] = []
    var end: [Int32] = []
    /// Per claim: latest publication day (or open.lowerBound) and confidence.
    var published: [Int32] = []
    var confidence: [Double] = []

    init() {}

    /// - Complexity: O(n log n) in the number of claims.
    init(claims: [StanceClaim], actors: [ActorID: StanceActor]) {
        actorIDs = actors.keys.sorted()
        let actorPosition = Dictionary(uniqueKeysWithValues: actorIDs.enumerated().map { ($1, Int32($0)) })
        var keyOf = [ClaimKey: Int32]()
        var unsortedKeys: [ClaimKey] = []
        var claimKey = [Int32]()
        claimKey.reserveCapacity(claims.count)
        start.reserveCapacity(claims.count)
        end.reserveCapacity(claims.count)
        published.reserveCapacity(claims.count)
        confidence.reserveCapacity(claims.count)
        for claim in claims {
            let key = claim.key
            if let k = keyOf[key] {
                claimKey.append(k)
            } else {
                let k = Int32(unsortedKeys.count)
                keyOf[key] = k
                unsortedKeys.append(key)
                claimKey.append(k)
            }
            start.append(claim.validTime.firstDay.map(Self.clamp) ?? Self.open.lowerBound)
            end.append(claim.validTime.endDay.map(Self.clamp) ?? Self.open.upperBound)
            published.append(claim.latestPublication.map { Self.clamp($0.firstDay) } ?? Self.open.lowerBound)
            confidence.append(claim.confidence)
        }
        // Renumber keys in sorted order.
        let sortedKeyOrder = unsortedKeys.indices.sorted { unsortedKeys[$0] < unsortedKeys[$1] }
        var rank = [Int32](repeating: 0, count: unsortedKeys.count)
        for (position, old) in sortedKeyOrder.enumerated() { rank[old] = Int32(position) }
        keys = sortedKeyOrder.map { unsortedKeys[$0] }
        keySource = keys.map { actorPosition[$0.source] ?? -1 }
        keyTarget = keys.map { actorPosition[$0.target] ?? -1 }

        // Counting sort of claims by key, then order each group by start (stable).
        var counts = [Int32](repeating: 0, count: keys.count + 1)
        for k in claimKey { counts[Int(rank[Int(k)]) + 1] += 1 }
        for k in 0..<keys.count { counts[k + 1] += counts[k] }
        keyStart = counts
        var fill = counts
        order = [Int32](repeating: 0, count: claims.count)
        for (position, k) in claimKey.enumerated() {
            let r = Int(rank[Int(k)])
            order[Int(fill[r])] = Int32(position)
            fill[r] += 1
        }
        for k in 0..<keys.count {
            let range = Int(keyStart[k])..<Int(keyStart[k + 1])
            guard range.count > 1 else { continue }
            order[range].sort { (start[Int($0)], $0) < (start[Int($1)], $1) }
            // An open end runs until a later claim on the same key starts.
            var nextLaterStart = Self.open.upperBound
            var position = range.upperBound - 1
            while position >= range.lowerBound {
                var groupEnd = position
                let s = start[Int(order[position])]
                while groupEnd >= range.lowerBound, start[Int(order[groupEnd])] == s { groupEnd -= 1 }
                for p in (groupEnd + 1)...position where end[Int(order[p])] == Self.open.upperBound {
                    end[Int(order[p])] = nextLaterStart
                }
                if s != Self.open.lowerBound { nextLaterStart = s }
                position = groupEnd
            }
        }
    }

    static func clamp(_ day: Int) -> Int32 {
        Int32(clamping: min(max(day, Int(open.lowerBound) + 1), Int(open.upperBound) - 1))
    }

    /// Whether claim `a` outranks claim `b` for the same key: latest start, then latest
    /// publication, then highest confidence. Nil when they rank equally (a tie).
    func outranks(_ a: Int32, _ b: Int32) -> Bool? {
        let (a, b) = (Int(a), Int(b))
        if start[a] != start[b] { return start[a] > start[b] }
        if published[a] != published[b] { return published[a] > published[b] }
        if confidence[a] != confidence[b] { return confidence[a] > confidence[b] }
        return nil
    }

    /// The claim in force for key `k` on `day`, with the claims tied with it (ordered by position),
    /// or nil if none is in force. Ties are gathered only when `withTies` is set.
    /// - Complexity: O(claims of the key).
    func resolve(key k: Int, day: Int32, withTies: Bool) -> (winner: Int32, ties: [Int32])? {
        let lower = Int(keyStart[k])
        var position = Int(keyStart[k + 1]) - 1
        var best: Int32 = -1
        var ties: [Int32] = []
        while position >= lower {
            let c = order[position]
            position -= 1
            let s = start[Int(c)]
            if s > day { continue }
            if best >= 0, s < start[Int(best)] { break }
            if end[Int(c)] <= day { continue }
            if best < 0 {
                best = c
                continue
            }
            switch outranks(c, best) {
            case true?:
                best = c
                ties.removeAll()
            case false?:
                break
            case nil:
                // Equal rank: the earliest added claim leads, the others are kept as ties.
                let (leader, tied) = c < best ? (c, best) : (best, c)
                best = leader
                if withTies { ties.append(tied) }
            }
        }
        guard best >= 0 else { return nil }
        return (best, ties.sorted())
    }
}
