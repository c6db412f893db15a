/// The five named levels of a stance.
public enum StanceLevel: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case hostile
    case opposes
    case neutral
    case supports
    case allied

    /// The canonical score of the level: -1, -0.5, 0, 0.5, 1.
    public var score: Double {
        switch self {
        case .hostile: -1
        case .opposes: -0.5
        case .neutral: 0
        case .supports: 0.5
        case .allied: 1
        }
    }

    /// The level nearest to `score` (halfway points go away from neutral).
    public init(nearest score: Double) {
        switch score {
        case ...(-0.75): self = .hostile
        case ...(-0.25): self = .opposes
        case ..<0.25: self = .neutral
        case ..<0.75: self = .supports
        default: self = .allied
        }
    }

    public static func < (lhs: StanceLevel, rhs: StanceLevel) -> Bool { lhs.score < rhs.score }
}

/// The sign of a stance.
public enum Polarity: String, Sendable, Codable, Hashable, CaseIterable {
    case negative, neutral, positive
}

/// A stance: a score in [-1, +1]; the sign is the polarity, the magnitude the intensity.
public struct Stance: Hashable, Sendable, Codable, Comparable {
    public let score: Double

    /// A stance with this score, or nil if the score is not a finite number in [-1, 1].
    public init?(score: Double) {
        guard score.isFinite, (-1.0...1.0).contains(score) else { return nil }
        self.score = score
    }

    public init(_ level: StanceLevel) { score = level.score }

    public static let hostile = Stance(.hostile)
    public static let opposes = Stance(.opposes)
    public static let neutral = Stance(.neutral)
    public static let supports = Stance(.supports)
    public static let allied = Stance(.allied)

    public var level: StanceLevel { StanceLevel(nearest: score) }
    public var intensity: Double { abs(score) }
    public var polarity: Polarity { score > 0 ? .positive : (score < 0 ? .negative : .neutral) }

    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.score < rhs.score }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        guard let stance = Stance(score: value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "stance score \(value) is not in [-1, 1]")
        }
        self = stance
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(score)
    }
}
