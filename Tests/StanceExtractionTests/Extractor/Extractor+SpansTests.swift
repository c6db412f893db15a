import Testing

@testable import StanceExtraction

/// `ScalarCounter`: byte-counted scalar offsets agree with the string's own scalar view.
struct ExtractorSpansTests {
    static let text = "Baghdad — “نوري المالكي” said 🇮🇶 the U.S. café\r\nwill stay. Ünïcödé ends."

    @Test func scalarCountMatchesTheScalarView() {
        let text = Self.text
        let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        for a in stride(from: 0, to: indices.count, by: 3) {
            for b in stride(from: a, to: indices.count, by: 5) {
                let expected = text.unicodeScalars.distance(from: indices[a], to: indices[b])
                #expect(ScalarCounter.scalarCount(text, from: indices[a], to: indices[b]) == expected)
            }
        }
    }

    @Test func rangesInAnyOrderGiveScalarOffsets() throws {
        let text = Self.text
        var counter = ScalarCounter(text: text)
        let late = try #require(text.range(of: "Ünïcödé"))
        let early = try #require(text.range(of: "المالكي"))
        let lateOffsets = counter.range(of: late)
        let earlyOffsets = counter.range(of: early)
        #expect(lateOffsets.lowerBound == text.unicodeScalars.distance(from: text.startIndex, to: late.lowerBound))
        #expect(lateOffsets.count == 7)
        #expect(earlyOffsets.lowerBound == text.unicodeScalars.distance(from: text.startIndex, to: early.lowerBound))
        #expect(earlyOffsets.count == 7)
    }
}
