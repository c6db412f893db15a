import Foundation
import StanceModel
import StanceTestSupport
import Testing

@Suite("TimeSpan")
struct TimeSpanTests {
    private let d = Fixtures.date

    @Test func yearSpanCoversEveryDayOfTheYearOnly() {
        let span = TimeSpan(d("2024"))
        for inside in ["2024-01-01", "2024-02-29", "2024-06-15", "2024-12-31", "2024", "2024-07"] {
            #expect(span.contains(d(inside)), "\(inside)")
        }
        for outside in ["2023-12-31", "2025-01-01", "2023", "2025", "2023-12"] {
            #expect(!span.contains(d(outside)), "\(outside)")
        }
        #expect(span.firstDay == d("2024-01-01").firstDay)
        #expect(span.endDay == d("2025-01-01").firstDay)
    }

    @Test func boundsAreInclusiveOfTheirWholePeriod() {
        let span = Fixtures.span("2024-03", "2024-05")
        #expect(!span.contains(d("2024-02-29")))
        #expect(span.contains(d("2024-03-01")))
        #expect(span.contains(d("2024-05-31")))
        #expect(!span.contains(d("2024-06-01")))
        #expect(span.contains(day: d("2024-05-31").firstDay))
        #expect(!span.contains(day: d("2024-06-01").firstDay))
    }

    @Test func openStartRunsFromTheBeginningOfTime() {
        let span = Fixtures.span(nil, "2024-12-07")
        #expect(span.firstDay == nil)
        #expect(span.contains(d("0001-01-01")))
        #expect(span.contains(d("2024-12-07")))
        #expect(!span.contains(d("2024-12-08")))
    }

    @Test func openEndRunsForever() {
        let span = Fixtures.span("2024-12-08", nil)
        #expect(span.endDay == nil)
        #expect(!span.contains(d("2024-12-07")))
        #expect(span.contains(d("2024-12-08")))
        #expect(span.contains(d("9999-12-31")))
    }

    @Test func alwaysContainsEverything() {
        #expect(TimeSpan.always.start == nil && TimeSpan.always.end == nil)
        #expect(TimeSpan.always.contains(d("0001-01-01")))
        #expect(TimeSpan.always.contains(d("9999-12-31")))
        #expect(TimeSpan(from: nil, until: nil) == .always)
    }

    @Test func initFailsWhenTheEndIsBeforeTheStart() {
        #expect(TimeSpan(from: d("2024-12-08"), until: d("2024-12-07")) == nil)
        #expect(TimeSpan(from: d("2025"), until: d("2024")) == nil)
        #expect(TimeSpan(from: d("2024-12"), until: d("2024-11-30")) == nil)
        // A one-day span and overlapping coarse/fine ends are fine.
        #expect(TimeSpan(from: d("2024-12-08"), until: d("2024-12-08")) != nil)
        #expect(TimeSpan(from: d("2024-12-31"), until: d("2024")) != nil)
        #expect(TimeSpan(from: d("2024"), until: d("2024-01-01")) != nil)
    }

    @Test func description() {
        #expect(TimeSpan(d("2024")).description == "2024")
        #expect(Fixtures.span("2024-12-08", nil).description == "2024-12-08 – open")
        #expect(Fixtures.span(nil, "2024").description == "open – 2024")
        #expect(Fixtures.span("2023-10", "2024-12-07").description == "2023-10 – 2024-12-07")
        #expect(TimeSpan.always.description == "open – open")
    }

    @Test func codableAsFromUntil() throws {
        let span = Fixtures.span("2023-10-07", "2024")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(span), as: UTF8.self) == #"{"from":"2023-10-07","until":"2024"}"#)
        #expect(try JSONDecoder().decode(TimeSpan.self, from: encoder.encode(span)) == span)

        let open = Fixtures.span("2024-12", nil)
        #expect(String(decoding: try encoder.encode(open), as: UTF8.self) == #"{"from":"2024-12"}"#)
        #expect(try JSONDecoder().decode(TimeSpan.self, from: Data(#"{"from":"2024-12"}"#.utf8)) == open)
        #expect(try JSONDecoder().decode(TimeSpan.self, from: Data("{}".utf8)) == .always)
    }

    @Test(arguments: [
        #"{"from":"2024-12-08","until":"2024-12-07"}"#, #"{"from":"2024-13"}"#, #"{"until":5}"#,
    ])
    func decodingRejectsBadSpans(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TimeSpan.self, from: Data(json.utf8)) }
    }
}
