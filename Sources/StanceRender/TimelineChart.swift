import Foundation
import StanceModel

/// Draws a stance-over-time chart of one dyad as SVG, in pure Swift (no Graphviz).
///
/// Score on the y axis from -1 to +1 with the five levels labelled; time on the x axis with year
/// or month ticks; a bar per claim at its score over the span it was in force (an open end runs to
/// the edge of the chart and ends in an arrowhead), starting with a dot (none for an open start), labelled with its topic; the graph's
/// events as dashed vertical rules with their names. Each bar has a tooltip with the quote and its
/// source. Deterministic: the same timeline and events give the same bytes.
public struct TimelineChart {
    public let timeline: Timeline
    public let events: [Event]
    public let title: String

    /// Width and height of the picture, in pixels.
    static let width = 960.0
    static let height = 440.0
    static let left = 120.0, right = 150.0, top = 96.0, bottom = 56.0

    public init(timeline: Timeline, events: [Event], title: String) {
        self.timeline = timeline
        self.events = events
        self.title = title
    }

    /// The days (since 1970-01-01) the x axis covers: the claims' bounded ends, their publication
    /// dates and the events among them, padded; at least 90 days.
    var domain: (first: Int, end: Int) {
        var days: [Int] = []
        for segment in timeline.segments {
            if let first = segment.effectiveSpan.firstDay { days.append(first) }
            if let end = segment.effectiveSpan.endDay { days.append(end) }
            days += segment.claim.evidence.compactMap { $0.published?.endDay }
        }
        guard var low = days.min(), var high = days.max() else {
            let day = events.last?.date.firstDay ?? 0
            return (day - 180, day + 180)
        }
        if high - low < 90 {
            let middle = (low + high) / 2
            (low, high) = (middle - 45, middle + 45)
        }
        let pad = max(15, (high - low) / 12)
        return (low - pad, high + pad)
    }

    /// The SVG document.
    /// - Complexity: O(claims + events + ticks).
    public func svg() -> String {
        let (first, end) = domain
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func x(_ day: Int) -> Double { Self.left + plotWidth * Double(day - first) / Double(end - first) }
        func y(_ score: Double) -> Double { Self.top + plotHeight * (1 - score) / 2 }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.format(Self.width))" height="\(Self.format(Self.height))" \
            viewBox="0 0 \(Self.format(Self.width)) \(Self.format(Self.height))" font-family="Helvetica, Arial, sans-serif">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Self.format(Self.left))" y="28" font-size="18" font-weight="bold" fill="#212121">\(XMLText.escaped(title))</text>

            """
        // Levels: a grid line and a label each.
        for level in StanceLevel.allCases {
            let ly = y(level.score)
            let signed = level.score == 0 ? "0" : String(format: "%+.1f", level.score).replacingOccurrences(of: ".0", with: "")
            out += "<line x1=\"\(Self.format(Self.left))\" y1=\"\(Self.format(ly))\" x2=\"\(Self.format(Self.left + plotWidth))\" y2=\"\(Self.format(ly))\" stroke=\"\(level == .neutral ? "#9e9e9e" : "#e0e0e0")\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(Self.format(Self.left - 10))\" y=\"\(Self.format(ly + 4))\" font-size=\"13\" text-anchor=\"end\" fill=\"\(DiagramStyle.fontColor(Stance(level).polarity))\">\(level.rawValue) \(signed)</text>\n"
        }
        // Time ticks.
        let axisY = Self.top + plotHeight
        out += "<line x1=\"\(Self.format(Self.left))\" y1=\"\(Self.format(axisY + 8))\" x2=\"\(Self.format(Self.left + plotWidth))\" y2=\"\(Self.format(axisY + 8))\" stroke=\"#616161\"/>\n"
        for tick in Self.ticks(first: first, end: end) {
            let tx = x(tick.day)
            out += "<line x1=\"\(Self.format(tx))\" y1=\"\(Self.format(axisY + 8))\" x2=\"\(Self.format(tx))\" y2=\"\(Self.format(axisY + 14))\" stroke=\"#616161\"/>\n"
            out += "<text x=\"\(Self.format(tx))\" y=\"\(Self.format(axisY + 30))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#424242\">\(tick.label)</text>\n"
        }
        // Events: a rule and a name, staggered on three rows.
        for (n, event) in events.enumerated() where (first..<end).contains(event.date.firstDay) {
            let ex = x(event.date.firstDay)
            let row = Double(n % 3)
            out += "<line x1=\"\(Self.format(ex))\" y1=\"\(Self.format(Self.top - 44 + 14 * row))\" x2=\"\(Self.format(ex))\" y2=\"\(Self.format(axisY + 8))\" stroke=\"#5c6bc0\" stroke-width=\"1.5\" stroke-dasharray=\"5,4\"/>\n"
            out += "<text x=\"\(Self.format(ex + 4))\" y=\"\(Self.format(Self.top - 34 + 14 * row))\" font-size=\"12\" fill=\"#3949ab\">\(XMLText.escaped(event.name)) (\(event.date))</text>\n"
        }
        // Claims: a bar over the span in force; claims at the same score are stacked apart.
        var atScore: [Double: Int] = [:]
        for segment in timeline.segments {
            let score = segment.claim.stance.score
            let slot = atScore[score, default: 0]
            atScore[score] = slot + 1
            let by = y(score) + Double(slot) * 22 * (score < 0 ? -1 : 1)
            let span = segment.effectiveSpan
            let x1 = x(max(span.firstDay ?? first, first))
            let x2 = x(min(span.endDay ?? end, end))
            let color = DiagramStyle.color(segment.claim.stance.polarity)
            out += "<g>\n<title>\(XMLText.escaped(Self.tooltip(segment)))</title>\n"
            out += "<line x1=\"\(Self.format(x1))\" y1=\"\(Self.format(by))\" x2=\"\(Self.format(max(x2, x1 + 3)))\" y2=\"\(Self.format(by))\" stroke=\"\(color)\" stroke-width=\"7\" stroke-linecap=\"butt\"/>\n"
            if span.end == nil {
                let tip = max(x2, x1 + 3)
                out += "<path d=\"M \(Self.format(tip)) \(Self.format(by - 8)) L \(Self.format(tip + 12)) \(Self.format(by)) L \(Self.format(tip)) \(Self.format(by + 8)) Z\" fill=\"\(color)\"/>\n"
            }
            if span.start != nil {
                out += "<circle cx=\"\(Self.format(x1))\" cy=\"\(Self.format(by))\" r=\"6\" fill=\"\(color)\" stroke=\"white\" stroke-width=\"1.5\"/>\n"
            }
            let label = (segment.key.topic.map { "on \($0.rawValue)" } ?? "no topic") + " · \(span)"
            out += "<text x=\"\(Self.format(x1 + 8))\" y=\"\(Self.format(by - 8))\" font-size=\"11\" fill=\"\(DiagramStyle.fontColor(segment.claim.stance.polarity))\">\(XMLText.escaped(label))</text>\n"
            out += "</g>\n"
        }
        if timeline.segments.isEmpty {
            out += "<text x=\"\(Self.format(Self.left + plotWidth / 2))\" y=\"\(Self.format(y(0) - 10))\" font-size=\"14\" text-anchor=\"middle\" fill=\"#757575\">no claims</text>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// "“quote” — speaker; document, published; valid span".
    static func tooltip(_ segment: TimelineSegment) -> String {
        var lines = ["\(segment.claim.stance.level.rawValue) (\(String(format: "%+.2f", segment.claim.stance.score))), in force \(segment.effectiveSpan)"]
        for evidence in segment.claim.evidence {
            var line = "“\(evidence.quote)”"
            if let speaker = evidence.speaker { line += " — \(speaker)" }
            line += " [\(evidence.documentID)" + (evidence.published.map { ", \($0)" } ?? "") + "]"
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Year ticks over long ranges, else month ticks every 1, 2, 3 or 6 months: at most about 12.
    static func ticks(first: Int, end: Int) -> [(day: Int, label: String)] {
        let start = TimePoint(dayNumber: first)
        let months = (end - first) / 30
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var ticks: [(Int, String)] = []
        if months > 36 {
            let every = max(1, months / 12 / 12 + 1)
            var year = start.year + 1
            while let point = TimePoint(year: year), point.firstDay < end {
                if year % every == 0 { ticks.append((point.firstDay, String(year))) }
                year += 1
            }
            return ticks
        }
        let every = [1, 2, 3, 6].first { months / $0 <= 12 } ?? 12
        var (year, month) = (start.year, (start.month ?? 1) + 1)
        if month > 12 { (year, month) = (year + 1, 1) }
        while let point = TimePoint(year: year, month: month, day: 1), point.firstDay < end {
            if (month - 1) % every == 0 {
                ticks.append((point.firstDay, month == 1 || ticks.isEmpty ? "\(names[month - 1]) \(year)" : names[month - 1]))
            }
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return ticks
    }

    /// A coordinate with one decimal, POSIX.
    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
