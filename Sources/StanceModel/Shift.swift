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

/// One key's resolution at both days, by position.
struct ShiftRecord: Sendable {
    var key: Int32
    var before: Resolution
    var after: Resolution
    var kind: ShiftKind
}

/// The entries of a shift, built as `ShiftEntry` values when read.
public struct ShiftEntries: RandomAccessCollection, Sendable {
    let graph: StanceGraph
    let records: [ShiftRecord]
    let ties: [Int32]

    public var startIndex: Int { 0 }
    public var endIndex: Int { records.count }
    public subscript(position: Int) -> ShiftEntry {
        let record = records[position]
        return ShiftEntry(
            key: graph.index.keys[Int(record.key)],
            before: record.before.exists ? graph.entry(key: record.key, record.before, ties: ties) : nil,
            after: record.after.exists ? graph.entry(key: record.key, record.after, ties: ties) : nil,
            kind: record.kind)
    }
}

/// The change of the graph between two days.
public struct Shift: Sendable {
    public let from: TimePoint
    public let to: TimePoint
    /// The event the shift is centred on, if any.
    public let event: Event?
    /// Every key with a stance at either moment, ordered by key, unchanged ones included.
    public let entries: ShiftEntries

    /// The actors of the entries, ordered by id.
    public var actors: [StanceActor] { entries.graph.actors(ofKeys: entries.records.map(\.key)) }
    /// The topics of the entries, ordered by id.
    public var topics: [Topic] { entries.graph.topics(ofKeys: entries.records.map(\.key)) }

    /// The entries of one kind.
    public func entries(_ kind: ShiftKind) -> [ShiftEntry] {
        entries.records.indices.filter { entries.records[$0].kind == kind }.map { entries[$0] }
    }

    /// How many entries are of `kind`.
    public func count(_ kind: ShiftKind) -> Int { entries.records.lazy.filter { $0.kind == kind }.count }
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
        var records: [ShiftRecord] = []
        var ties: [Int32] = []
        for k in index.keys.indices {
            let before = resolve(key: k, day: dayBefore, ties: &ties)
            let after = resolve(key: k, day: dayAfter, ties: &ties)
            guard
                let kind = ShiftKind(
                    before: before.exists ? storage.claims[Int(before.winner)].stance : nil,
                    after: after.exists ? storage.claims[Int(after.winner)].stance : nil)
            else { continue }
            records.append(ShiftRecord(key: Int32(k), before: before, after: after, kind: kind))
        }
        return Shift(
            from: from.start, to: to.start, event: event,
            entries: ShiftEntries(graph: self, records: records, ties: ties))
    }
}
