/// One window of a series: the days from `start` to `end`, both inclusive, at day precision.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    /// Position from the series' anchor: 0 is the window that starts on the anchor (an event's
    /// day, or the first day of the range), -1 the one that ends the day before it.
    public let offset: Int
    public let start: TimePoint
    public let end: TimePoint

    public init(offset: Int, start: TimePoint, end: TimePoint) {
        self.offset = offset
        self.start = start.start
        self.end = end.last
    }

    /// "2024-12-08 – 2025-01-07".
    public var description: String { "\(start) – \(end)" }

    /// The windows of `length` that cover `from` (its first day) to `until` (its last day).
    ///
    /// Boundaries fall on `anchor` (its first day) plus or minus whole windows, so with an event
    /// as anchor one window ends the day before the event and the next starts on it; without one,
    /// the first window starts on `from`. The first and last windows are cut to the range. Empty
    /// when `until` ends before `from` starts.
    /// - Throws: ``ModelError/tooManyWindows(_:limit:)`` when the range holds more than `limit` windows.
    /// - Complexity: O(number of windows).
    public static func series(
        every length: WindowLength, from: TimePoint, until: TimePoint, anchor: TimePoint? = nil, limit: Int = 1_000
    ) throws(ModelError) -> [TimeWindow] {
        let (first, last) = (from.firstDay, until.endDay - 1)
        guard first <= last else { return [] }
        let estimate = Int(Double(last - first + 1) / length.approximateDays) + 2
        if estimate > limit + 2 { throw .tooManyWindows(estimate, limit: limit) }
        let origin = anchor?.firstDay ?? first
        var k = Int((Double(first - origin) / length.approximateDays).rounded(.down))
        while k > Int.min / 2, length.boundary(from: origin, steps: k) > first { k -= 1 }
        while length.boundary(from: origin, steps: k + 1) <= first { k += 1 }
        var windows: [TimeWindow] = []
        var start = length.boundary(from: origin, steps: k)
        while start <= last {
            let next = length.boundary(from: origin, steps: k + 1)
            guard next > start else { break }
            windows.append(
                TimeWindow(
                    offset: k, start: TimePoint(dayNumber: max(start, first)),
                    end: TimePoint(dayNumber: min(next - 1, last))))
            if windows.count > limit { throw .tooManyWindows(windows.count, limit: limit) }
            (start, k) = (next, k + 1)
        }
        return windows
    }
}

/// What happened to the graph's stances over one window.
public struct WindowShift: Sendable {
    public let window: TimeWindow
    /// The day before the window starts (the end of the previous window) against its last day.
    public let shift: Shift

    /// How many keys changed in each way; every kind is present, zero when none did.
    public var counts: [ShiftKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ShiftKind.allCases.map { ($0, 0) })
        for record in shift.entries.records { counts[record.kind, default: 0] += 1 }
        return counts
    }

    /// How many stances are in force on the window's last day.
    public var inForce: Int { shift.entries.records.lazy.filter(\.after.exists).count }
}

extension StanceGraph {
    /// For each window, the shift from the day before it starts to its last day: the stances in
    /// force at each window's end, and what appeared, ended, flipped or held since the previous one.
    /// - Complexity: O(windows × claims).
    public func shifts(over windows: [TimeWindow]) -> [WindowShift] {
        windows.map { WindowShift(window: $0, shift: shift(from: $0.start.adding(days: -1), to: $0.end)) }
    }
}
