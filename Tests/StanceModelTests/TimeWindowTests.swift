import StanceModel
import StanceTestSupport
import Testing

@Suite("time windows")
struct TimeWindowTests {
    static func spans(_ windows: [TimeWindow]) -> [String] { windows.map { "\($0.offset): \($0)" } }

    @Test("lengths parse as days, weeks, months and years; zero, negative and unknown units do not")
    func lengths() {
        #expect(WindowLength("1mo") == .months(1))
        #expect(WindowLength("6MO") == .months(6))
        #expect(WindowLength("1w") == .weeks(1))
        #expect(WindowLength("10d") == .days(10))
        #expect(WindowLength("30") == .days(30))
        #expect(WindowLength("2y") == .months(24))
        for bad in ["", "0", "0mo", "-3", "mo", "1x", "1.5w", "99999999999999999999d"] {
            #expect(WindowLength(bad) == nil, "\(bad)")
        }
        #expect(WindowLength("6mo")?.description == "6mo")
    }

    @Test("without an anchor, windows start on the first day of the range and the last is cut at its end")
    func unanchored() throws {
        let windows = try TimeWindow.series(
            every: .days(10), from: Fixtures.date("2024-01-01"), until: Fixtures.date("2024-01-25"))
        #expect(
            Self.spans(windows) == [
                "0: 2024-01-01 – 2024-01-10", "1: 2024-01-11 – 2024-01-20", "2: 2024-01-21 – 2024-01-25",
            ])
        let weeks = try TimeWindow.series(every: .weeks(1), from: Fixtures.date("2024-02"), until: Fixtures.date("2024-02-14"))
        #expect(Self.spans(weeks) == ["0: 2024-02-01 – 2024-02-07", "1: 2024-02-08 – 2024-02-14"])
    }

    @Test("months count from the anchor, so a series from the 31st keeps the month ends")
    func months() throws {
        let windows = try TimeWindow.series(
            every: .months(1), from: Fixtures.date("2024-01-31"), until: Fixtures.date("2024-04"))
        #expect(
            Self.spans(windows) == [
                "0: 2024-01-31 – 2024-02-28", "1: 2024-02-29 – 2024-03-30", "2: 2024-03-31 – 2024-04-29",
                "3: 2024-04-30 – 2024-04-30",
            ])
        let halfYears = try TimeWindow.series(every: .months(6), from: Fixtures.date("2023"), until: Fixtures.date("2024"))
        #expect(Self.spans(halfYears) == ["0: 2023-01-01 – 2023-06-30", "1: 2023-07-01 – 2023-12-31", "2: 2024-01-01 – 2024-06-30", "3: 2024-07-01 – 2024-12-31"])
    }

    @Test("around an event, one window ends the day before it and the next starts on it")
    func anchored() throws {
        let windows = try TimeWindow.series(
            every: .months(1), from: Fixtures.date("2024-10-15"), until: Fixtures.date("2025-01-31"),
            anchor: Fixtures.date("2024-12-08"))
        #expect(
            Self.spans(windows) == [
                "-2: 2024-10-15 – 2024-11-07", "-1: 2024-11-08 – 2024-12-07", "0: 2024-12-08 – 2025-01-07",
                "1: 2025-01-08 – 2025-01-31",
            ])
        let after = try TimeWindow.series(
            every: .days(7), from: Fixtures.date("2025-01-01"), until: Fixtures.date("2025-01-10"),
            anchor: Fixtures.date("2024-12-08"))
        #expect(Self.spans(after) == ["3: 2025-01-01 – 2025-01-04", "4: 2025-01-05 – 2025-01-10"])
    }

    @Test("an empty range gives no windows; too many windows throw")
    func limits() throws {
        #expect(try TimeWindow.series(every: .days(1), from: Fixtures.date("2024-02"), until: Fixtures.date("2024-01")).isEmpty)
        #expect(throws: ModelError.self) {
            try TimeWindow.series(every: .days(1), from: Fixtures.date("2000"), until: Fixtures.date("2024"), limit: 100)
        }
        let one = try TimeWindow.series(every: .days(1), from: Fixtures.date("2024-03-01"), until: Fixtures.date("2024-03-01"))
        #expect(Self.spans(one) == ["0: 2024-03-01 – 2024-03-01"])
    }

    @Test("each window's shift counts what appeared, ended, flipped and held since the previous window")
    func shiftCounts() throws {
        let graph = Fixtures.graph([
            Fixtures.claim("avalon", "borduria", .supports, from: "2024-01-05"),
            Fixtures.claim("avalon", "borduria", .opposes, from: "2024-02-10"),
            Fixtures.claim("green-front", "avalon", .allied, from: "2024-01-01", until: "2024-02-20"),
            Fixtures.claim("red-brigade", "avalon", .hostile, from: "2024-02-01"),
            Fixtures.claim("borduria", "avalon", topic: "trade", .supports, from: "2023"),
        ])
        let windows = try TimeWindow.series(every: .months(1), from: Fixtures.date("2024-01"), until: Fixtures.date("2024-03-31"))
        let series = graph.shifts(over: windows)
        let table = series.map { s in
            [s.inForce] + [ShiftKind.appeared, .ended, .flipped, .unchanged].map { s.counts[$0] ?? -1 }
        }
        // January: avalon→borduria and green-front→avalon appear, borduria's 2023 trade stance holds.
        // February: red-brigade appears, avalon→borduria flips, green-front ends (on 02-20), trade holds.
        // March: two unchanged (avalon→borduria opposes, red-brigade), trade holds: three.
        #expect(table == [[3, 2, 0, 0, 1], [3, 1, 1, 1, 1], [3, 0, 0, 0, 3]])
        #expect(series[1].shift.from == Fixtures.date("2024-01-31") && series[1].shift.to == Fixtures.date("2024-02-29"))
        #expect(series.allSatisfy { $0.counts.count == ShiftKind.allCases.count })
    }
}
