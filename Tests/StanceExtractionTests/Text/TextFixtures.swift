import Foundation
import StanceModel

@testable import StanceExtraction

/// Paths and helpers shared by the text and time tests.
enum TextFixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/iraqi-factions-rethink-us-troop-presence.txt")

    /// The seed article's text.
    static func seedText() throws -> String { try String(contentsOf: seed, encoding: .utf8) }

    /// The strings of `ranges` in `text`.
    static func strings(_ ranges: [Range<String.Index>], in text: String) -> [String] {
        ranges.map { String(text[$0]) }
    }

    /// The sentences of a text in memory, as strings.
    static func sentences(_ text: String) -> [String] {
        Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex).map { String(text[$0.range]) }
    }
}
