/// Escaping for text written into XML attributes and elements (GEXF, GraphML, SVG).
enum XMLText {
    /// `text` with `& < > " '` as entities, tab, newline and carriage return as character
    /// references (so that attribute values keep them), and the characters XML 1.0 forbids
    /// (other C0 controls, U+FFFE, U+FFFF) dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// ` name="value"` with the value escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        " \(name)=\"\(escaped(value))\""
    }
}
