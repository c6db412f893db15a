/// How precisely a time point is known.
public enum TimePrecision: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case year, month, day

    private var rank: Int {
        switch self {
        case .year: 0
        case .month: 1
        case .day: 2
        }
    }
    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A calendar point of year, month or day precision ("2024", "2024-12", "2024-12-08").
///
/// A point stands for the whole period it names: "2024" covers every day of 2024. Dates are
/// proleptic Gregorian, years 1 through 9999. Stored in four bytes so that a million claims stay small.
public struct TimePoint: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    /// year * 10_000 + month * 100 + day, with 0 for a missing month or day.
    let packed: Int32

    /// A point from its packed form; only for storage that took `packed` from a valid point.
    init(packed: Int32) { self.packed = packed }

    public var year: Int { Int(packed / 10_000) }
    public var month: Int? { let m = Int(packed / 100 % 100); return m == 0 ? nil : m }
    public var day: Int? { let d = Int(packed % 100); return d == 0 ? nil : d }

    public var precision: TimePrecision {
        month == nil ? .year : (day == nil ? .month : .day)
    }

    /// A point, or nil if the date is impossible (month 13, February 30, year 0...).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        packed = Int32(year * 10_000 + (month ?? 0) * 100 + (day ?? 0))
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The point of day precision for a day number (days since 1970-01-01).
    ///
    /// A day number before 0001-01-01 or after 9999-12-31 gives that first or last day, so the
    /// point always lies in the calendar and round-trips through its description.
    public init(dayNumber: Int) {
        let (y, m, d) = Self.civil(fromDays: min(max(dayNumber, Self.firstDayNumber), Self.lastDayNumber))
        packed = Int32(y * 10_000 + m * 100 + d)
    }

    /// "2024", "2024-12" or "2024-12-08".
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    /// The first day the point covers, as days since 1970-01-01.
    public var firstDay: Int { Self.days(year: year, month: month ?? 1, day: day ?? 1) }

    /// The day after the last day the point covers, as days since 1970-01-01.
    public var endDay: Int {
        switch precision {
        case .day: firstDay + 1
        case .month: firstDay + Self.daysIn(month: month ?? 1, year: year)
        case .year: Self.days(year: year + 1, month: 1, day: 1)
        }
    }

    /// The first day of the point, at day precision.
    public var start: TimePoint { TimePoint(dayNumber: firstDay) }
    /// The last day of the point, at day precision.
    public var last: TimePoint { TimePoint(dayNumber: endDay - 1) }

    /// Whether the day `other` starts on lies within this point's period.
    public func contains(_ other: TimePoint) -> Bool {
        let d = other.firstDay
        return firstDay <= d && d < endDay
    }

    /// The day `days` days later (at day precision).
    public func adding(days: Int) -> TimePoint { TimePoint(dayNumber: firstDay + days) }

    public static func < (lhs: TimePoint, rhs: TimePoint) -> Bool { lhs.packed < rhs.packed }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let point = TimePoint(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        self = point
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The day numbers of 0001-01-01 and 9999-12-31.
    static let firstDayNumber = -719_162
    static let lastDayNumber = 2_932_896

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
