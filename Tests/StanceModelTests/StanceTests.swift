import Foundation
import StanceModel
import Testing

@Suite("Stance")
struct StanceTests {
    @Test(arguments: zip(StanceLevel.allCases, [-1.0, -0.5, 0, 0.5, 1]))
    func levelsHaveCanonicalScores(_ level: StanceLevel, _ score: Double) {
        #expect(level.score == score)
        #expect(Stance(level).score == score)
        #expect(Stance(level).level == level)
        #expect(StanceLevel(nearest: score) == level)
    }

    @Test func namedStancesMatchTheirLevels() {
        #expect(Stance.hostile.score == -1)
        #expect(Stance.opposes.score == -0.5)
        #expect(Stance.neutral.score == 0)
        #expect(Stance.supports.score == 0.5)
        #expect(Stance.allied.score == 1)
    }

    /// Halfway points go away from neutral.
    @Test(arguments: [
        (-1.0, StanceLevel.hostile), (-0.75, .hostile), (-0.7499, .opposes), (-0.5, .opposes),
        (-0.25, .opposes), (-0.2499, .neutral), (-0.0, .neutral), (0.2499, .neutral), (0.25, .supports),
        (0.7499, .supports), (0.75, .allied), (1.0, .allied),
    ])
    func nearestLevelThresholds(_ score: Double, _ level: StanceLevel) throws {
        #expect(StanceLevel(nearest: score) == level)
        #expect(try #require(Stance(score: score)).level == level)
    }

    @Test(arguments: [1.5, -1.01, 1.000_000_1, Double.nan, .infinity, -.infinity, .signalingNaN])
    func rejectsScoresOutsideTheRange(_ score: Double) {
        #expect(Stance(score: score) == nil)
    }

    @Test(arguments: [-1.0, -0.3, 0, 0.7, 1])
    func acceptsScoresInTheRange(_ score: Double) {
        #expect(Stance(score: score)?.score == score)
    }

    @Test func polarityAndIntensity() throws {
        #expect(Stance.hostile.polarity == .negative)
        #expect(Stance.opposes.polarity == .negative)
        #expect(Stance.neutral.polarity == .neutral)
        #expect(Stance.supports.polarity == .positive)
        #expect(Stance.allied.polarity == .positive)
        #expect(try #require(Stance(score: -0.0)).polarity == .neutral)
        #expect(try #require(Stance(score: 0.01)).polarity == .positive)
        #expect(Stance.hostile.intensity == 1)
        #expect(Stance.opposes.intensity == 0.5)
        #expect(Stance.supports.intensity == 0.5)
        #expect(Stance.neutral.intensity == 0)
        #expect(try #require(Stance(score: -0.3)).intensity == 0.3)
    }

    @Test func ordering() {
        #expect(StanceLevel.allCases.sorted() == [.hostile, .opposes, .neutral, .supports, .allied])
        #expect(StanceLevel.allCases.reversed().sorted() == StanceLevel.allCases)
        #expect(Stance.hostile < Stance.opposes && Stance.supports < Stance.allied)
        #expect(!(Stance.allied < Stance.allied))
    }

    @Test func codableAsItsScore() throws {
        let data = try JSONEncoder().encode([Stance.opposes, Stance.allied])
        #expect(String(decoding: data, as: UTF8.self) == "[-0.5,1]")
        #expect(try JSONDecoder().decode([Stance].self, from: data) == [.opposes, .allied])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Stance].self, from: Data("[1.5]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Stance].self, from: Data("[\"allied\"]".utf8)) }
    }

    @Test func levelsCodableAsRawValues() throws {
        let data = try JSONEncoder().encode(StanceLevel.allCases)
        #expect(String(decoding: data, as: UTF8.self) == #"["hostile","opposes","neutral","supports","allied"]"#)
        #expect(Polarity.allCases.map(\.rawValue) == ["negative", "neutral", "positive"])
    }
}
