import Foundation

/// What Graphviz shows for an attribute value as libgraphviz stores it (see ParsedGraph), so
/// tests can compare it with the text that went in.
enum GraphvizText {
    /// The text of a label: `&amp;` decoded (Graphviz decodes HTML entities), then `\\` → `\`,
    /// `\n` `\l` `\r` → line feed, any other `\x` → `x`.
    static func label(_ raw: String) -> String {
        unescapeOnce(raw.replacingOccurrences(of: "&amp;", with: "&"))
    }

    /// The text of a tooltip, which Graphviz unescapes twice.
    static func tooltip(_ raw: String) -> String {
        unescapeOnce(unescapeOnce(raw.replacingOccurrences(of: "&amp;", with: "&")))
    }

    private static func unescapeOnce(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n", "l", "r": result.append("\n")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
