/// A top-level direct quote of a paragraph, in byte offsets.
struct QuoteSpan: Sendable, Hashable {
    /// The opening mark's start (the paragraph start for a quote closed by a stray mark).
    var open: Int
    /// The text between the marks.
    var content: Range<Int>
    /// The end of the closing mark, or nil when the quote runs to the paragraph's end unclosed.
    var close: Int?
    /// Whether the quote starts at its paragraph's start with an opening mark.
    var opensParagraph: Bool
}

extension SegmentScan {
    enum QuoteMark: UInt8 { case curlyDouble, curlySingle, straightDouble, straightSingle, guillemet }

    /// Deeper opening marks than this are ignored (they cannot be told from noise anyway).
    static let maxQuoteDepth = 32

    /// The top-level quotes of `paragraph`: “…” ‘…’ "…" '…' «…», nested quotes inside them
    /// tolerated; apostrophes (Iraq’s, don't) are not marks; a quote left open closes at the
    /// paragraph's end; a closing mark with nothing open closes a quote opened at the paragraph's start.
    func quotes(in paragraph: Range<Int>) -> [QuoteSpan] {
        var result: [QuoteSpan] = []
        var stack: [(mark: QuoteMark, at: Int, contentStart: Int)] = []
        var counts = [Int](repeating: 0, count: 5)
        let start = paragraph.lowerBound
        let end = paragraph.upperBound
        var i = start

        func isLetterOrDigit(_ at: Int) -> Bool {
            guard at >= start, at < end else { return false }
            let c = bytes[at]
            if c < 0x80 { return WordTokenizer.isASCIILetter(c) || WordTokenizer.isDigit(c) }
            var s = at
            while s > start, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            let (scalar, _) = WordTokenizer.scalar(in: bytes, at: s)
            return !WordTokenizer.isSpaceScalar(scalar) && !WordTokenizer.isPunctuationScalar(scalar)
        }
        func isSpaceOrEdge(_ at: Int) -> Bool {
            guard at >= start, at < end else { return true }
            let c = bytes[at]
            if c < 0x80 { return WordTokenizer.isSpace(c) }
            var s = at
            while s > start, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            return WordTokenizer.isSpaceScalar(WordTokenizer.scalar(in: bytes, at: s).0)
        }
        func push(_ mark: QuoteMark, _ at: Int, _ length: Int) {
            guard stack.count < Self.maxQuoteDepth else { return }
            stack.append((mark, at, at + length))
            counts[Int(mark.rawValue)] += 1
        }
        /// Closes the innermost open quote of `mark` (and any left open inside it).
        func close(_ mark: QuoteMark, _ at: Int, _ length: Int) -> Bool {
            guard counts[Int(mark.rawValue)] > 0 else { return false }
            while let top = stack.popLast() {
                counts[Int(top.mark.rawValue)] -= 1
                if top.mark == mark {
                    if stack.isEmpty {
                        result.append(
                            QuoteSpan(
                                open: top.at, content: top.contentStart..<at, close: at + length,
                                opensParagraph: top.at == start))
                    }
                    return true
                }
            }
            return true
        }

        while i < end {
            let c = bytes[i]
            if c == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let d = bytes[i + 2]
                switch d {
                case 0x9C:  // “
                    push(.curlyDouble, i, 3)
                case 0x9D:  // ”
                    if !close(.curlyDouble, i, 3) && !close(.straightDouble, i, 3) && stack.isEmpty && result.isEmpty && i > start {
                        result.append(QuoteSpan(open: start, content: start..<i, close: i + 3, opensParagraph: false))
                    }
                case 0x98:  // ‘
                    if !isLetterOrDigit(i - 1) && !(i + 3 < end && WordTokenizer.isDigit(bytes[i + 3])) {
                        push(.curlySingle, i, 3)
                    }
                case 0x99:  // ’
                    if !(isLetterOrDigit(i - 1) && isLetterOrDigit(i + 3)), !isSpaceOrEdge(i - 1),
                        stack.last?.mark == .curlySingle
                    {
                        _ = close(.curlySingle, i, 3)
                    }
                default: break
                }
                i += 3
                continue
            }
            switch c {
            case 0x22:  // "
                if counts[Int(QuoteMark.straightDouble.rawValue)] > 0, !isSpaceOrEdge(i - 1) || isSpaceOrEdge(i + 1) {
                    _ = close(.straightDouble, i, 1)
                } else {
                    push(.straightDouble, i, 1)
                }
            case 0x27:  // '
                if isLetterOrDigit(i - 1) && isLetterOrDigit(i + 1) {
                    break
                } else if stack.last?.mark == .straightSingle, !isSpaceOrEdge(i - 1) {
                    _ = close(.straightSingle, i, 1)
                } else if isSpaceOrEdge(i - 1) || (i > start && (bytes[i - 1] == 0x22 || bytes[i - 1] == 0x28)),
                    !isSpaceOrEdge(i + 1), !(i + 1 < end && WordTokenizer.isDigit(bytes[i + 1]))
                {
                    push(.straightSingle, i, 1)
                }
            case 0xC2 where i + 1 < end && bytes[i + 1] == 0xAB:  // «
                push(.guillemet, i, 2)
                i += 2
                continue
            case 0xC2 where i + 1 < end && bytes[i + 1] == 0xBB:  // »
                _ = close(.guillemet, i, 2)
                i += 2
                continue
            default: break
            }
            i += 1
        }
        if let bottom = stack.first {
            result.append(
                QuoteSpan(
                    open: bottom.at, content: bottom.contentStart..<end, close: nil, opensParagraph: bottom.at == start))
        }
        return result
    }
}
