import Foundation

/// Folders of fictional annotated articles (text plus `NAME.stances.yaml`) for ingest tests.
public enum SyntheticArticles {
    /// Writes `count` articles named `article-0000`... into `folder`, article `i` with
    /// `claims(i)` claims among the fictional ``Fixtures/actors``; returns each article id with its
    /// claim count.
    @discardableResult
    public static func write(
        count: Int, into folder: URL, prefix: String = "article", claims: (Int) -> Int = { 5 + $0 % 7 }
    ) throws -> [String: Int] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let actors = ["avalon", "borduria", "green-front", "red-brigade", "northern-league"]
        let stances = ["hostile", "opposes", "neutral", "supports", "allied"]
        var expected: [String: Int] = [:]
        for i in 0..<count {
            let id = "\(prefix)-" + String(i).leftPadded(to: 4)
            let claimCount = claims(i)
            let sentences = (0..<claimCount).map { c in "Sentence \(c) of \(id) reports a stance number \(c * 7 + i)." }
            let text = "Fictional Times\n\n" + sentences.joined(separator: "\n") + "\n"
            var yaml = """
                format: 1
                article:
                  id: \(id)
                  text: \(id).txt
                  title: "Report \(i)"
                  outlet: Fictional Times
                  published: 2025-01-\(String(1 + i % 28).leftPadded(to: 2))
                actors:
                  - {id: avalon, name: Avalon, kind: state, aliases: [Avalonian]}
                  - {id: borduria, name: Borduria, kind: state}
                  - {id: green-front, name: Green Front, kind: party}
                  - {id: red-brigade, name: Red Brigade, kind: armed-group}
                  - {id: northern-league, name: Northern League, kind: coalition}
                topics:
                  - {id: bases, label: Bordurian bases in Avalon}
                claims:

                """
            for c in 0..<claimCount {
                let source = actors[(i + c) % actors.count]
                let target = actors[(i + c + 1 + c % 3) % actors.count]
                yaml += """
                      - source: \(source)
                        target: \(target)
                        stance: \(stances[(i * 3 + c) % stances.count])
                        from: \(2000 + (i + c) % 25)-\(String(1 + c % 12).leftPadded(to: 2))
                        quote: "\(sentences[c])"

                    """
                if c % 4 == 0 { yaml += "    topic: bases\n" }
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(id).txt"))
            try Data(yaml.utf8).write(to: folder.appendingPathComponent("\(id).stances.yaml"))
            expected[id] = claimCount
        }
        return expected
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
