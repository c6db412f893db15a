/// A JSON value whose objects keep their keys in the order given, written deterministically.
indirect enum JSONText {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONText])
    case object([(String, JSONText)])

    /// The value from an export attribute.
    init(_ value: ExportValue) {
        switch value {
        case let .string(text): self = .string(text)
        case let .double(number): self = .number(number)
        case let .integer(number): self = .integer(number)
        }
    }

    /// The value as JSON text, indented by two spaces, one member a line.
    func rendered(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case let .string(text): return Self.quoted(text)
        case let .number(number): return number.isFinite ? number.description : "null"
        case let .integer(number): return String(number)
        case let .bool(flag): return flag ? "true" : "false"
        case let .array(items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case let .object(members):
            if members.isEmpty { return "{}" }
            return "{\n"
                + members.map { inner + Self.quoted($0.0) + ": " + $0.1.rendered(indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)}"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
