/// How long each window of a series is: a number of days, weeks or calendar months.
public enum WindowLength: Hashable, Sendable, CustomStringConvertible {
    case days(Int)
    case weeks(Int)
    case months(Int)

    /// Parses `1mo`, `6mo`, `1w`, `2w`, `10d` or a bare number of days (`30`); nil for anything
    /// else, and for a length of zero or more than 100 years.
    public init?(_ text: String) {
        let lowered = text.lowercased()
        let (digits, unit) = (lowered.prefix { $0.isASCII && $0.isNumber }, lowered.drop { $0.isASCII && $0.isNumber })
        guard let count = Int(digits), count > 0 else { return nil }
        switch unit {
        case "", "d": guard count <= 36_525 else { return nil }; self = .days(count)
        case "w": guard count <= 5_218 else { return nil }; self = .weeks(count)
        case "mo", "m": guard count <= 1_200 else { return nil }; self = .months(count)
        case "y": guard count <= 100 else { return nil }; self = .months(12 * count)
        default: return nil
        }
    }

    /// "30d", "1w", "6mo".
    public var description: String {
        switch self {
        case .days(let n): "\(n)d"
        case .weeks(let n): "\(n)w"
        case .months(let n): "\(n)mo"
        }
    }

    /// The day (days since 1970-01-01) `steps` windows after the day `anchor`; `steps` may be negative.
    ///
    /// Months are counted from the anchor each time, not step by step, so a series anchored on the
    /// 31st lands on the last day of shorter months without drifting: 31 Jan, 28 Feb, 31 Mar.
    func boundary(from anchor: Int, steps: Int) -> Int {
        switch self {
        case .days(let n): return anchor + steps * n
        case .weeks(let n): return anchor + steps * 7 * n
        case .months(let n):
            let start = TimePoint(dayNumber: anchor)
            let months = (start.month ?? 1) - 1 + steps * n
            let year = start.year + Int((Double(months) / 12).rounded(.down))
            let month = months - (year - start.year) * 12 + 1
            guard (1...9999).contains(year) else { return year < 1 ? TimePoint.firstDayNumber : TimePoint.lastDayNumber }
            let day = min(start.day ?? 1, TimePoint.daysIn(month: month, year: year))
            return TimePoint.days(year: year, month: month, day: day)
        }
    }

    /// Roughly how many days a window lasts, for estimates only.
    var approximateDays: Double {
        switch self {
        case .days(let n): Double(n)
        case .weeks(let n): Double(7 * n)
        case .months(let n): 30.44 * Double(n)
        }
    }
}
