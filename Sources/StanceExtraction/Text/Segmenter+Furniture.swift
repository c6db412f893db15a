/// Page furniture in article text: what a saved page carries around the article (captions and
/// photo credits, share and follow widgets, "Updated" and "Short Url" lines, bullet summaries,
/// subheadings, datelines) that must not become sentences.
///
/// Nothing is deleted: furniture paragraphs are skipped and a dateline is stepped over, so every
/// sentence range still indexes the original text.
extension SegmentScan {
    /// Words of share and follow widgets ("Share", "Tweet", "Copy link", "Follow us on X").
    static let widgetWords = WordSet([
        "share", "shares", "shared", "sharing", "tweet", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
        "reddit", "email", "e", "mail", "print", "copy", "copied", "link", "url", "short", "messenger", "pinterest",
        "follow", "us", "on", "save", "saved", "comments", "comment", "google", "news", "subscribe", "newsletter",
        "flipboard", "threads", "bluesky", "instagram", "youtube", "tiktok", "sms", "clipboard", "this", "article",
        "story", "page", "via", "read", "more", "listen", "min", "mins", "minute", "minutes", "and", "the", "to",
        "advertisement", "sponsored", "bookmark", "gift", "font", "size", "text", "close", "menu", "icon",
    ])
    /// Words that open a furniture line ("Updated 30 January 2024", "Short Url", "Photo: AFP").
    static let furnitureLabels = WordSet([
        "updated", "published", "posted", "photo", "photos", "photograph", "image", "images", "picture", "credit",
        "credits", "caption", "video", "source", "tags", "topics", "related", "advertisement", "file",
    ])
    /// Words of a photo credit in parentheses ("(File/AFP)", "(credit: REUTERS)", "(AP Photo/…)").
    static let creditWords = WordSet([
        "afp", "reuters", "getty", "epa", "anadolu", "xinhua", "handout", "file", "photo", "photos", "credit",
        "courtesy", "screenshot", "screengrab", "shutterstock", "alamy", "pool", "images", "image", "illustrative",
        "illustration", "efe", "dpa", "upi", "sana", "irna", "wana", "tasnim", "supplied",
    ])
    /// Small words inside a dateline's place ("Kurdistan Region of Iraq").
    static let datelineConnectors = WordSet(["of", "al", "el", "de", "the", "and"])
    /// News agencies and credits named in a dateline's parentheses ("BEIRUT (Reuters) -").
    static let agencyWords = WordSet([
        "afp", "reuters", "ap", "upi", "xinhua", "anadolu", "aa", "dpa", "efe", "ani", "pti", "irna", "sana", "ina",
        "wam", "spa", "kuna", "qna", "mena", "tass", "ria", "yonhap", "kyodo", "bernama", "cnn", "bbc", "rudaw",
        "tasnim", "wana", "isna", "mehr", "fars", "nna", "agencies", "agency", "news", "press", "wires",
    ])
    /// Phrases that make a line a caption wherever they stand.
    static let creditPhrases: [[UInt8]] = [
        "via getty images", "getty images", "reuters photo", "afp photo", "ap photo", "file photo", "photo credit",
        "photo:", "photograph:", "image:", "picture:", "credit:", "(photo", "/afp", "/reuters",
    ].map { Array($0.utf8) }

    /// Whether the trimmed line or paragraph `a..<b` is furniture on its own: a caption or credit,
    /// a widget line, a labelled "Updated …" or "Photo: …" line, or (`shortLines`) a short line
    /// with no final stop: a subheading, a caption or a headline.
    func isFurniture(_ a: Int, _ b: Int, shortLines: Bool) -> Bool {
        guard a < b else { return false }
        let key = a << 32 | b
        let verdict: FurnitureVerdict
        if let known = furnitureSeen.results[key] {
            verdict = known
        } else {
            verdict = furniture(a, b)
            furnitureSeen.results[key] = verdict
        }
        switch verdict {
        case .furniture: return true
        case .prose: return false
        case .shortLine: return shortLines
        }
    }

    /// What `a..<b` is, asked once for both kinds of question (`shortLines` or not).
    private func furniture(_ a: Int, _ b: Int) -> FurnitureVerdict {
        // Past 700 bytes a paragraph has more than 60 words: only a credit in parentheses at its
        // end can make it furniture, and that needs a ")" last (most paragraphs are prose: no
        // tokenizing them here).
        if b - a > 700, bytes[b - 1] != 0x29 { return .prose }
        let slice = UnsafeBufferPointer(rebasing: bytes[a..<b])
        // Prose (a paragraph that ends a sentence, not in a parenthesis, with no credit phrase) is
        // furniture only as a labelled or widget line, which its first word tells: most paragraphs
        // are decided without tokenizing them.
        if bytes[b - 1] != 0x29, endsSentence(a, b) {
            let first = WordTokenizer.firstWord(slice, within: 3)
            let labelled = first.map { Self.furnitureLabels.contains($0.hash) || Self.widgetWords.contains($0.hash) } ?? false
            // A caption that ends with a stop is short: no credit phrase is looked for in a long paragraph.
            guard labelled || (b - a <= 400 && containsCreditPhrase(a, b)) else { return .prose }
            // A paragraph that opens with a widget word ("The", "To", "More") is furniture only by
            // the rules below: a credit in parentheses at its end (it has a ")"), a credit phrase,
            // a label first, or widget words alone. Where none can hold it is prose, and needs no
            // token list.
            if labelled, let first, !Self.furnitureLabels.contains(first.hash), !slice.contains(0x29),
                !containsCreditPhrase(a, b), !mayBeWidgetLine(slice)
            {
                return .prose
            }
        }
        let tokens = WordTokenizer.tokens(slice, limit: 120)
        let words = tokens.filter { $0.kind == .word }
        if endsWithCredit(slice, tokens) { return .furniture }
        if words.count <= 60, containsCreditPhrase(a, b) { return .furniture }
        if !words.isEmpty, words.count <= 15, tokens.allSatisfy({ t in
            t.kind == .punctuation || t.kind == .number || Self.widgetWords.contains(t.hash)
        }) {
            return .furniture
        }
        if let first = words.first, Self.furnitureLabels.contains(first.hash), words.count <= 20, tokens.count > 1,
            !endsSentence(a, b) || tokens[1].kind == .punctuation
        {
            return .furniture
        }
        // With `shortLines`: a short line with no final stop (a subheading, a caption, a headline).
        guard !slice.contains(0x0A), !endsSentence(a, b), words.count <= 30 else { return .prose }
        // A line cut mid-phrase or introducing what follows is not a heading.
        let last = bytes[b - 1]
        return last != 0x2C && last != 0x3B && last != 0x3A && last != 0x2D && last != 0x28 ? .shortLine : .prose
    }

    /// Whether the first 120 tokens of `slice` (those `furniture` reads) are at most 15 words, all
    /// widget words, with numbers and punctuation: read until a word says otherwise.
    private func mayBeWidgetLine(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var space = true
        var count = 0
        var words = 0
        while count < 120, let token = WordTokenizer.next(slice, &i, &space) {
            count += 1
            guard token.kind == .word else { continue }
            words += 1
            guard words <= 15, Self.widgetWords.contains(token.hash) else { return false }
        }
        return words > 0
    }

    /// Whether a paragraph opens a quote it does not close (one that runs into the next paragraph).
    func opensQuote(_ paragraph: Range<Int>) -> Bool {
        var opening = 0
        var closing = 0
        var straight = 0
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            if bytes[i] == 0x22 { straight += 1 }
            if bytes[i] == 0xE2, i + 2 < paragraph.upperBound, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { opening += 1 }
                if bytes[i + 2] == 0x9D { closing += 1 }
            }
            i += 1
        }
        return opening > closing || straight % 2 == 1
    }

    /// Whether the line ends with a credit in parentheses: "(File/AFP)", "(credit: REUTERS)".
    func endsWithCredit(_ slice: UnsafeBufferPointer<UInt8>, _ tokens: [WordToken]) -> Bool {
        guard let last = tokens.last, last.kind == .punctuation, last.mark == 0x29,
            let open = tokens.lastIndex(where: { $0.kind == .punctuation && $0.mark == 0x28 })
        else { return false }
        let inside = tokens[(open + 1)..<(tokens.count - 1)]
        let words = inside.filter { $0.kind == .word }
        guard !words.isEmpty, words.count <= 8 else { return false }
        return words.contains { Self.creditWords.contains($0.hash) }
            || (words.count == 2 && words[0].hash == WordTokenizer.hash("ap") && inside.contains { $0.mark == 0x2F })
    }

    /// Whether a credit phrase ("via Getty Images", "Photo:") occurs in `a..<b`, ignoring case.
    /// - Complexity: one pass over `a..<b`; a phrase is compared only where its first byte stands.
    func containsCreditPhrase(_ a: Int, _ b: Int) -> Bool {
        // The ASCII bytes (either case) that open a phrase, as two 64-bit masks, read once.
        let (low, high) = Self.creditFirstBytes
        return Self.creditOpenings.withUnsafeBufferPointer { opens in
            var i = a
            while i + 1 < b {
                let byte = bytes[i]
                // Whole words only ("photo:" not inside "telephoto:"): a phrase that opens with a
                // letter is looked for where a word starts, and only where its first byte (the
                // masks), then its first two bytes (a large table) do.
                if byte < 0x80, (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte - 64)) & 1 == 1,
                    opens[Int(WordTokenizer.lower(byte)) << 8 | Int(WordTokenizer.lower(bytes[i + 1]))]
                {
                    for phrase in Self.creditPhrasesByFirstByte[Int(WordTokenizer.lower(byte))] where i + phrase.count <= b {
                        var k = 1
                        while k < phrase.count, WordTokenizer.lower(bytes[i + k]) == phrase[k] { k += 1 }
                        if k == phrase.count { return true }
                    }
                }
                i += 1
                // The rest of a word is stepped over: no phrase starts inside one.
                if WordTokenizer.isASCIILetter(byte) {
                    while i + 1 < b, WordTokenizer.isASCIILetter(bytes[i]) { i += 1 }
                }
            }
            return false
        }
    }

    /// The bytes (either case) that open a credit phrase: bits of bytes 0–63, then of 64–127.
    static let creditFirstBytes: (UInt64, UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for phrase in creditPhrases {
            var firsts = [phrase[0]]
            if WordTokenizer.isASCIILetter(phrase[0]) { firsts.append(phrase[0] & 0xDF) }
            for byte in firsts where byte < 0x80 {
                if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
            }
        }
        return (low, high)
    }()

    /// Whether two bytes (lowercased) open a credit phrase, indexed by first << 8 | second.
    static let creditOpenings: [Bool] = {
        var table = Array(repeating: false, count: 65536)
        for phrase in creditPhrases where phrase.count >= 2 { table[Int(phrase[0]) << 8 | Int(phrase[1])] = true }
        return table
    }()

    /// The credit phrases by their first byte (lowercased).
    static let creditPhrasesByFirstByte: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for phrase in creditPhrases { table[Int(phrase[0])].append(phrase) }
        return table
    }()

    /// Whether the trimmed line `a..<b` is a bullet point ("• …", "- …", "* …", "▪ …").
    func isBullet(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 3 else { return false }
        let c = bytes[a]
        if (c == 0x2D || c == 0x2A) && bytes[a + 1] == 0x20 { return true }
        guard c >= 0x80 else { return false }
        let (s, len) = WordTokenizer.scalar(in: bytes, at: a)
        guard [0x2022, 0x25AA, 0x25CF, 0x25A0, 0x2023, 0x25E6, 0x2043, 0x00B7, 0x2013].contains(s) else { return false }
        return a + len < b && WordTokenizer.isSpace(bytes[a + len])
    }

    /// Where the text of a paragraph starts after a dateline: "DAMASCUS:", "BEIRUT (Reuters) -",
    /// "ERBIL, Kurdistan Region of Iraq –", "GAZA CITY, Jan. 30 (AP) —"; nil when it has none.
    ///
    /// A dateline is a place (a word in capitals opening it, or capitalised words followed by an
    /// agency in parentheses), then optionally a region, a date and an agency, then a dash or, after
    /// a place in capitals alone, a colon.
    func datelineEnd(_ paragraph: Range<Int>) -> Int? {
        let a = paragraph.lowerBound
        let end = min(paragraph.upperBound, a + 120)
        // A dateline ends at a dash or a colon in its first 120 bytes: most paragraphs have
        // neither, and need no tokenizing.
        var stopMark = false
        var k = a
        while k < end, !stopMark {
            let b = bytes[k]
            stopMark = b == 0x3A || b == 0x2D || (b == 0xE2 && k + 2 < end && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94))
            k += 1
        }
        guard stopMark else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[a..<end])
        let tokens = WordTokenizer.tokens(slice, limit: 24)
        guard let first = tokens.first, first.kind == .word, first.isCapitalized else { return nil }
        func isCapitals(_ t: WordToken) -> Bool {
            t.length >= 3 && (t.start..<t.end).allSatisfy { !(slice[$0] >= 0x61 && slice[$0] <= 0x7A) }
        }
        var i = 0
        var sawAgency = false
        var sawComma = false
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .word {
                guard t.isCapitalized || Self.datelineConnectors.contains(t.hash) || isCapitals(t) else { return nil }
            } else if t.kind == .number {
                guard t.length <= 4 else { return nil }
            } else if t.mark == 0x2C || t.mark == 0x2E || t.mark == 0x2F {
                if t.mark == 0x2C { sawComma = true }
            } else if t.mark == 0x28 {
                guard let close = tokens[i...].firstIndex(where: { $0.mark == 0x29 }), close - i <= 4, close > i + 1,
                    tokens[(i + 1)..<close].contains(where: { $0.kind == .word && Self.agencyWords.contains($0.hash) })
                else { return nil }
                sawAgency = true
                i = close
            } else {
                break
            }
            i += 1
        }
        guard i < tokens.count, i > 0, i <= 14 else { return nil }
        let stop = tokens[i]
        let dash = stop.mark == 0x2D || stop.scalar == 0x2013 || stop.scalar == 0x2014
        let colon = stop.mark == 0x3A
        guard dash || colon else { return nil }
        // "-" must stand apart ("BEIRUT -"), not join words ("Iran-backed").
        if stop.mark == 0x2D, !stop.spaceBefore, !sawAgency { return nil }
        let placeInCapitals = isCapitals(first)
        if colon {
            guard placeInCapitals, (0..<i).allSatisfy({ tokens[$0].kind != .word || isCapitals(tokens[$0]) }) else { return nil }
        } else {
            guard placeInCapitals || sawAgency || (sawComma && i <= 8) else { return nil }
            // A capitalised subject before a dash ("Iran – a rival") is not a place: ask for capitals,
            // an agency, or a place and its region.
        }
        var next = a + stop.end
        while next < paragraph.upperBound, WordTokenizer.isSpace(bytes[next]) { next += 1 }
        return next < paragraph.upperBound ? next : paragraph.upperBound
    }

    /// The number of leading paragraphs that are bullet points summarising the body: a run of
    /// bullets at the top most of whose words (of four letters or more) the paragraphs after them use.
    func leadingSummary(_ paragraphs: [Range<Int>]) -> Int {
        var count = 0
        while count < paragraphs.count, isBullet(paragraphs[count].lowerBound, paragraphs[count].upperBound) { count += 1 }
        guard count > 0, count < paragraphs.count else { return 0 }
        func words(_ r: Range<Int>) -> [UInt64] {
            WordTokenizer.tokens(UnsafeBufferPointer(rebasing: bytes[r]), limit: 100_000)
                .filter { $0.kind == .word && $0.length >= 4 }.map(\.hash)
        }
        var body = Set<UInt64>()
        for r in paragraphs[count...] { body.formUnion(words(r)) }
        var used = 0
        var total = 0
        for r in paragraphs[..<count] {
            let w = words(r)
            total += w.count
            used += w.filter(body.contains).count
        }
        return total > 0 && used * 2 >= total ? count : 0
    }
}

/// What a line or paragraph is: furniture on its own, furniture only where short lines count
/// (`isFurniture(_:_:shortLines:)`), or neither.
enum FurnitureVerdict {
    case furniture, shortLine, prose
}

/// The memo of `SegmentScan.isFurniture`, one per scan (a scan runs on one thread), by
/// `start << 32 | end`.
final class FurnitureMemo {
    /// Unchecked: looked up for every line, and the memo is never accessed from two places at once.
    @exclusivity(unchecked) var results: [Int: FurnitureVerdict] = [:]
}
