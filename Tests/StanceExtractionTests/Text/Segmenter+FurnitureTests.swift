import Foundation
import StanceModel
import Testing

@testable import StanceExtraction

/// Page furniture in text input (fixtures in the shape of saved pages, written for these tests).
@Suite("Segmenter furniture")
struct SegmenterFurnitureTests {
    /// The sentences of `text`, after checking that each range indexes the original text exactly.
    static func sentences(_ text: String) -> [String] {
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        for s in sentences {
            #expect(s.range.lowerBound >= text.startIndex && s.range.upperBound <= text.endIndex)
            #expect(text[s.range] == text[s.range].trimmingCharacters(in: .whitespacesAndNewlines)[...])
        }
        return sentences.map { String(text[$0.range]) }
    }

    static let body = "Avalon condemned Borduria over the border strikes, its ministry said on Monday."

    /// The claims the bundled extractor finds in `text`, dated 2024-01-30.
    static func claims(_ text: String) throws -> [StanceClaim] {
        let article = try ArticleReader.article(id: "t", text: text, published: TimePoint("2024-01-30"))
        return Extractor(lexicon: try Lexicon.bundled()).extract(article).claims
    }

    @Test("a photo caption with a credit in parentheses is no sentence and gives no claim")
    func captionWithCredit() throws {
        let caption = "Iranian officials condemn Israel at a rally in Tehran on Friday. (File/AFP)"
        let text = caption + "\n" + Self.body
        #expect(Self.sentences(text) == [Self.body])
        #expect(try Self.claims(caption + "\n\n" + Self.body).allSatisfy { $0.evidence.allSatisfy { !$0.quote.contains("Tehran") } })
        #expect(Self.sentences("Syrian troops hold a checkpoint near Aleppo (credit: REUTERS)\n\(Self.body)") == [Self.body])
    }

    @Test("credit lines: Reuters photo, Photo: …, AFP via Getty Images")
    func creditLines() {
        for credit in ["Reuters photo", "Photo: Hassan Ammar/AP", "A fighter in Gaza. AFP via Getty Images", "Image: handout."] {
            #expect(Self.sentences("\(credit)\n\(Self.body)") == [Self.body], "\(credit)")
        }
    }

    @Test("a citation mark after the stop stays with its sentence, which still ends there")
    func citationMarks() {
        let text = "Avalon backs Borduria.[12] Borduria thanks it."
        #expect(Self.sentences(text) == ["Avalon backs Borduria.[12]", "Borduria thanks it."])
    }

    @Test("Short Url, Updated, Follow and share widget lines are no sentences")
    func widgetAndLabelLines() {
        let text = """
            Short Url
            Updated 30 January 2024
            Follow
            Share Tweet WhatsApp Copy link
            Facebook | X | Email
            \(Self.body)
            Updated: the article was changed on Tuesday.
            """
        #expect(Self.sentences(text) == [Self.body])
    }

    @Test("a bullet summary at the top that repeats the body is no sentence; bullets the body does not repeat stay")
    func bulletSummary() {
        let text = """
            • Avalon condemned Borduria over border strikes
            • The ministry spoke on Monday
            \(Self.body) The ministry spoke after the strikes on the border.
            """
        #expect(Self.sentences(text) == [Self.body, "The ministry spoke after the strikes on the border."])
        let unrelated = "- Zembla signs a trade pact with Ruritania.\n\n\(Self.body)"
        #expect(Self.sentences(unrelated).count == 2)
    }

    @Test("datelines are a place and a date, not part of the sentence: DAMASCUS:, BEIRUT (Reuters) -, ERBIL, Kurdistan Region of Iraq –")
    func datelines() {
        let cases = [
            "DAMASCUS: Syria accused Israel of striking an airport on Sunday.",
            "BEIRUT (Reuters) - Syria accused Israel of striking an airport on Sunday.",
            "ERBIL, Kurdistan Region of Iraq – Syria accused Israel of striking an airport on Sunday.",
        ]
        for text in cases {
            let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
            #expect(sentences.map { String(text[$0.range]) } == ["Syria accused Israel of striking an airport on Sunday."], "\(text)")
        }
        // Not datelines: a subject before a dash, a hyphenated word.
        #expect(Self.sentences("Iran - a rival of Israel - condemned it.") == ["Iran - a rival of Israel - condemned it."])
        #expect(Self.sentences("Iran-backed militias said so.") == ["Iran-backed militias said so."])
    }

    @Test("a date glued to the first line is the publication date and not part of the first sentence")
    func gluedDates() throws {
        let text = " date 2024-01-30 Kataeb Hezbollah in Iraq says it will suspend attacks on US forces. \(Self.body)"
        let article = try ArticleReader.article(id: "t", text: text)
        #expect(article.published == TimePoint("2024-01-30"))
        #expect(article.text == text, "nothing is deleted")
        let first = try #require(Segmenter.sentences(in: article.text, body: article.body).first)
        #expect(article.text[first.range].hasPrefix("Kataeb Hezbollah in Iraq says"))

        let glued = "January 30, 2024Iraq's government condemned the strikes on its territory. \(Self.body)"
        let other = try ArticleReader.article(id: "t", text: glued)
        #expect(other.published == TimePoint("2024-01-30"))
        let sentence = try #require(Segmenter.sentences(in: other.text, body: other.body).first)
        #expect(other.text[sentence.range].hasPrefix("Iraq's government"))
    }

    @Test("sentences run together without a space are split; U.S., U.N., decimals and initials are not")
    func runTogetherSentences() {
        #expect(
            Self.sentences("The group attacked US forces.The group said it would stop.")
                == ["The group attacked US forces.", "The group said it would stop."])
        #expect(Self.sentences("The U.S.-led coalition and the U.N. envoy met.") == ["The U.S.-led coalition and the U.N. envoy met."])
        #expect(Self.sentences("Growth was 2.5 percent, George W. Bush said.") == ["Growth was 2.5 percent, George W. Bush said."])
        #expect(Self.sentences("They met Mr.Smith on Monday.") == ["They met Mr.Smith on Monday."])
    }

    @Test("a headline or subheading without a stop gives no sentence beside prose; alone it stays")
    func headingsBesideProse() {
        #expect(Self.sentences("Avalon vows revenge on Borduria\n\n\(Self.body)") == [Self.body])
        #expect(Self.sentences("Avalon vows revenge on Borduria") == ["Avalon vows revenge on Borduria"])
        #expect(Self.sentences("Officials said:\n\n“We will respond.”").count == 2, "a line introducing a quote is prose")
    }

    @Test("ranges of sentences after furniture index the original text")
    func rangesIndexTheOriginal() {
        let text = "Short Url\nSyrian troops near Aleppo (File/AFP)\nBEIRUT (Reuters) - \(Self.body)"
        let sentences = Segmenter.sentences(in: text, body: text.startIndex..<text.endIndex)
        let only = try? #require(sentences.first)
        #expect(sentences.count == 1)
        if let only {
            let offset = text.utf8.distance(from: text.startIndex, to: only.range.lowerBound)
            #expect(offset == text.utf8.count - Self.body.utf8.count)
            #expect(String(text[only.range]) == Self.body)
        }
    }
}
