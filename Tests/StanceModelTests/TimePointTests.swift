import Foundation
import StanceModel
import StanceTestSupport
import Testing

@Suite("TimePoint")
struct TimePointTests {
    @Test func parsesYearMonthAndDay() throws {
        let year = try #require(TimePoint("2024"))
        #expect(year.year == 2024 && year.month == nil && year.day == nil)
        #expect(year.precision == .year)

        let month = try #require(TimePoint("2024-12"))
        #expect(month.year == 2024 && month.month == 12 && month.day == nil)
        #expect(month.precision == .month)

        let day = try #require(TimePoint("2024-12-08"))
        #expect(day.year == 2024 && day.month == 12 && day.day == 8)
        #expect(day.precision == .day)
    }

    @Test(arguments: [
        "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024-12-32", "2024-12-00", "0000",
        "2024-1-5", "2024-01-5", "24-01-01", "02024", "", "-", "2024-", "2024-12-", "2024--08",
        "2024-12-08x", "x2024", " 2024", "2024 ", "2024/12/08", "+024", "2024-12-08-01",
        "٢٠٢٤", "２０２４", "2024-1２",
    ])
    func rejectsMalformedOrImpossibleDates(_ text: String) {
        #expect(TimePoint(text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "1600-02-29", "0001-01-01", "9999-12-31", "2024-12-31"])
    func acceptsValidEdgeDates(_ text: String) throws {
        let point = try #require(TimePoint(text))
        #expect(point.description == text)
    }

    @Test(arguments: ["1900-02-29", "2100-02-29", "2023-02-29"])
    func rejectsFebruary29thOutsideLeapYears(_ text: String) {
        #expect(TimePoint(text) == nil)
    }

    @Test func memberwiseInitValidates() {
        #expect(TimePoint(year: 2024, month: 2, day: 29) != nil)
        #expect(TimePoint(year: 2023, month: 2, day: 29) == nil)
        #expect(TimePoint(year: 0) == nil)
        #expect(TimePoint(year: 10_000) == nil)
        #expect(TimePoint(year: 2024, month: 13) == nil)
        #expect(TimePoint(year: 2024, month: 0) == nil)
        #expect(TimePoint(year: 2024, month: nil, day: 5) == nil)
        #expect(TimePoint(year: 2024, month: 6, day: 0) == nil)
    }

    @Test func descriptionPadsYearMonthAndDay() {
        #expect(TimePoint(year: 7, month: 3, day: 4)?.description == "0007-03-04")
        #expect(TimePoint(year: 812)?.description == "0812")
        #expect(TimePoint(year: 2024, month: 1)?.description == "2024-01")
    }

    @Test func firstAndEndDayOfAYear() throws {
        let year = try #require(TimePoint("2024"))
        let january1 = try #require(TimePoint("2024-01-01"))
        let nextJanuary1 = try #require(TimePoint("2025-01-01"))
        #expect(year.firstDay == january1.firstDay)
        #expect(year.endDay == nextJanuary1.firstDay)
        #expect(year.endDay - year.firstDay == 366)
        #expect(try #require(TimePoint("2023")).endDay - (try #require(TimePoint("2023"))).firstDay == 365)
        #expect(year.start == january1)
        #expect(year.last == TimePoint("2024-12-31"))
    }

    @Test func firstAndEndDayOfAMonth() throws {
        let february = try #require(TimePoint("2024-02"))
        #expect(february.endDay - february.firstDay == 29)
        #expect(february.start == TimePoint("2024-02-01"))
        #expect(february.last == TimePoint("2024-02-29"))
        let february2023 = try #require(TimePoint("2023-02"))
        #expect(february2023.endDay - february2023.firstDay == 28)
        let december = try #require(TimePoint("2024-12"))
        #expect(december.endDay == TimePoint("2025-01-01")?.firstDay)
        #expect(december.last == TimePoint("2024-12-31"))
    }

    @Test func firstAndEndDayOfADay() throws {
        let day = try #require(TimePoint("2024-12-08"))
        #expect(day.endDay == day.firstDay + 1)
        #expect(day.start == day)
        #expect(day.last == day)
    }

    @Test func knownDayNumbers() {
        #expect(TimePoint("1970-01-01")?.firstDay == 0)
        #expect(TimePoint("1970-01-02")?.firstDay == 1)
        #expect(TimePoint("1969-12-31")?.firstDay == -1)
        #expect(TimePoint("2000-01-01")?.firstDay == 10_957)
        #expect(TimePoint("0001-01-01")?.firstDay == -719_162)
        #expect(TimePoint("9999-12-31")?.firstDay == 2_932_896)
        #expect(TimePoint(dayNumber: 0).description == "1970-01-01")
    }

    /// Walks every day from 0001-01-01 to 9999-12-31 with a naive calendar and checks both
    /// directions of the day-number conversion against it.
    @Test func dayNumbersMatchANaiveCalendarWalkOverEveryDay() {
        func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var (y, m, d) = (1, 1, 1)
        var number = -719_162
        var mismatches: [String] = []
        while y <= 9999 {
            if number % 37 == 0 || d == 1 || (m == 2 && d >= 28) {
                let point = TimePoint(dayNumber: number)
                if point.year != y || point.month != m || point.day != d || point.firstDay != number,
                    mismatches.count < 5
                {
                    mismatches.append("\(number): got \(point), expected \(y)-\(m)-\(d)")
                }
                if let parsed = TimePoint(year: y, month: m, day: d), parsed.firstDay != number,
                    mismatches.count < 5
                {
                    mismatches.append("\(y)-\(m)-\(d): firstDay \(parsed.firstDay), expected \(number)")
                }
            }
            if y == 1970 && m == 1 && d == 1 { #expect(number == 0) }
            number += 1
            d += 1
            let length = m == 2 && isLeap(y) ? 29 : lengths[m - 1]
            if d > length {
                d = 1
                m += 1
                if m > 12 {
                    m = 1
                    y += 1
                }
            }
        }
        #expect(number == 2_932_897)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    /// Foundation's Gregorian calendar switches to Julian before 1582-10-15, so the sample starts there.
    @Test func dayNumbersMatchFoundationsGregorianCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try #require(TimePoint("1582-10-15")).firstDay
        let last = try #require(TimePoint("9999-12-31")).firstDay
        var checked = 0
        for number in stride(from: first, through: last, by: 37 * 29) {
            let date = Date(timeIntervalSince1970: Double(number) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let point = TimePoint(dayNumber: number)
            #expect(
                (Optional(point.year), point.month, point.day) == (parts.year, parts.month, parts.day),
                "day \(number)")
            checked += 1
        }
        #expect(checked > 2_800)
    }

    @Test func dayNumberRoundTripsEvery37thDay() {
        let first = -719_162
        let last = 2_932_896
        var failures = 0
        for number in stride(from: first, through: last, by: 37) {
            let point = TimePoint(dayNumber: number)
            if point.firstDay != number || point.precision != .day || TimePoint(point.description) != point {
                failures += 1
            }
        }
        #expect(failures == 0)
    }

    @Test func dayNumbersOutsideTheCalendarStayValidPoints() {
        // Years 1...9999 only: a day number beyond either end gives the nearest representable day,
        // which still prints and parses back.
        for number in [-719_163, -1_000_000, Int(Int32.min), 2_932_897, 100_000_000, Int(Int32.max)] {
            let point = TimePoint(dayNumber: number)
            #expect((1...9999).contains(point.year), "day \(number) gave \(point)")
            #expect(TimePoint(point.description) == point, "day \(number) gave \(point)")
        }
        #expect(TimePoint("0001-01-01")?.adding(days: -1) == TimePoint("0001-01-01"))
        #expect(TimePoint("9999-12-31")?.adding(days: 1) == TimePoint("9999-12-31"))
    }

    @Test func addingDays() throws {
        let coup = try #require(TimePoint("2024-12-08"))
        #expect(coup.adding(days: -1) == TimePoint("2024-12-07"))
        #expect(coup.adding(days: 24) == TimePoint("2025-01-01"))
        #expect(try #require(TimePoint("2024-03")).adding(days: -1) == TimePoint("2024-02-29"))
        #expect(try #require(TimePoint("2024")).adding(days: 0) == TimePoint("2024-01-01"))
    }

    @Test func containsComparesDayRanges() throws {
        let year = try #require(TimePoint("2024"))
        #expect(year.contains(try #require(TimePoint("2024-12-31"))))
        #expect(year.contains(try #require(TimePoint("2024-06"))))
        #expect(!year.contains(try #require(TimePoint("2023-12-31"))))
        #expect(!year.contains(try #require(TimePoint("2025-01-01"))))
        let month = try #require(TimePoint("2024-02"))
        #expect(month.contains(try #require(TimePoint("2024-02-29"))))
        #expect(!month.contains(try #require(TimePoint("2024-03-01"))))
        // A coarser point is contained when its first day is.
        #expect(month.contains(try #require(TimePoint("2024-02"))))
        #expect(!month.contains(year))
    }

    @Test func orderingIsChronologicalWithCoarserPointsFirst() {
        let texts = ["2025", "2024-12-08", "2024", "2024-12", "2024-01-01", "2023-12-31", "2024-01", "0999"]
        let sorted = texts.compactMap(TimePoint.init).sorted().map(\.description)
        #expect(sorted == ["0999", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-12", "2024-12-08", "2025"])
        #expect(Fixtures.date("2024-12-07") < Fixtures.date("2024-12-08"))
        #expect(!(Fixtures.date("2024-12-08") < Fixtures.date("2024-12-08")))
    }

    @Test func equalityDependsOnPrecision() {
        #expect(TimePoint("2024") != TimePoint("2024-01-01"))
        #expect(TimePoint("2024") != TimePoint("2024-01"))
        #expect(TimePoint("2024-12-08") == TimePoint(year: 2024, month: 12, day: 8))
        #expect(Set(["2024", "2024-01", "2024-01-01", "2024"].compactMap(TimePoint.init)).count == 3)
    }

    @Test func precisionIsOrdered() {
        #expect(TimePrecision.year < .month && TimePrecision.month < .day)
        #expect(TimePrecision.allCases.sorted() == [.year, .month, .day])
    }

    @Test(arguments: ["2024", "2024-12", "2024-12-08", "0001-01-01"])
    func codableAsItsString(_ text: String) throws {
        let point = try #require(TimePoint(text))
        let data = try JSONEncoder().encode([point])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(text)\"]")
        #expect(try JSONDecoder().decode([TimePoint].self, from: data) == [point])
    }

    @Test(arguments: ["\"2024-13\"", "\"\"", "20241208", "null", "\"2024-1-5\""])
    func decodingRejectsNonDates(_ json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([TimePoint].self, from: Data("[\(json)]".utf8))
        }
    }
}
