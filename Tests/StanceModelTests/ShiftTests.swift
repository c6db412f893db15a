import StanceModel
import StanceTestSupport
import Testing

@Suite("Shift")
struct ShiftTests {
    private let d = Fixtures.date
    /// `claim(source, target, topic, stance, from, until, published, confidence, quote)`.
    private let claim = Fixtures.claim

    @Test(
        arguments: [
            (nil, Stance.supports, ShiftKind.appeared), (.hostile, nil, .ended),
            (.opposes, .supports, .flipped), (.allied, .hostile, .flipped), (.supports, .opposes, .flipped),
            (.supports, .allied, .strengthened), (.neutral, .supports, .strengthened),
            (.neutral, .hostile, .strengthened), (.opposes, .hostile, .strengthened),
            (.hostile, .opposes, .weakened), (.allied, .supports, .weakened), (.supports, .neutral, .weakened),
            (.opposes, .neutral, .weakened),
            (.supports, .supports, .unchanged), (.neutral, .neutral, .unchanged), (.hostile, .hostile, .unchanged),
        ] as [(Stance?, Stance?, ShiftKind)])
    func kindTable(_ before: Stance?, _ after: Stance?, _ kind: ShiftKind) {
        #expect(ShiftKind(before: before, after: after) == kind)
    }

    @Test func noStanceAtEitherMomentIsNoKind() {
        #expect(ShiftKind(before: nil, after: nil) == nil)
    }

    @Test func kindOfFractionalScores() throws {
        let weak = try #require(Stance(score: 0.2))
        let negativeZero = try #require(Stance(score: -0.0))
        #expect(ShiftKind(before: weak, after: try #require(Stance(score: -0.1))) == .flipped)
        #expect(ShiftKind(before: weak, after: try #require(Stance(score: 0.3))) == .strengthened)
        #expect(ShiftKind(before: negativeZero, after: .neutral) == .unchanged)
        #expect(ShiftKind(before: negativeZero, after: .opposes) == .strengthened)
    }

    /// One key per kind, across the coup.
    private var everyKind: StanceGraph {
        Fixtures.graph([
            // appeared: nothing before the coup
            claim("avalon", "borduria", nil, .supports, "2024-12-08", nil, "2024-12-09", 1, "appeared"),
            // ended: a closed claim ending the day of the coup
            claim("avalon", "red-brigade", nil, .hostile, "2023", "2024-12-08", "2024-01-02", 1, "ended"),
            // flipped: opposes, then supports
            claim("borduria", "avalon", nil, .opposes, "2023-10-07", nil, "2023-10-08", 1, "flip before"),
            claim("borduria", "avalon", nil, .supports, "2024-12-10", nil, "2024-12-11", 1, "flip after"),
            // strengthened: supports, then allied
            claim("green-front", "avalon", nil, .supports, "2022", nil, "2022-03-01", 1, "strong before"),
            claim("green-front", "avalon", nil, .allied, "2025-01", nil, "2025-01-02", 1, "strong after"),
            // strengthened from neutral
            claim("green-front", "borduria", nil, .neutral, "2022", nil, "2022-03-01", 1, "neutral"),
            claim("green-front", "borduria", nil, .supports, "2025-01", nil, "2025-01-02", 1, "now supports"),
            // weakened: hostile, then opposes
            claim("red-brigade", "avalon", nil, .hostile, "2020", nil, "2020-05-05", 1, "weak before"),
            claim("red-brigade", "avalon", nil, .opposes, "2024-12-08", nil, "2024-12-08", 1, "weak after"),
            // unchanged, with a new claim of the same score
            claim("northern-league", "avalon", "trade", .opposes, "2021", nil, "2021-01-01", 1, "same before"),
            claim("northern-league", "avalon", "trade", .opposes, "2025-02-01", nil, "2025-02-02", 1, "same after"),
            // unchanged, the same claim throughout
            claim("northern-league", "borduria", nil, .allied, "2019", nil, "2019-01-01", 1, "steady"),
            // in force at neither moment: left out
            claim("borduria", "red-brigade", "bases", .hostile, "2020", "2021", "2021-01-01", 1, "long gone"),
            claim("borduria", "green-front", nil, .hostile, "2026", nil, "2026-01-01", 1, "not yet"),
        ])
    }

    @Test func everyKindAcrossTwoDays() throws {
        let shift = everyKind.shift(from: d("2024-12-07"), to: d("2025-06-01"))
        #expect(shift.from == d("2024-12-07"))
        #expect(shift.to == d("2025-06-01"))
        #expect(shift.event == nil)
        let kinds = Dictionary(uniqueKeysWithValues: shift.entries.map { ($0.key.description, $0.kind) })
        #expect(
            kinds == [
                "avalon → borduria": .appeared,
                "avalon → red-brigade": .ended,
                "borduria → avalon": .flipped,
                "green-front → avalon": .strengthened,
                "green-front → borduria": .strengthened,
                "red-brigade → avalon": .weakened,
                "northern-league → avalon on trade": .unchanged,
                "northern-league → borduria": .unchanged,
            ])
        #expect(shift.entries.map(\.key) == shift.entries.map(\.key).sorted())
        #expect(shift.entries(.strengthened).map(\.key.target) == ["avalon", "borduria"])
        #expect(shift.entries(.flipped).count == 1)
        #expect(shift.actors.map(\.id) == ["avalon", "borduria", "green-front", "northern-league", "red-brigade"])
        #expect(shift.topics.map(\.id) == ["trade"])
    }

    @Test func entriesCarryTheClaimsBeforeAndAfter() throws {
        let shift = everyKind.shift(from: d("2024-12-07"), to: d("2025-06-01"))
        func entry(_ text: String) throws -> ShiftEntry {
            try #require(shift.entries.first { $0.key.description == text })
        }
        let appeared = try entry("avalon → borduria")
        #expect(appeared.before == nil)
        #expect(appeared.after?.evidence.map(\.quote) == ["appeared"])
        let ended = try entry("avalon → red-brigade")
        #expect(ended.before?.stance == .hostile)
        #expect(ended.after == nil)
        let flipped = try entry("borduria → avalon")
        #expect(flipped.before?.evidence.map(\.quote) == ["flip before"])
        #expect(flipped.after?.evidence.map(\.quote) == ["flip after"])
        let sameScore = try entry("northern-league → avalon on trade")
        #expect(sameScore.before?.claimIndex == 10)
        #expect(sameScore.after?.claimIndex == 11)
        let steady = try entry("northern-league → borduria")
        #expect(steady.before == steady.after)
    }

    @Test func shiftAroundAnEventStartsTheDayBefore() throws {
        let graph = everyKind
        let coup = try graph.event(named: "coup")
        let shift = graph.shift(around: coup)
        #expect(shift.event == coup)
        #expect(shift.from == d("2024-12-07"))
        // The latest date the graph knows: the start of the "not yet" claim.
        #expect(graph.latestDate == d("2026-01-01"))
        #expect(shift.to == d("2026-01-01"))
        let kinds = Dictionary(uniqueKeysWithValues: shift.entries.map { ($0.key.description, $0.kind) })
        #expect(kinds["avalon → red-brigade"] == .ended)
        #expect(kinds["borduria → green-front"] == .appeared)
        #expect(kinds["borduria → avalon"] == .flipped)
    }

    @Test func shiftAroundAnEventUntilAGivenDay() throws {
        let graph = everyKind
        let shift = graph.shift(around: try graph.event(named: "The Coup"), until: d("2024-12-08"))
        #expect(shift.from == d("2024-12-07"))
        #expect(shift.to == d("2024-12-08"))
        let kinds = Dictionary(uniqueKeysWithValues: shift.entries.map { ($0.key.description, $0.kind) })
        #expect(kinds["avalon → borduria"] == .appeared)
        #expect(kinds["red-brigade → avalon"] == .weakened)
        // The closed claim still holds on the day of the coup; the flip comes two days later.
        #expect(kinds["avalon → red-brigade"] == .unchanged)
        #expect(kinds["borduria → avalon"] == .unchanged)
    }

    @Test func shiftAroundAnEventLaterThanEverythingUsesTheEventDay() throws {
        let graph = Fixtures.graph([claim("avalon", "borduria", nil, .supports, "2020", nil, "2020-02-02", 1, "q")])
        let later = Event(id: "summit", name: "Summit", date: d("2031-05"))
        let shift = graph.shift(around: later)
        #expect(shift.from == d("2031-04-30"))
        #expect(shift.to == d("2031-05-01"))
        #expect(shift.entries.map(\.kind) == [.unchanged])

        let empty = Fixtures.graph([])
        let none = empty.shift(around: Fixtures.events[0])
        #expect(none.to == d("2024-12-08"))
        #expect(none.entries.isEmpty && none.actors.isEmpty && none.topics.isEmpty)
    }

    @Test func shiftAtCoarsePointsUsesTheirFirstDays() {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .supports, nil, "2023-12-31", nil, 1, "until 2023"),
            claim("avalon", "red-brigade", nil, .hostile, "2024-02", nil, nil, 1, "from February"),
        ])
        let shift = graph.shift(from: d("2023"), to: d("2024-02"))
        #expect(shift.from == d("2023-01-01"))
        #expect(shift.to == d("2024-02-01"))
        #expect(shift.entries.map(\.kind) == [.ended, .appeared])
    }

    @Test func tiesAreKeptOnBothSides() throws {
        let graph = Fixtures.graph([
            claim("avalon", "borduria", nil, .supports, "2024", nil, "2024-05-05", 1, "one"),
            claim("avalon", "borduria", nil, .opposes, "2024", nil, "2024-05-05", 1, "two"),
        ])
        let entry = try #require(graph.shift(from: d("2023"), to: d("2025")).entries.first)
        #expect(entry.kind == .appeared)
        #expect(entry.after?.ties.count == 1)
        #expect(entry.after?.evidence.map(\.quote) == ["one", "two"])
    }
}
