import Foundation
import StanceModel

/// The summary of a window series as a table: per window, its dates, how many stances are in
/// force at its end, and how many appeared, ended, flipped, strengthened, weakened or held
/// since the end of the previous window.
public enum WindowTable {
    /// The columns, in order.
    public static let columns = [
        "window", "offset", "start", "end", "in_force", "appeared", "ended", "flipped", "strengthened", "weakened",
        "unchanged", "file",
    ]

    /// One row per window; `files` names each window's files (their common stem), in order.
    public static func rows(_ series: [WindowShift], files: [String]) -> [[String]] {
        zip(series.indices, series).map { position, item in
            let counts = item.counts
            let kinds: [ShiftKind] = [.appeared, .ended, .flipped, .strengthened, .weakened, .unchanged]
            return [
                String(position + 1), String(item.window.offset), item.window.start.description,
                item.window.end.description, String(item.inForce),
            ] + kinds.map { String(counts[$0, default: 0]) } + [position < files.count ? files[position] : ""]
        }
    }

    /// The table as RFC 4180 CSV (UTF-8, CRLF), through CSV.swift.
    public static func csv(_ series: [WindowShift], files: [String]) throws(RenderError) -> Data {
        try CSVExport.table("windows", header: columns, rows: rows(series, files: files))
    }
}
