import Foundation

/// Turns arbitrary text into DOT quoted strings that libgraphviz reads back as that text.
///
/// Every user string (names, topics, quotes, speakers, outlets) reaches DOT only through here.
/// The rules follow what Graphviz 2.42 does (see GRAPHVIZ.md, "DOT escaping"):
/// - NUL, C0 controls other than line feed, DEL, C1 controls and the XML non-characters
///   U+FFFE/U+FFFF are dropped (a BEL makes an SVG invalid XML); a tab becomes a space;
///   CR LF and lone CR become LF.
/// - Every backslash is doubled first, so `\N`, `\G`, `\l` and a trailing backslash come out
///   literally; then `&` becomes `&amp;` (Graphviz decodes HTML entities in labels and
///   tooltips, so a literal `&lt;` would otherwise turn into `<`); then `"` becomes `\"`; then
///   a line feed becomes `\n`.
/// - Tooltips are unescaped twice by Graphviz (once for `\n`, once for `\N`), so in a tooltip
///   every backslash is written four times.
/// - Every quoted string is capped: at most `maxCharacters` characters, cut at a `Character`
///   boundary and ended with "…", and at most ``maximumQuotedBytes`` UTF-8 bytes once escaped,
///   far below the 16,384 bytes at which Graphviz stops with a syntax error.
public enum DOTEscaping {
    /// Where an escaped string is used: Graphviz unescapes labels once and tooltips twice.
    public enum Context: Sendable {
        /// `label` and other escString attributes (the graph title, cluster labels).
        case label
        /// `tooltip`, `labeltooltip` and friends.
        case tooltip
    }

    /// The most UTF-8 bytes between the quotes of any string this writer emits.
    public static let maximumQuotedBytes = 6_000

    /// The marker appended to text cut short.
    public static let ellipsis: Character = "…"

    /// `text` without the characters DOT or XML cannot carry, with line ends normalised to LF.
    public static func sanitized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: scalars.append("\n")
            case 0x0A where previousWasCR: continue
            case 0x0A: scalars.append(scalar)
            case 0x09: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `text` cut to at most `maxCharacters` characters (ellipsis included), at a `Character` boundary.
    public static func truncated(_ text: String, maxCharacters: Int) -> String {
        guard maxCharacters > 0 else { return "" }
        guard text.count > maxCharacters else { return text }
        return String(text.prefix(maxCharacters - 1)) + String(ellipsis)
    }

    /// The escaped content of a quoted string (without the surrounding quotes).
    ///
    /// Sanitizes `text`, keeps at most `maxCharacters` characters and at most
    /// ``maximumQuotedBytes`` escaped bytes; when anything is cut, "…" ends the result.
    public static func escaped(_ text: String, context: Context = .label, maxCharacters: Int = 1_000) -> String {
        let clean = sanitized(text)
        let ellipsisBytes = String(ellipsis).utf8.count
        var result = ""
        var bytes = 0
        var count = 0
        var index = clean.startIndex
        while index < clean.endIndex {
            let character = clean[index]
            let next = clean.index(after: index)
            let piece = escaped(character, context: context)
            let pieceBytes = piece.utf8.count
            // Room must remain for the ellipsis unless this is the last character.
            let reserve = next < clean.endIndex ? ellipsisBytes : 0
            let reserveCount = next < clean.endIndex ? 1 : 0
            guard count + 1 + reserveCount <= maxCharacters, bytes + pieceBytes + reserve <= maximumQuotedBytes
            else {
                return result + String(ellipsis)
            }
            result += piece
            bytes += pieceBytes
            count += 1
            index = next
        }
        return result
    }

    /// `text` escaped and between double quotes, ready to be an ID or attribute value.
    public static func quoted(_ text: String, context: Context = .label, maxCharacters: Int = 1_000) -> String {
        "\"" + escaped(text, context: context, maxCharacters: maxCharacters) + "\""
    }

    /// Text for an HTML-like label: sanitized, then `&` first, then `<`, `>`, `"` and `'` as
    /// XML entities, and line feeds as `<BR/>`; capped at `maxCharacters` characters.
    public static func html(_ text: String, maxCharacters: Int = 1_000) -> String {
        var result = ""
        for scalar in truncated(sanitized(text), maxCharacters: maxCharacters).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "<BR/>"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A link for the `URL` attribute, or nil when `text` is not an http(s) URL that fits.
    ///
    /// Only `http` and `https` links are kept (no `javascript:` or `file:` in a browsable SVG).
    /// Characters outside the URL-safe ASCII set are percent-encoded (UTF-8), so no backslash,
    /// quote, space, `<` or `>` reaches the DOT; `&` is written `&amp;`, because Graphviz 2.42
    /// copies URLs into SVG without XML-escaping them.
    public static func url(_ text: String, maxBytes: Int = 2_000) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lower.hasPrefix($0) }),
            trimmed.count > scheme.count
        else { return nil }
        var result = ""
        for byte in trimmed.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case _ where urlSafe.contains(byte): result.unicodeScalars.append(Unicode.Scalar(byte))
            case 0x00...0x1F, 0x7F: continue
            default: result += "%" + hexDigits(byte)
            }
        }
        guard result.utf8.count <= maxBytes else { return nil }
        return result
    }

    private static let urlSafe: Set<UInt8> = Set(
        Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
            + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array("-._~:/?#[]@!$()*+,;=%".utf8))

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// One sanitized character, escaped for `context`.
    private static func escaped(_ character: Character, context: Context) -> String {
        var piece = ""
        for scalar in character.unicodeScalars {
            switch scalar {
            case "\\": piece += context == .tooltip ? "\\\\\\\\" : "\\\\"
            case "&": piece += "&amp;"
            case "\"": piece += "\\\""
            case "\n": piece += "\\n"
            default: piece.unicodeScalars.append(scalar)
            }
        }
        return piece
    }
}
