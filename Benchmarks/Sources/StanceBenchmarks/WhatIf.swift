import StanceModel

/// What-if prototypes (`--what-if`): how fast snapshots and shifts could be if entries held claim
/// numbers instead of copies of `StanceClaim`. Built from the same claims with the same rules as
/// `ClaimIndex` (copied here, since it is internal to StanceModel); not part of the README report.
struct WhatIfResult: Codable, Sendable {
    /// `ClaimIndex` as it is, entries as (key, winner, ties) numbers, actors marked in a bitmap.
    var snapshotIndexEntries = Samples(seconds: [])
    /// The same, with each key's start/end/published/confidence stored contiguously in key order.
    var snapshotKeyOrdered = Samples(seconds: [])
    var shiftIndexEntries = Samples(seconds: [])
    var shiftKeyOrdered = Samples(seconds: [])
    /// Materializing today's `SnapshotEntry` values from index entries (what a lazy `entries` would
    /// cost a caller that walks every entry).
    var materialize = Samples(seconds: [])
    var entries = 0
    /// Whether the prototypes chose the same claims and ties as `snapshot(at:)` and `shift(from:to:)`.
    var agrees = false
}

/// A copy of `ClaimIndex`'s arrays and resolution rule, optionally laid out in key order.
struct PrototypeIndex {
    var actorCount = 0
    var keys: [ClaimKey] = []
    var keySource: [Int32] = []
    var keyTarget: [Int32] = []
    var keyStart: [Int32] = [0]
    /// Claim numbers in key order (by key, then start).
    var order: [Int32] = []
    /// Per claim: by claim number, or, when `keyOrdered`, by position in `order`.
    var start: [Int32] = []
    var end: [Int32] = []
    var published: [Int32] = []
    var confidence: [Double] = []
    var keyOrdered = false

    static let open: ClosedRange<Int32> = Int32.min...Int32.max

    static func clamp(_ day: Int) -> Int32 {
        Int32(clamping: min(max(day, Int(open.lowerBound) + 1), Int(open.upperBound) - 1))
    }

    init(claims: [StanceClaim], actors: [ActorID], keyOrdered: Bool) {
        self.keyOrdered = keyOrdered
        actorCount = actors.count
        let actorPosition = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1, Int32($0)) })
        var keyOf = [ClaimKey: Int32]()
        var unsortedKeys: [ClaimKey] = []
        var claimKey = [Int32]()
        for claim in claims {
            let key = claim.key
            if let k = keyOf[key] {
                claimKey.append(k)
            } else {
                keyOf[key] = Int32(unsortedKeys.count)
                claimKey.append(Int32(unsortedKeys.count))
                unsortedKeys.append(key)
            }
            start.append(claim.validTime.firstDay.map(Self.clamp) ?? Self.open.lowerBound)
            end.append(claim.validTime.endDay.map(Self.clamp) ?? Self.open.upperBound)
            published.append(claim.latestPublication.map { Self.clamp($0.firstDay) } ?? Self.open.lowerBound)
            confidence.append(claim.confidence)
        }
        let sortedKeyOrder = unsortedKeys.indices.sorted { unsortedKeys[$0] < unsortedKeys[$1] }
        var rank = [Int32](repeating: 0, count: unsortedKeys.count)
        for (position, old) in sortedKeyOrder.enumerated() { rank[old] = Int32(position) }
        keys = sortedKeyOrder.map { unsortedKeys[$0] }
        keySource = keys.map { actorPosition[$0.source] ?? -1 }
        keyTarget = keys.map { actorPosition[$0.target] ?? -1 }
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
        if keyOrdered {
            start = order.map { start[Int($0)] }
            end = order.map { end[Int($0)] }
            published = order.map { published[Int($0)] }
            confidence = order.map { confidence[Int($0)] }
        }
    }

    /// Where claim `c` at position `p` of `order` keeps its attributes.
    @inline(__always) private func slot(_ c: Int32, _ p: Int) -> Int { keyOrdered ? p : Int(c) }

    /// The same rule as `ClaimIndex.resolve`, returning the position of the winner (not its number)
    /// and appending ties' claim numbers to `ties`.
    @inline(__always)
    func resolve(key k: Int, day: Int32, ties: inout [Int32]) -> Int32 {
        let lower = Int(keyStart[k])
        var position = Int(keyStart[k + 1]) - 1
        var best: Int32 = -1
        var bestSlot = 0
        let tiesBefore = ties.count
        while position >= lower {
            let c = order[position]
            let s = slot(c, position)
            position -= 1
            let cStart = start[s]
            if cStart > day { continue }
            if best >= 0, cStart < start[bestSlot] { break }
            if end[s] <= day { continue }
            if best < 0 {
                best = c
                bestSlot = s
                continue
            }
            let outranks: Bool? =
                cStart != start[bestSlot] ? cStart > start[bestSlot]
                : published[s] != published[bestSlot] ? published[s] > published[bestSlot]
                : confidence[s] != confidence[bestSlot] ? confidence[s] > confidence[bestSlot] : nil
            switch outranks {
            case true?:
                best = c
                bestSlot = s
                ties.removeSubrange(tiesBefore...)
            case false?:
                break
            case nil:
                if c < best {
                    ties.append(best)
                    best = c
                    bestSlot = s
                } else {
                    ties.append(c)
                }
            }
        }
        if ties.count - tiesBefore > 1 { ties[tiesBefore...].sort() }
        return best
    }

    /// An index-only snapshot: (key, winner claim number, range of ties in one shared array).
    struct Entry {
        var key: Int32
        var claim: Int32
        var ties: Range<Int32>
    }

    func snapshot(day: Int32) -> (entries: [Entry], ties: [Int32], actors: [Int32]) {
        var entries: [Entry] = []
        entries.reserveCapacity(keys.count)
        var ties: [Int32] = []
        var used = [Bool](repeating: false, count: actorCount)
        for k in keys.indices {
            let tieStart = Int32(ties.count)
            let winner = resolve(key: k, day: day, ties: &ties)
            guard winner >= 0 else { continue }
            entries.append(Entry(key: Int32(k), claim: winner, ties: tieStart..<Int32(ties.count)))
            used[Int(keySource[k])] = true
            used[Int(keyTarget[k])] = true
        }
        var actors: [Int32] = []
        for (position, isUsed) in used.enumerated() where isUsed { actors.append(Int32(position)) }
        return (entries, ties, actors)
    }

    struct ShiftRow {
        var key: Int32
        var before: Int32
        var after: Int32
        var kind: ShiftKind
    }

    func shift(from: Int32, to: Int32, claims: [StanceClaim]) -> (rows: [ShiftRow], ties: [Int32], actors: [Int32]) {
        var rows: [ShiftRow] = []
        rows.reserveCapacity(keys.count)
        var ties: [Int32] = []
        var used = [Bool](repeating: false, count: actorCount)
        for k in keys.indices {
            let before = resolve(key: k, day: from, ties: &ties)
            let after = resolve(key: k, day: to, ties: &ties)
            guard
                let kind = ShiftKind(
                    before: before >= 0 ? claims[Int(before)].stance : nil,
                    after: after >= 0 ? claims[Int(after)].stance : nil)
            else { continue }
            rows.append(ShiftRow(key: Int32(k), before: before, after: after, kind: kind))
            used[Int(keySource[k])] = true
            used[Int(keyTarget[k])] = true
        }
        var actors: [Int32] = []
        for (position, isUsed) in used.enumerated() where isUsed { actors.append(Int32(position)) }
        return (rows, ties, actors)
    }
}

enum WhatIf {
    static func run(graph: StanceGraph, mid: TimePoint, last: TimePoint, runs: ModelRuns, checksum: inout Checksum)
        -> WhatIfResult
    {
        var result = WhatIfResult()
        let actors = graph.actors.keys.sorted()
        let (midDay, lastDay) = (PrototypeIndex.clamp(mid.firstDay), PrototypeIndex.clamp(last.firstDay))
        let claims = graph.claims
        let today = graph.snapshot(at: mid)
        let todayShift = graph.shift(from: mid, to: last)
        result.agrees = true
        for keyOrdered in [false, true] {
            progress("what-if: index entries\(keyOrdered ? ", key-ordered arrays" : "")")
            let index = PrototypeIndex(claims: claims, actors: actors, keyOrdered: keyOrdered)
            let prototype = index.snapshot(day: midDay)
            let prototypeShift = index.shift(from: midDay, to: lastDay, claims: claims)
            result.agrees = result.agrees
                && today.entries.map(\.claimIndex) == prototype.entries.map { Int($0.claim) }
                && today.entries.map(\.ties.count) == prototype.entries.map(\.ties.count)
                && todayShift.entries.map(\.kind) == prototypeShift.rows.map(\.kind)
                && todayShift.entries.map { $0.before?.claimIndex ?? -1 } == prototypeShift.rows.map { Int($0.before) }
                && todayShift.entries.map { $0.after?.claimIndex ?? -1 } == prototypeShift.rows.map { Int($0.after) }
            let snapshot = measure(runs: runs.snapshot, warmUp: 2, checksum: &checksum) {
                let s = index.snapshot(day: midDay)
                return s.entries.count + s.ties.count + s.actors.count
            }
            let shift = measure(runs: runs.shift, warmUp: 1, checksum: &checksum) {
                let s = index.shift(from: midDay, to: lastDay, claims: claims)
                return s.rows.count + s.ties.count + s.actors.count
            }
            if keyOrdered {
                result.snapshotKeyOrdered = snapshot
                result.shiftKeyOrdered = shift
            } else {
                result.snapshotIndexEntries = snapshot
                result.shiftIndexEntries = shift
                let s = index.snapshot(day: midDay)
                result.entries = s.entries.count
                result.materialize = measure(runs: runs.snapshot, warmUp: 1, checksum: &checksum) {
                    var total = 0
                    for entry in s.entries {
                        let claim = claims[Int(entry.claim)]
                        let key = index.keys[Int(entry.key)]
                        let ties = s.ties[Int(entry.ties.lowerBound)..<Int(entry.ties.upperBound)].map { claims[Int($0)] }
                        total &+= claim.evidence.count + ties.count + (key.topic == nil ? 0 : 1)
                    }
                    return total
                }
            }
        }
        return result
    }
}
