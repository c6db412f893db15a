extension HTMLPage {
    /// Finds the element that holds the article's paragraphs and writes its text as paragraphs.
    ///
    /// Each `<p>` (and `<pre>`) of 25 characters or more that is not mostly links scores its
    /// length, without link text, to its parent and half of it to its grandparent; the element
    /// with the highest score is the article, together with those of its siblings that score at
    /// least a fifth of it (a body split by an advertisement). Furniture (``Boilerplate``) is left
    /// out before scoring; when that leaves nothing, the page is read again on tags and roles only.
    enum MainText {
        /// Elements that start a new paragraph of the output.
        static let blocks: Set<String> = [
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "br", "hr", "address", "center",
            "body", "html", "details", "summary", "caption", "tbody", "thead",
        ]

        /// The paragraphs of the main text of a page, or none.
        static func paragraphs(of root: HTMLElement) -> [String] {
            for useHints in [true, false] {
                let cleaned = strip(root, useHints: useHints)
                let result = paragraphs(ofCleaned: cleaned)
                if result.contains(where: isSubstantial) { return result }
            }
            return []
        }

        /// Whether a paragraph is prose: eight words or more.
        static func isSubstantial(_ paragraph: String) -> Bool {
            paragraph.split(separator: " ").count >= 8
        }

        /// `element` without its furniture.
        static func strip(_ element: HTMLElement, useHints: Bool) -> HTMLElement {
            var copy = element
            copy.children = element.children.compactMap { node in
                guard case .element(let child) = node else { return node }
                return Boilerplate.isFurniture(child, useHints: useHints) ? nil : .element(strip(child, useHints: useHints))
            }
            return copy
        }

        static func paragraphs(ofCleaned root: HTMLElement) -> [String] {
            var scores: [[Int]: Double] = [:]
            func score(_ element: HTMLElement, path: [Int]) {
                for (i, node) in element.children.enumerated() {
                    guard case .element(let child) = node else { continue }
                    let childPath = path + [i]
                    if child.name == "p" || child.name == "pre" {
                        let value = Double(contentScore(child))
                        guard value > 0 else { continue }
                        scores[path, default: 0] += value
                        if !path.isEmpty { scores[Array(path.dropLast()), default: 0] += value / 2 }
                    } else {
                        score(child, path: childPath)
                    }
                }
            }
            score(root, path: [])
            guard let (bestPath, bestScore) = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.count < $1.key.count) }) else {
                return text(of: root)
            }
            // The best element with its sibling containers that carry enough text of their own.
            guard let last = bestPath.last else { return text(of: root) }
            let parentPath = Array(bestPath.dropLast())
            let parent = element(at: parentPath, in: root)
            let threshold = max(10, bestScore * 0.2)
            var result: [String] = []
            for (i, node) in parent.children.enumerated() {
                guard case .element(let sibling) = node else { continue }
                let path = parentPath + [i]
                let own = scores[path] ?? 0
                if i == last || own >= threshold {
                    result += text(of: sibling)
                } else if sibling.name == "p", contentScore(sibling) >= 80 {
                    result += text(of: sibling)
                }
            }
            return result
        }

        /// The element at a path of child indices below `root`.
        static func element(at path: [Int], in root: HTMLElement) -> HTMLElement {
            var current = root
            for i in path {
                guard case .element(let child) = current.children[i] else { break }
                current = child
            }
            return current
        }

        /// The characters of a paragraph outside links, or 0 for a short or mostly-link paragraph.
        static func contentScore(_ paragraph: HTMLElement) -> Int {
            let total = paragraph.text.count
            guard total >= 25 else { return 0 }
            var linked = 0
            paragraph.visit { e in
                if e.name == "a" {
                    linked += e.text.count
                    return false
                }
                return true
            }
            guard linked * 2 < total else { return 0 }
            return total - linked
        }

        /// The text of an element as paragraphs: each block element starts a new one; headings of
        /// the page (`h1`) and lists before the first paragraph (summaries repeating the body) are
        /// left out.
        static func text(of element: HTMLElement) -> [String] {
            var result: [String] = []
            var current = ""
            var seenParagraph = false
            func flush() {
                let folded = HTMLText.fold(current)
                if !folded.isEmpty { result.append(folded) }
                current = ""
            }
            func walk(_ node: HTMLNode) {
                switch node {
                case .text(let t):
                    current += t
                case .element(let e):
                    if e.name == "h1" { return }
                    if (e.name == "ul" || e.name == "ol"), !seenParagraph { return }
                    let isBlock = blocks.contains(e.name)
                    if isBlock { flush() }
                    if e.name == "p" { seenParagraph = true }
                    e.children.forEach(walk)
                    if isBlock { flush() }
                }
            }
            walk(.element(element))
            flush()
            return result
        }
    }
}
