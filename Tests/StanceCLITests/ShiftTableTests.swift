import StanceModel
import StanceTestSupport
import Testing

@testable import StanceCLI

@Suite("shift table")
struct ShiftTableTests {
    @Test("one aligned row per key with before, after and kind")
    func table() {
        let graph = Fixtures.graph([
            Fixtures.claim("green-front", "borduria", topic: "bases", .opposes, from: "2023-10-07"),
            Fixtures.claim("green-front", "borduria", topic: "bases", .supports, from: "2024-12-08"),
            Fixtures.claim("avalon", "red-brigade", .hostile, from: "2025-01-01"),
        ])
        let text = ShiftTable(graph.shift(from: Fixtures.date("2024-12-07"), to: Fixtures.date("2025-01-31"))).text
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Shift from 2024-12-07 to 2025-01-31: 1 appeared, 1 flipped")
        #expect(lines[1].hasPrefix("holder       target       topic  before   after     kind"))
        #expect(lines[2] == "avalon       red-brigade  -      -        hostile   appeared")
        #expect(lines[3] == "green-front  borduria     bases  opposes  supports  flipped")
        #expect(lines.count == 4)
    }
}
