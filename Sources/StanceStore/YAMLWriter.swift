/// Writes YAML text line by line: block mappings and lists, with scalars plain when that is
/// unambiguous and double-quoted otherwise.
///
/// Output is deterministic: the same calls give the same bytes.
struct YAMLWriter {
    private(set) var text = ""

    /// `key: value` at `indent` spaces; `item` starts a list item (`- key: value`).
    mutating func field(_ key: String, _ value: String, indent: Int, item: Bool = false) {
        line("\(key): \(value)", indent: indent, item: item)
    }

    /// `key:` opening a nested block.
    mutating func open(_ key: String, indent: Int, item: Bool = false) {
        line("\(key):", indent: indent, item: item)
    }

    /// A line of `text` at `indent` spaces, with a `- ` before it when it starts a list item.
    mutating func line(_ content: String, indent: Int, item: Bool = false) {
        let pad = String(repeating: " ", count: item ? max(indent - 2, 0) : indent)
        text += pad + (item ? "- " : "") + content + "\n"
    }

    /// A flow list `[a, b, "c, d"]`.
    static func flowList(_ values: [String]) -> String {
        "[" + values.map(scalar).joined(separator: ", ") + "]"
    }

    /// `value` plain when a YAML reader would read it back as this same string, else double-quoted.
    static func scalar(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    /// Words a YAML 1.1 reader would take for a null or a boolean.
    private static let reserved: Set<String> = [
        "~", "null", "y", "yes", "n", "no", "true", "false", "on", "off",
    ]

    /// Whether `value` can be written plain: it starts with a letter or digit, holds no character
    /// that YAML gives a meaning to in block or flow context, and is not a reserved word.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            first.properties.isAlphabetic || ("0"..."9").contains(first), last != " ",
            !reserved.contains(value.lowercased())
        else { return false }
        let allowedPunctuation: Set<Unicode.Scalar> = [" ", ".", "-", "_", "/", "'", "’", "(", ")", "@", "+", "&"]
        return value.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || allowedPunctuation.contains(scalar)
        } && !value.contains("  ")
    }

    /// `value` in double quotes, escaping what YAML requires and every control or line-break character.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{85}": result += "\\N"
            case "\u{A0}": result += "\\_"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF
                    || (0x80..<0xA0).contains(scalar.value)
                {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
