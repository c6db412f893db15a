import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

/// A fictional article and its annotations, written into a fresh temporary folder per test.
enum StoreFixtures {
    /// The article text: curly quotes, a quote broken over two lines, an ellipsis, and an emoji
    /// before the quotes so that Unicode-scalar offsets differ from UTF-16 ones.
    static let text = """
        Fictional Times
        31 January 2025

        Borduria’s “new approach” worries Avalon 🌍 officials.

        The Green Front said on Monday that it “will not accept
        Bordurian   bases on Avalonian soil…” and called for talks.
        Officials in Borduria's capital said they “welcome the Green Front's position”.
        The Green Front said on Monday that it “will not accept Bordurian bases” again.

        """

    /// A valid annotation file for ``text``, using every key of the format.
    static let yaml = """
        # Fictional annotations for the store tests.
        format: 1
        article:
          id: avalon-bases
          text: avalon-bases.txt
          title: "Green Front Rejects Bordurian Bases"
          outlet: Fictional Times
          url: https://example.org/avalon-bases
          published: 2025-01-31
        actors:
          - id: avalon
            name: Avalon
            kind: state
            aliases: [Avalonian, US, no, on]
          - id: borduria
            name: Borduria
            kind: state
            aliases: [Bordurian]
          - id: green-front
            name: Green Front
            kind: party
            members_of:
              - actor: avalon
                from: 2021
                until: 2024-06
          - id: red-brigade
            name: Red Brigade
            kind: armed-group
        topics:
          - id: bases
            label: Bordurian bases in Avalon
        events:
          - id: coup
            name: The Coup
            date: 2024-12-08
            aliases: ["coup in Avalon", 2024 coup]
        claims:
          - source: green-front
            target: borduria
            topic: bases
            stance: opposes
            from: 2024-12-08
            until: 2025-09
            quote: "will not accept Bordurian bases on Avalonian soil..."
            time: "on Monday"
            speaker: "The Green Front"
            speaker_actor: green-front
            confidence: 0.9
            method: manual
            note: "Typed with straight quotes, one space and three dots."
          - source: borduria
            target: green-front
            stance: 0.25
            from: 2025-01
            quote: "welcome the Green Front’s position"
          - source: avalon
            target: borduria
            stance: hostile
            quote: Borduria's "new approach"
            method: rules@0.1
        """

    /// The article id, file names and the claims' quotes as they appear in ``text``.
    static let name = "avalon-bases"
    static let quotes = [
        "will not accept\nBordurian   bases on Avalonian soil…",
        "welcome the Green Front's position",
        "Borduria’s “new approach”",
    ]

    /// Writes `yaml` (and, unless nil, the article text) into `folder` as `NAME.stances.yaml`.
    @discardableResult
    static func write(
        _ yaml: String = yaml, text: String? = text, name: String = name, in folder: TemporaryDirectory
    ) throws -> URL {
        if let text { try folder.write(text, to: "\(name).txt") }
        return try folder.write(yaml, to: "\(name).stances.yaml")
    }

    /// `yaml` with the first occurrence of `old` replaced by `new`; records an issue if `old` is absent.
    static func replacing(_ old: String, with new: String, in yaml: String = yaml) -> String {
        guard let range = yaml.range(of: old) else {
            Issue.record("fixture has no \(old)")
            return yaml
        }
        return yaml.replacingCharacters(in: range, with: new)
    }

    /// The 1-based line of the first line of `yaml` containing `marker`.
    static func line(of marker: String, in yaml: String) -> Int? {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    /// The error loading `yaml` gives, as a StoreError.
    static func loadError(_ yaml: String, text: String? = text) throws -> (StoreError, URL)? {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let url = try write(yaml, text: text, in: folder)
        do {
            _ = try AnnotationFile.load(from: url)
            return nil
        } catch {
            return (error, url)
        }
    }
}
