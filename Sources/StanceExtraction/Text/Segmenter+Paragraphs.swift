extension SegmentScan {
    /// The paragraphs of `lower..<upper`, trimmed, in order.
    ///
    /// A paragraph ends at a blank line; at a single line break when the line before ends a
    /// sentence (. ! ? … possibly followed by closing quotes or brackets), when the next line is
    /// indented, or when the line before is a short heading (at most 60 bytes, no final punctuation)
    /// and the next line starts with a capital. Furniture lines and bullet points (see
    /// `Segmenter+Furniture.swift`) are paragraphs of their own, and so is, in text not wrapped at a
    /// fixed width, a short line with no final stop followed by a capital (a caption or subheading).
    func paragraphs(_ lower: Int, _ upper: Int) -> [Range<Int>] {
        let wrapped = isHardWrapped(lower, upper)
        var result: [Range<Int>] = []
        var paragraphStart = lower
        var lineStart = lower
        var i = lower
        func close(_ end: Int) {
            let (a, b) = trim(paragraphStart, end)
            if a < b { result.append(a..<b) }
        }
        while i < upper {
            let b = bytes[i]
            guard b == 0x0A || b == 0x0D else {
                i += 1
                continue
            }
            let lineEnd = i
            var next = i + 1
            if b == 0x0D, next < upper, bytes[next] == 0x0A { next += 1 }
            let (ls, le) = trim(lineStart, lineEnd)
            // Look at the next line: blank, indented or ordinary.
            var j = next
            while j < upper, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            let blankNext = j >= upper || bytes[j] == 0x0A || bytes[j] == 0x0D
            let indented = j > next && !blankNext
            if ls < le {
                let upperNext = j < upper && (bytes[j] >= 0x41 && bytes[j] <= 0x5A || bytes[j] >= 0x80 || WordTokenizer.isDigit(bytes[j]))
                // Whether the line or the next is a paragraph of its own (asked only when nothing
                // cheaper ends the paragraph here).
                func apart() -> Bool {
                    var nextEnd = j
                    while nextEnd < upper, bytes[nextEnd] != 0x0A, bytes[nextEnd] != 0x0D { nextEnd += 1 }
                    let (ns, ne) = trim(j, nextEnd)
                    return isBullet(ls, le) || isFurniture(ls, le, shortLines: false)
                        || (ns < ne && (isBullet(ns, ne) || isFurniture(ns, ne, shortLines: false)))
                        || (!wrapped && upperNext && isFurniture(ls, le, shortLines: true))
                }
                if blankNext || indented || endsSentence(ls, le) || (upperNext && isHeading(ls, le)) || apart() {
                    close(lineEnd)
                    paragraphStart = next
                }
            } else {
                paragraphStart = next
            }
            lineStart = next
            i = next
        }
        close(upper)
        return result
    }

    /// Whether the text is wrapped at a fixed width (most of at least five lines between 50 and 80
    /// bytes, none longer than 100), so that a line ending without a stop is no heading.
    func isHardWrapped(_ lower: Int, _ upper: Int) -> Bool {
        var lines = 0
        var wrappedLines = 0
        var start = lower
        var i = lower
        while i <= upper {
            if i == upper || bytes[i] == 0x0A {
                let (a, b) = trim(start, i)
                if a < b {
                    lines += 1
                    if b - a > 100 { return false }
                    if b - a >= 50 && b - a <= 80 { wrappedLines += 1 }
                }
                start = i + 1
            }
            i += 1
        }
        return lines >= 5 && wrappedLines * 2 > lines
    }

    /// Whether the line `a..<b` ends with sentence punctuation (before closing quotes/brackets).
    func endsSentence(_ a: Int, _ b: Int) -> Bool {
        var e = b
        while e > a {
            let c = bytes[e - 1]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { e -= 1; continue }
            if e - a >= 3, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80, bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99 {
                e -= 3
                continue
            }
            break
        }
        guard e > a else { return false }
        let c = bytes[e - 1]
        if c == 0x2E || c == 0x21 || c == 0x3F { return true }
        return e - a >= 3 && bytes[e - 3] == 0xE2 && bytes[e - 2] == 0x80 && bytes[e - 1] == 0xA6
    }

    /// Whether the line `a..<b` looks like a heading: short, no final punctuation, not cut mid-phrase.
    func isHeading(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 60, b > a else { return false }
        let last = bytes[b - 1]
        if last == 0x2C || last == 0x2D || last == 0x3B || last == 0x28 { return false }
        let first = bytes[a]
        return (first >= 0x41 && first <= 0x5A) || first >= 0x80 || WordTokenizer.isDigit(first)
    }
}
