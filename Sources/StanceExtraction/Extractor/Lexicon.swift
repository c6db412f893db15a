import Foundation

/// Everything the extractor looks up: actors, stance cues and events.
public struct Lexicon: Sendable {
    public var actors: ActorLexicon
    public var cues: CueLexicon
    public var events: EventLexicon
    /// How often each rule was right on the development sets; empty, the rules' own estimates.
    public var calibration: Calibration

    public init(actors: ActorLexicon, cues: CueLexicon, events: EventLexicon, calibration: Calibration = Calibration()) {
        self.actors = actors
        self.cues = cues
        self.events = events
        self.calibration = calibration
    }

    /// The lexicons bundled with StanceGraph, with the bundled calibration.
    public static func bundled() throws(ExtractionError) -> Lexicon {
        Lexicon(actors: try .bundled(), cues: try .bundled(), events: try .bundled(), calibration: try .bundled())
    }

    /// Merges a user lexicon file, which may hold `actors:`, `cues:` (and `topics:`) and `events:`.
    public mutating func merge(userYAMLAt url: URL) throws(ExtractionError) {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound(path: path) }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path: path, byteOffset: Self.firstInvalidByte(data))
        }
        try merge(yaml: yaml, source: path)
    }

    /// Merges a user lexicon given as YAML text; `source` names it in errors.
    public mutating func merge(yaml: String, source: String) throws(ExtractionError) {
        let actorPart = try ActorLexicon.parse(yaml: yaml, source: source)
        let cuePart = try CueLexicon.parse(yaml: yaml, source: source)
        let eventPart = try EventLexicon.parse(yaml: yaml, source: source)
        actors.merge(actorPart)
        cues.merge(cuePart)
        events.merge(eventPart)
    }

    private static func firstInvalidByte(_ data: Data) -> Int {
        var offset = 0
        let bytes = [UInt8](data)
        while offset < bytes.count {
            let b = bytes[offset]
            let length = b < 0x80 ? 1 : (b >= 0xC2 && b < 0xE0 ? 2 : (b >= 0xE0 && b < 0xF0 ? 3 : (b >= 0xF0 && b < 0xF5 ? 4 : 0)))
            guard length > 0, offset + length <= bytes.count,
                bytes[(offset + 1)..<(offset + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            else { return offset }
            offset += length
        }
        return offset
    }
}
