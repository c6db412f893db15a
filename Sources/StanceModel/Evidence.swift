/// How a claim was obtained: `manual`, `rules@VERSION` or `external:SOURCE`.
public struct ExtractionMethod: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let manual = ExtractionMethod(rawValue: "manual")
    public static func rules(version: String) -> ExtractionMethod { .init(rawValue: "rules@\(version)") }
    public static func external(_ source: String) -> ExtractionMethod { .init(rawValue: "external:\(source)") }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Where a claim comes from: which sentence of which document says so, who said it, how it was read.
///
/// Two clocks are never mixed: `published` is when the document appeared, not when the stance held.
/// `characterRange` counts Unicode scalars from the start of the document's text, end exclusive
/// (the same offsets as Python's `str`).
public struct Evidence: Hashable, Sendable, Codable {
    public var documentID: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: TimePoint?
    public var quote: String
    public var characterRange: Range<Int>?
    /// The phrase the valid time was read from ("last year", "after Assad's fall").
    public var timePhrase: String?
    /// The speaker as written ("one official from the Shiite Coordination Framework").
    public var speaker: String?
    /// The actor the speaker resolves to.
    public var speakerActor: ActorID?
    public var method: ExtractionMethod
    /// How sure the method is, in [0, 1].
    public var confidence: Double

    public init(
        documentID: String, title: String? = nil, outlet: String? = nil, url: String? = nil,
        published: TimePoint? = nil, quote: String, characterRange: Range<Int>? = nil,
        timePhrase: String? = nil, speaker: String? = nil, speakerActor: ActorID? = nil,
        method: ExtractionMethod = .manual, confidence: Double = 1
    ) {
        self.documentID = documentID
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.quote = quote
        self.characterRange = characterRange
        self.timePhrase = timePhrase
        self.speaker = speaker
        self.speakerActor = speakerActor
        self.method = method
        self.confidence = confidence
    }
}
