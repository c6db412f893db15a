/// A node of a parsed HTML page: an element with its attributes and children, or text.
///
/// The page is copied out of libxml2's tree into these values as soon as it is parsed, so that
/// no C pointer outlives the parse and everything after it is plain Swift.
indirect enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    /// Text with character references decoded (`&amp;` is `&`, `&nbsp;` is U+00A0).
    case text(String)
}

/// An HTML element: its lowercased tag name, its attributes (names lowercased) and children.
struct HTMLElement: Sendable, Hashable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of an attribute, by lowercased name.
    subscript(attribute name: String) -> String? { attributes[name] }

    /// The child elements, in order.
    var elements: [HTMLElement] {
        children.compactMap { if case .element(let e) = $0 { e } else { nil } }
    }

    /// Every text below this element, concatenated as written (no whitespace folding).
    var rawText: String {
        var out = ""
        func walk(_ node: HTMLNode) {
            switch node {
            case .text(let t): out += t
            case .element(let e): e.children.forEach(walk)
            }
        }
        children.forEach(walk)
        return out
    }

    /// The text below this element with every run of whitespace (NBSP included) folded to one
    /// space and the ends trimmed.
    var text: String { HTMLText.fold(rawText) }

    /// Calls `body` on this element and every element below it, in document order; `body`
    /// returns false to skip an element's descendants.
    func visit(_ body: (HTMLElement) -> Bool) {
        guard body(self) else { return }
        for case .element(let child) in children { child.visit(body) }
    }
}

/// Whitespace handling of text taken from HTML.
enum HTMLText {
    /// Whether a scalar counts as whitespace in page text (ASCII space, NBSP and the Unicode spaces).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{0C}" || s.properties.isWhitespace
            || s == "\u{200B}" || s == "\u{FEFF}"
    }

    /// `text` with every run of whitespace folded to one space, trimmed.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if isSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }
}
