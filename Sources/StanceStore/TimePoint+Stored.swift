import StanceModel

extension TimePoint {
    /// The point as the database stores it: `yyyymmdd` with `00` for a missing month or day.
    var storedValue: Int { year * 10_000 + (month ?? 0) * 100 + (day ?? 0) }

    /// The point a stored value stands for; nil for a value no point has.
    init?(storedValue value: Int) {
        let month = value / 100 % 100
        let day = value % 100
        self.init(year: value / 10_000, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
    }
}
