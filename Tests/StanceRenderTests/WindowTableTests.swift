import Foundation
import StanceModel
import StanceRender
import StanceTestSupport
import Testing

@Suite("window table")
struct WindowTableTests {
    @Test("a row per window with its dates, stances in force and changes since the previous window; CSV through CSV.swift")
    func rows() throws {
        let graph = RenderFixtures.coupGraph
        let windows = try TimeWindow.series(
            every: .months(1), from: Fixtures.date("2024-11-01"), until: Fixtures.date("2025-01-07"),
            anchor: Fixtures.events[0].date)
        let series = graph.shifts(over: windows)
        let rows = WindowTable.rows(series, files: ["a", "b", "c"])
        #expect(rows.map { $0.count } == [12, 12, 12])
        #expect(rows[0].prefix(4) == ["1", "-2", "2024-11-01", "2024-11-07"])
        // Across the coup: green-front flips, borduria → avalon appears (2024-12-10).
        #expect(rows[2] == ["3", "0", "2024-12-08", "2025-01-07", "4", "1", "1", "1", "0", "0", "2", "c"])
        let csv = String(decoding: try WindowTable.csv(series, files: ["a", "b", "c"]), as: UTF8.self)
        #expect(csv.hasPrefix(WindowTable.columns.joined(separator: ",") + "\r\n1,-2,2024-11-01,2024-11-07,"))
        #expect(csv.components(separatedBy: "\r\n").count == 5)
    }
}
