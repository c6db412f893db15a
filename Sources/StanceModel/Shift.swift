/// How the stance on one key changed between two moments.
public enum ShiftKind: String, CaseIterable, Sendable, Codable, Hashable {
    /// No stance before, one after.
    case appeared
    /// A stance before, none after.
    case ended
    /// The sign changed (support to opposition or back).
    case flipped
    /// Same sign (or from neutral), stronger.
    case strengthened
    /// Same sign (or to neutral), weaker.
    case weakened
    /// Same score.
    case unchanged

    /// Classifies a change of stance on one key; nil when there is no stance at either moment.
    public init?(before: Stance?, after: Stance?) {
        switch (before, after) {
        case (nil, nil): return nil
        case (nil, _?): self = .appeared
        case (_?, nil): self = .ended
        case let (before?, after?):
            if before.score * after.score < 0 {
                self = .flipped
            } else if after.intensity > before.intensity {
                self = .strengthened
            } else if after.intensity < before.intensity {
                self = .weakened
            } else {
                self = .unchanged
            }
        }
    }
}

/// One key's stance before and after.
public struct ShiftEntry: Hashable, Sendable {
    public let key: ClaimKey
    public let before: SnapshotEntry?
    public let after: SnapshotEntry?
    public let kind: ShiftKind
}

/// The change of the graph between two days.
public struct Shift: Sendable {
    public let from: TimePoint
    public let to: TimePoint
    /// The event the shift is centred on, if any.
    public let event: Event?
    /// Every key with a stance at either moment, ordered by key, unchanged ones included.
    public let entries: [ShiftEntry]
    /// The actors of the entries, ordered by id.
    public let actors: [StanceActor]
    /// The topics of the entries, ordered by id.
    public let topics: [Topic]

    /// The entries of one kind.
    public func entries(_ kind: ShiftKind) -> [ShiftEntry] { entries.filter { $0.kind == kind } }
}

extension StanceGraph {
    /// How the graph changed from `from` to `to` (the first day of each), per key.
    /// - Complexity: O(number of claims).
    public func shift(from: TimePoint, to: TimePoint) -> Shift {
        shift(from: from, to: to, event: nil)
    }

    /// The shift across `event`: the day before the event against `later`, which defaults to the
    /// graph's latest date (or the event's day if that is later).
    public func shift(around event: Event, until later: TimePoint? = nil) -> Shift {
        let before = event.date.adding(days: -1)
        let after = later ?? max(latestDate ?? event.date.start, event.date.start)
        return shift(from: before, to: after, event: event)
    }

    private func shift(from: TimePoint, to: TimePoint, event: Event?) -> Shift {
        let (dayBefore, dayAfter) = (ClaimIndex.clamp(from.firstDay), ClaimIndex.clamp(to.firstDay))
        var entries: [ShiftEntry] = []
        for k in index.keys.indices {
            let before = index.resolve(key: k, day: dayBefore, withTies: true)
            let after = index.resolve(key: k, day: dayAfter, withTies: true)
            let beforeEntry = before.map { entry(key: k, winner: $0.winner, ties: $0.ties) }
            let afterEntry = after.map { entry(key: k, winner: $0.winner, ties: $0.ties) }
            guard let kind = ShiftKind(before: beforeEntry?.stance, after: afterEntry?.stance) else { continue }
            entries.append(
                ShiftEntry(key: index.keys[k], before: beforeEntry, after: afterEntry, kind: kind))
        }
        let keys = entries.map(\.key)
        return Shift(
            from: from.start, to: to.start, event: event, entries: entries, actors: actors(of: keys),
            topics: topics(of: keys))
    }
}
