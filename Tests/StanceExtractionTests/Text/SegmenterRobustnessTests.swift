import StanceModel
import StanceTestSupport
import Testing

@testable import StanceExtraction

/// Inputs built to break segmentation and time resolution: huge, unbalanced, mixed-script, random.
@Suite struct SegmenterRobustnessTests {
    /// Checks the invariants every segmentation keeps: ordered, disjoint, non-empty sentences
    /// inside the body, quotes and attribution parts inside their sentence.
    func checkInvariants(_ text: String, _ body: Range<String.Index>, _ sentences: [Sentence]) {
        var previousEnd = body.lowerBound
        var previousParagraph = 0
        for s in sentences {
            #expect(!s.range.isEmpty)
            #expect(s.range.lowerBound >= previousEnd && s.range.upperBound <= body.upperBound)
            #expect(s.paragraph >= previousParagraph)
            for q in s.quotes { #expect(q.lowerBound >= s.range.lowerBound && q.upperBound <= s.range.upperBound) }
            if let a = s.attribution {
                // A speaker carried across a multi-sentence quote may sit in another sentence of the body.
                for r in [a.speaker, a.verb] {
                    #expect(r.lowerBound >= body.lowerBound && r.upperBound <= body.upperBound && !r.isEmpty)
                }
                #expect(a.content.lowerBound >= s.range.lowerBound && a.content.upperBound <= s.range.upperBound)
            }
            previousEnd = s.range.upperBound
            previousParagraph = s.paragraph
        }
    }

    @Test func aTenMegabyteSingleParagraph() {
        let sentence = "“Avalon will stay,” the minister said on Monday after the coup in Avalon in 2003. "
        let count = 10_000_000 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: count)
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        #expect(sentences.count == count)
        #expect(sentences.allSatisfy { $0.paragraph == 0 && $0.attribution != nil && $0.quotes.count == 1 })
        let resolver = TimeFixtures.resolver()
        let all = resolver.mentions(in: text, range: text.startIndex..<text.endIndex)
        #expect(!all.isEmpty && all.count < TimeResolver.maxTokens)
        let last = sentences[sentences.count - 1].range
        // "on Monday", "after the coup in Avalon", "in 2003" and the weak future "will".
        #expect(resolver.mentions(in: text, range: last).map(\.phrase) == ["will", "on Monday", "after the coup in Avalon", "in 2003"])
    }

    @Test func aHundredThousandCharacterSentence() {
        var words: [String] = []
        var random = SeededRandom(seed: 7)
        let vocabulary = ["Avalon", "backs", "the", "U.S.", "said", "according", "to", "“", "”", "after", "2003", "coup", "in", "Avalon’s", "now"]
        var length = 0
        while length < 100_000 {
            let w = vocabulary[Int(random.next() % UInt64(vocabulary.count))]
            words.append(w)
            length += w.count + 1
        }
        let text = words.joined(separator: " ")
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        checkInvariants(text, text.startIndex..<text.endIndex, sentences)
        let resolver = TimeFixtures.resolver(framing: "avalon-coup")
        for s in sentences {
            _ = resolver.validTime(in: text, sentence: s.range)
        }
        let noPunctuation = String(repeating: "avalon backs borduria ", count: 5000)
        #expect(Segmenter.sentences(in: noPunctuation, body: noPunctuation.startIndex..<noPunctuation.endIndex).count == 1)
    }

    @Test func unbalancedAndNestedQuotes() {
        var random = SeededRandom(seed: 11)
        let marks = ["“", "”", "‘", "’", "\"", "'", "«", "»", " ", "a", "We", ".", ",", " said ", "\n", "\n\n", "It’s"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(Int(random.next() % 80) + 1) { text += marks[Int(random.next() % UInt64(marks.count))] }
            let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
            checkInvariants(text, text.startIndex..<text.endIndex, sentences)
        }
        let deep = String(repeating: "“‘", count: 10_000) + "x" + String(repeating: "’”", count: 10_000)
        #expect(Segmenter.sentences(in: deep, body: deep.startIndex..<deep.endIndex).first?.quotes.count == 1)
    }

    @Test func arabicAndMixedScripts() throws {
        let text = "Avalon Talks\n2025-01-31\n\nقال المتحدث باسم الحكومة العراقية باسم العوادي إن الأطر الزمنية لم تتغير. “نحن باقون،” قال الوزير. Ministre Zoë Ðorđević said that Avalon’s army stays 🇮🇶. 中文句子。Done."
        let article = try ArticleReader.article(id: "mixed", text: text)
        let sentences = Segmenter.sentences(in: article.text, body: article.body)
        checkInvariants(article.text, article.body, sentences)
        #expect(sentences.count >= 3)
        #expect(sentences.contains { article.text[$0.range].hasPrefix("قال المتحدث") })
        let said = sentences.first { article.text[$0.range].hasPrefix("Ministre") }
        #expect(said?.attribution.map { String(article.text[$0.speaker]) } == "Ministre Zoë Ðorđević")
    }

    @Test func seededRandomBytesNeverCrash() {
        var random = SeededRandom(seed: 2025)
        let resolver = TimeFixtures.resolver(framing: "avalon-coup")
        for round in 0..<400 {
            let length = Int(random.next() % 600)
            var bytes = [UInt8](repeating: 0, count: length)
            for i in 0..<length {
                let r = random.next()
                // Mostly text-like bytes, with some UTF-8 lead and continuation bytes and controls.
                bytes[i] = r % 5 == 0 ? UInt8(truncatingIfNeeded: r >> 8) : UInt8(32 + (r >> 16) % 95)
            }
            if round % 3 == 0 { bytes.append(contentsOf: Array("“Avalon said.” Jan. 7, 2025 after the coup in Avalon\r\n".utf8)) }
            let data = bytes.withUnsafeBufferPointer { Array($0) }
            guard let text = try? ArticleReader.decode(.init(data), path: "random-\(round)"),
                let article = try? ArticleReader.article(id: "r", text: text, requirePublished: false)
            else { continue }
            let sentences = Segmenter.sentences(in: article.text, body: article.body)
            checkInvariants(article.text, article.body, sentences)
            for s in sentences {
                let time = resolver.validTime(in: article.text, sentence: s.range)
                #expect(time.span.start == nil || time.span.end == nil || time.span.start! <= time.span.end!)
                for m in resolver.mentions(in: article.text, range: s.range) {
                    #expect(m.range.lowerBound >= s.range.lowerBound && m.range.upperBound <= s.range.upperBound)
                }
            }
        }
    }

    @Test func seededRandomTokenSoupsKeepTheInvariants() {
        var random = SeededRandom(seed: 99)
        let pieces = [
            "U.S.", "Dr.", "Jan.", "2.5", "...", "…", "?", "!", ". ", ", ", "“", "”", "’", "'", "\"", "(", ")", "said", "told",
            "according to", "the minister", "Avalon", "in 2003", "last year", "now", "Initially", "after", "the coup in Avalon",
            "post-", "\r\n", "\n\n", "  ", "قال", "🇮🇶", "e\u{301}", "\u{00A0}", "\t", "—", "-", "by September 2025", "on Monday",
        ]
        let resolver = TimeFixtures.resolver(framing: "avalon-coup")
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(Int(random.next() % 60) + 1) {
                text += pieces[Int(random.next() % UInt64(pieces.count))]
                if random.next() % 2 == 0 { text += " " }
            }
            guard let article = try? ArticleReader.article(id: "soup", text: text, requirePublished: false) else { continue }
            let sentences = Segmenter.sentences(in: article.text, body: article.body)
            checkInvariants(article.text, article.body, sentences)
            for s in sentences { _ = resolver.validTime(in: article.text, sentence: s.range) }
        }
    }
}
