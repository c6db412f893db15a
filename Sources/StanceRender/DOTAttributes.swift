/// An attribute list for a DOT statement, written in sorted key order with every value quoted.
///
/// Keys are this module's own constants; values go through ``DOTEscaping``. Attributes that
/// make Graphviz read files (`image`, `shapefile`, `fontpath`, `imagepath`) are refused.
struct DOTAttributes: Equatable {
    /// Attributes that make Graphviz open files: never written.
    static let forbidden: Set<String> = ["image", "shapefile", "fontpath", "imagepath"]

    /// An attribute value as written: a quoted string, or an HTML-like label between `<` and `>`.
    enum Value: Equatable {
        /// Escaped content of a quoted string (without the quotes).
        case quoted(String)
        /// The markup of an HTML-like label (without the outer angle brackets).
        case html(String)

        var rendered: String {
            switch self {
            case .quoted(let text): "\"" + text + "\""
            case .html(let markup): "<" + markup + ">"
            }
        }
    }

    /// Values by key.
    private(set) var values: [String: Value] = [:]

    init() {}

    /// An attribute list of constant values (colours, shapes, numbers as text).
    init(_ constants: [String: String]) {
        for (key, value) in constants { set(key, value) }
    }

    /// Sets `key` to `text`, escaped as a label (or as `context`) and capped at `maxCharacters`.
    mutating func set(_ key: String, _ text: String, context: DOTEscaping.Context = .label, maxCharacters: Int = 1_000) {
        guard !Self.forbidden.contains(key.lowercased()) else { return }
        values[key] = .quoted(DOTEscaping.escaped(text, context: context, maxCharacters: maxCharacters))
    }

    /// Sets `key` to a number in fixed POSIX notation with two decimals ("2.50").
    mutating func set(_ key: String, number: Double) {
        set(key, DOTNumber.format(number))
    }

    /// Sets `key` to an already escaped value, such as a link from ``DOTEscaping/url(_:maxBytes:)``.
    mutating func set(_ key: String, escaped value: String) {
        guard !Self.forbidden.contains(key.lowercased()) else { return }
        values[key] = .quoted(value)
    }

    /// Sets `key` to an HTML-like label built from well-formed markup whose text went through
    /// ``DOTEscaping/html(_:)``. Empty markup is ignored: Graphviz rejects `<>`.
    mutating func set(_ key: String, html markup: String) {
        guard !Self.forbidden.contains(key.lowercased()), !markup.isEmpty else { return }
        values[key] = .html(markup)
    }

    /// Adds every attribute of `other`, replacing those with the same key.
    mutating func merge(_ other: DOTAttributes) {
        values.merge(other.values) { _, new in new }
    }

    /// `[a="1", b="2"]`, or the empty string when there are no attributes.
    var rendered: String {
        guard !values.isEmpty else { return "" }
        let pairs = values.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value.rendered }
        return "[" + pairs.joined(separator: ", ") + "]"
    }
}

/// Numbers for DOT in one fixed notation, independent of locale.
enum DOTNumber {
    /// `value` rounded to `decimals` places, with a point and no grouping: "2.50", "-0.75", "3".
    static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let places = max(0, min(decimals, 6))
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return sign + String(scaled) }
        let fraction = String(scaled % scale)
        return sign + String(scaled / scale) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
