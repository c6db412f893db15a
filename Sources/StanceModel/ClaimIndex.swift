/// Compact arrays over the claims of a graph: claims grouped by key and ordered by start, with
/// each claim's first day, effective end and ranking data as plain integers.
struct ClaimIndex: Sendable {
    /// Day numbers standing for an open start and an open end.
    static let open: ClosedRange<Int32> = Int32.min...Int32.max

    /// Every actor id, sorted; keys refer to actors by position here.
    var actorIDs: [ActorID] = []
    /// Distinct keys, sorted.
    var keys: [ClaimKey] = []
    /// Every topic id, sorted.
    var topicIDs: [TopicID] = []
    /// Per key: source and target as positions in `actorIDs`, topic as a position in `topicIDs` (-1: none).
    var keySource: [Int32] = []
    var keyTarget: [Int32] = []
    var keyTopic: [Int32] = []
    /// Claims of key k are `order[keyStart[k] ..< keyStart[k + 1]]`, ordered by start then position.
    var keyStart: [Int32] = [0]
    var order: [Int32] = []
    /// Per claim: first day (or open.lowerBound) and effective exclusive end day (or open.upperBound).
    var start: [Int32] = []
    var end: [Int32] = []
    /// Per claim: latest publication day (or open.lowerBound) and confidence.
    var published: [Int32] = []
    var confidence: [Double] = []
    /// The latest day of any claim start, claim end or publication.
    var latestDay: Int32?
    /// The earliest day any claim starts on (open starts aside).
    var earliestStart: Int32?

    init() {}

    /// - Complexity: O(n log n) in the number of claims.
    init(storage: GraphStorage) {
        let records = storage.claims
        let actorOrder = storage.actorIDs.indices.sorted { storage.actorIDs[$0] < storage.actorIDs[$1] }
        var actorRank = [Int32](repeating: 0, count: storage.actorIDs.count)
        for (rank, position) in actorOrder.enumerated() { actorRank[position] = Int32(rank) }
        actorIDs = actorOrder.map { storage.actorIDs[$0] }
        let topicOrder = storage.topicIDs.indices.sorted { storage.topicIDs[$0] < storage.topicIDs[$1] }
        var topicRank = [Int32](repeating: 0, count: storage.topicIDs.count)
        for (rank, position) in topicOrder.enumerated() { topicRank[position] = Int32(rank) }
        topicIDs = topicOrder.map { storage.topicIDs[$0] }

        struct Triple: Hashable {
            let source: Int32
            let target: Int32
            let topic: Int32
        }
        var keyOf = [Triple: Int32]()
        var unsortedKeys: [Triple] = []
        var claimKey = [Int32]()
        claimKey.reserveCapacity(records.count)
        start.reserveCapacity(records.count)
        end.reserveCapacity(records.count)
        published.reserveCapacity(records.count)
        confidence.reserveCapacity(records.count)
        var latest = Int32.min
        var earliest = Int32.max
        for record in records {
            let key = Triple(
                source: actorRank[Int(record.source)], target: actorRank[Int(record.target)],
                topic: record.topic < 0 ? -1 : topicRank[Int(record.topic)])
            if let k = keyOf[key] {
                claimKey.append(k)
            } else {
                let k = Int32(unsortedKeys.count)
                keyOf[key] = k
                unsortedKeys.append(key)
                claimKey.append(k)
            }
            let validTime = record.validTime
            start.append(validTime.firstDay.map(Self.clamp) ?? Self.open.lowerBound)
            end.append(validTime.endDay.map(Self.clamp) ?? Self.open.upperBound)
            if let first = validTime.firstDay {
                latest = max(latest, Self.clamp(first))
                earliest = min(earliest, Self.clamp(first))
            }
            if let after = validTime.endDay { latest = max(latest, Self.clamp(after - 1)) }
            var newest = Self.open.lowerBound
            var highest = -Double.infinity
            for e in Int(record.evidenceStart)..<Int(record.evidenceEnd) {
                let item = storage.evidence[e]
                highest = max(highest, item.confidence.isNaN ? 0 : item.confidence)
                let packed = storage.documents[item.document].published
                guard packed != 0 else { continue }
                let point = TimePoint(packed: packed)
                newest = max(newest, Self.clamp(point.firstDay))
                latest = max(latest, Self.clamp(point.endDay - 1))
            }
            published.append(newest)
            confidence.append(highest == -.infinity ? 1 : highest)
        }
        latestDay = latest == Int32.min ? nil : latest
        earliestStart = earliest == Int32.max ? nil : earliest

        // Renumber keys in sorted order: by source, target, then no topic before any topic.
        let sortedKeyOrder = unsortedKeys.indices.sorted {
            let (a, b) = (unsortedKeys[$0], unsortedKeys[$1])
            return (a.source, a.target, a.topic) < (b.source, b.target, b.topic)
        }
        var rank = [Int32](repeating: 0, count: unsortedKeys.count)
        for (position, old) in sortedKeyOrder.enumerated() { rank[old] = Int32(position) }
        let sortedTriples = sortedKeyOrder.map { unsortedKeys[$0] }
        keySource = sortedTriples.map(\.source)
        keyTarget = sortedTriples.map(\.target)
        keyTopic = sortedTriples.map(\.topic)
        keys = sortedTriples.map {
            ClaimKey(
                source: actorIDs[Int($0.source)], target: actorIDs[Int($0.target)],
                topic: $0.topic < 0 ? nil : topicIDs[Int($0.topic)])
        }

        // Counting sort of claims by key, then order each group by start (stable).
        var counts = [Int32](repeating: 0, count: keys.count + 1)
        for k in claimKey { counts[Int(rank[Int(k)]) + 1] += 1 }
        for k in 0..<keys.count { counts[k + 1] += counts[k] }
        keyStart = counts
        var fill = counts
        order = [Int32](repeating: 0, count: records.count)
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
        var ties: [Int32] = []
        let winner = resolve(key: k, day: day, collectingTies: withTies, into: &ties)
        return winner < 0 ? nil : (winner, ties)
    }

    /// The claim in force for key `k` on `day` (-1 if none); with `collectingTies`, the claims
    /// tied with it are appended to `ties` in position order.
    /// - Complexity: O(claims of the key).
    func resolve(key k: Int, day: Int32, collectingTies: Bool, into ties: inout [Int32]) -> Int32 {
        let lower = Int(keyStart[k])
        var position = Int(keyStart[k + 1]) - 1
        var best: Int32 = -1
        let firstTie = ties.count
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
                if collectingTies { ties.removeSubrange(firstTie...) }
            case false?:
                break
            case nil:
                // Equal rank: the earliest added claim leads, the others are kept as ties.
                let (leader, tied) = c < best ? (c, best) : (best, c)
                best = leader
                if collectingTies { ties.append(tied) }
            }
        }
        if ties.count - firstTie > 1 { ties[firstTie...].sort() }
        return best
    }
}
