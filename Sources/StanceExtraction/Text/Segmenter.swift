/// Splits an article body into paragraphs and sentences, finding quotes and attributions.
///
/// Works on the UTF-8 bytes in one linear pass per concern (paragraphs, quotes, sentence ends,
/// attributions), so a 10 MB paragraph or a 100,000-character sentence takes linear time.
public enum Segmenter {
    /// The sentences of `body` in `text`, in order.
    ///
    /// Paragraphs break at blank lines, and at a single line break after a line that ends a
    /// sentence, before an indented line, or after a short heading-like line. Sentences end at
    /// . ! ? … followed by space and an uppercase letter, digit or opening quote, except after
    /// abbreviations, initials and within decimals. A direct quote spanning sentences gives each
    /// sentence its part, and the attribution found at either end is carried to all of them. Wire
    /// photo captions inside a paragraph are furniture and give no sentence (`CaptionSentence`).
    public static func sentences(in text: String, body: Range<String.Index>) -> [Sentence] {
        segment(text, body: body, keepTokens: false).sentences
    }

    /// Bodies up to this many bytes keep their sentences' tokens (`segment(_:body:keepTokens:)`).
    static let maxBytesKeepingTokens = 1_000_000

    /// `sentences(in:body:)`, and with `keepTokens` (in a body of at most
    /// `maxBytesKeepingTokens` bytes) each sentence's `WordTokenizer` tokens, offsets relative to
    /// the sentence, as reading its attribution made them: nil where that stopped short of the
    /// sentence's end, so that whoever tokenizes the sentence again can take them instead.
    static func segment(
        _ text: String, body: Range<String.Index>, keepTokens: Bool
    ) -> (sentences: [Sentence], tokens: [[WordToken]?]) {
        let utf8 = text.utf8
        let lower = utf8.distance(from: utf8.startIndex, to: body.lowerBound)
        let upper = utf8.distance(from: utf8.startIndex, to: body.upperBound)
        let keep = keepTokens && upper - lower <= maxBytesKeepingTokens
        // The spans, and which of them end with a year (only those can be wire captions).
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ([SentenceSpan], [Bool]) {
            let spans = SegmentScan(bytes: bytes, keepTokens: keep).run(lower, upper)
            return (spans, spans.map { CaptionSentence.endsWithYear(bytes, $0.range) })
        }
        let spans: [SentenceSpan]
        let endsWithYear: [Bool]
        if let result = utf8.withContiguousStorageIfAvailable(scan) {
            (spans, endsWithYear) = result
        } else {
            let copy = Array(utf8)
            (spans, endsWithYear) = copy.withUnsafeBufferPointer(scan)
        }
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        func range(_ r: Range<Int>) -> Range<String.Index> { index(r.lowerBound)..<index(r.upperBound) }
        var sentences: [Sentence] = []
        var tokens: [[WordToken]?] = []
        sentences.reserveCapacity(spans.count)
        for (span, year) in zip(spans, endsWithYear) {
            let sentence = range(span.range)
            // A wire photo caption inside a paragraph describes a picture: furniture, no sentence.
            if year, CaptionSentence.matches(text[sentence]) { continue }
            sentences.append(
                Sentence(
                    range: sentence, paragraph: span.paragraph, quotes: span.quotes.map(range),
                    attribution: span.attribution.map {
                        Attribution(speaker: range($0.speaker), verb: range($0.verb), content: range($0.content))
                    }))
            if keep { tokens.append(span.tokens) }
        }
        if !keep { tokens = [[WordToken]?](filled: nil, count: sentences.count) }
        return (sentences, tokens)
    }
}

/// A sentence in byte offsets, before conversion to string indices.
struct SentenceSpan: Sendable, Hashable {
    var range: Range<Int>
    var paragraph: Int
    var quotes: [Range<Int>] = []
    /// The top-level quotes (indices into the paragraph's quote list) this sentence overlaps.
    var quoteIDs: [Int] = []
    var attribution: AttributionSpan?
    /// The sentence's tokens when the scan keeps them (`SegmentScan.keepTokens`) and made them all.
    var tokens: [WordToken]?
}

/// An attribution in byte offsets.
struct AttributionSpan: Sendable, Hashable {
    var speaker: Range<Int>
    var verb: Range<Int>
    var content: Range<Int>
}

/// The segmentation of one text's bytes.
struct SegmentScan {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether each sentence keeps the tokens its attribution was read from (`SentenceSpan.tokens`).
    var keepTokens = false
    let attributionWords = AttributionWords.shared
    let openers = SegmentScan.sentenceOpeners
    /// What `isFurniture` found for each line or paragraph already asked about: paragraph
    /// splitting and the furniture pass ask about the same spans several times.
    let furnitureSeen = FurnitureMemo()

    func run(_ lower: Int, _ upper: Int) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        var quoteBase = 0
        var allQuotes: [QuoteSpan] = []
        // Furniture is skipped and datelines stepped over; what is left is numbered afresh. A short
        // line without a stop is a heading or caption only beside prose that has stops.
        let all = paragraphs(lower, upper).filter { !isFurniture($0.lowerBound, $0.upperBound, shortLines: false) }
        let hasProse = all.contains { endsSentence($0.lowerBound, $0.upperBound) }
        var kept: [Range<Int>] = []
        for paragraph in all {
            if hasProse, isFurniture(paragraph.lowerBound, paragraph.upperBound, shortLines: true), !opensQuote(paragraph) { continue }
            let start = datelineEnd(paragraph) ?? paragraph.lowerBound
            if start < paragraph.upperBound { kept.append(start..<paragraph.upperBound) }
        }
        kept.removeFirst(leadingSummary(kept))
        for (number, paragraph) in kept.enumerated() {
            let quotes = self.quotes(in: paragraph)
            var spans = sentences(in: paragraph, number: number)
            // Both lists are in text order: one sweep pairs each sentence with the quotes it overlaps.
            var firstQuote = 0
            for i in spans.indices {
                while firstQuote < quotes.count, quotes[firstQuote].content.upperBound <= spans[i].range.lowerBound {
                    firstQuote += 1
                }
                var q = firstQuote
                while q < quotes.count, quotes[q].content.lowerBound < spans[i].range.upperBound {
                    let quote = quotes[q]
                    defer { q += 1 }
                    let a = max(quote.content.lowerBound, spans[i].range.lowerBound)
                    let b = min(quote.content.upperBound, spans[i].range.upperBound)
                    if a < b {
                        let (s, e) = trim(a, b)
                        if s < e { spans[i].quotes.append(s..<e) }
                        spans[i].quoteIDs.append(quoteBase + q)
                    }
                }
                let tokens = attributionTokens(of: spans[i])
                spans[i].attribution = attribution(of: spans[i], tokens: tokens)
                if keepTokens, tokens.count < Self.maxAttributionTokens { spans[i].tokens = tokens }
            }
            result.append(contentsOf: spans)
            allQuotes.append(contentsOf: quotes)
            quoteBase += quotes.count
        }
        carryAttributions(&result, quotes: allQuotes)
        return result
    }

    /// The range `a..<b` without surrounding whitespace (ASCII and Unicode spaces).
    func trim(_ a: Int, _ b: Int) -> (Int, Int) {
        var a = a
        var b = b
        while a < b {
            let c = bytes[a]
            if c < 0x80 {
                guard WordTokenizer.isSpace(c) || c < 0x20 else { break }
                a += 1
            } else {
                let (s, len) = WordTokenizer.scalar(in: bytes, at: a)
                guard WordTokenizer.isSpaceScalar(s) else { break }
                a += len
            }
        }
        while b > a {
            let c = bytes[b - 1]
            if c < 0x80 {
                guard WordTokenizer.isSpace(c) || c < 0x20 else { break }
                b -= 1
            } else {
                var s = b - 1
                while s > a, bytes[s] & 0xC0 == 0x80 { s -= 1 }
                let (scalar, _) = WordTokenizer.scalar(in: bytes, at: s)
                guard WordTokenizer.isSpaceScalar(scalar) else { break }
                b = s
            }
        }
        return (a, b)
    }
}
