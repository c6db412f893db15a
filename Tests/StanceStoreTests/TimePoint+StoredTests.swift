import StanceModel
import StanceTestSupport
import Testing

@testable import StanceStore

@Suite("stored dates")
struct TimePointStoredTests {
    @Test("every precision round-trips, and stored values order like first days")
    func roundTripAndOrder() {
        let points = ["2024", "2024-12", "2024-12-01", "2024-12-07", "2025", "0001-01-01", "9999-12-31", "2023-02"]
            .map(Fixtures.date)
        for point in points {
            #expect(TimePoint(storedValue: point.storedValue) == point)
        }
        #expect(Fixtures.date("2024").storedValue == 20_240_000)
        #expect(Fixtures.date("2024-12").storedValue == 20_241_200)
        for a in points {
            for b in points where a.firstDay < b.firstDay {
                #expect(a.storedValue < b.storedValue || a.firstDay == b.firstDay, "\(a) before \(b)")
            }
        }
        #expect(TimePoint(storedValue: 20_241_332) == nil)
        #expect(TimePoint(storedValue: 0) == nil)
    }
}
