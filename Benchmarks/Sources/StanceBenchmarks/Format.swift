import Foundation

enum Format {
    /// "0.412 ms", "12.3 ms", "1.27 s".
    static func time(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "–" }
        let ms = seconds * 1000
        switch ms {
        case ..<1: return String(format: "%.3f ms", ms)
        case ..<10: return String(format: "%.2f ms", ms)
        case ..<1000: return String(format: "%.1f ms", ms)
        default: return String(format: "%.2f s", seconds)
        }
    }

    /// "12.3 ms (min 11.9)".
    static func samples(_ samples: Samples) -> String {
        "\(time(samples.median)) (min \(time(samples.min)))"
    }

    /// Megabytes of 10^6 bytes: "231.4 MB".
    static func bytes(_ bytes: Int?) -> String {
        guard let bytes else { return "n/a" }
        let mb = Double(bytes) / 1_000_000
        return mb >= 100 ? String(format: "%.0f MB", mb) : String(format: "%.1f MB", mb)
    }

    static func kilobytes(_ bytes: Int) -> String { String(format: "%.1f kB", Double(bytes) / 1000) }

    /// "1,000,000".
    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// "10k", "1M".
    static func size(_ n: Int) -> String {
        n >= 1_000_000 && n % 1_000_000 == 0 ? "\(n / 1_000_000)M" : (n >= 1000 && n % 1000 == 0 ? "\(n / 1000)k" : "\(n)")
    }

    static func verdict(_ met: Bool?) -> String {
        switch met {
        case true?: "met"
        case false?: "**missed**"
        case nil: "n/a"
        }
    }
}

/// A markdown table.
struct Table {
    var header: [String]
    var rows: [[String]] = []

    init(_ header: String...) { self.header = header }

    mutating func add(_ cells: String...) { rows.append(cells) }

    var markdown: String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }
}
