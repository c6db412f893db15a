import Foundation
import Testing
import StanceModel
import StanceTestSupport
@testable import StanceExtraction

/// Inputs that must neither crash nor hang the extractor (no times are asserted: speed is
/// measured in Benchmarks/).
@Suite struct ExtractorRobustnessTests {
    static let words = [
        "Freedonia", "Sylvania", "supports", "condemned", "not", "the", "withdrawal", "of", "forces", "and", "Red",
        "Hand", "attack", "on", "Ruritania’s", "“", "”", "said", ",", ".", ";", "—", "U.S.", "if", "no", "allied",
        "with", "Sylvanian", "-aligned", "factions", "حيدر", "العبادي", "(", ")", "\n\n", "...", "they", "we",
    ]

    func extract(_ text: String) throws -> ExtractionResult {
        let article = try ArticleReader.article(id: "fuzz", text: text, published: TimePoint("2021-01-01"), requirePublished: false)
        return Extractor(lexicon: try FictionalLexicon.lexicon()).extract(article)
    }

    func checkEvidence(_ result: ExtractionResult) {
        let scalarCount = result.article.text.unicodeScalars.count
        for claim in result.claims {
            #expect(claim.source != claim.target)
            for evidence in claim.evidence {
                #expect(evidence.confidence > 0 && evidence.confidence <= 1)
                if let range = evidence.characterRange { #expect(range.upperBound <= scalarCount) }
            }
        }
    }

    @Test func seededRandomBytes() throws {
        var random = SeededRandom(seed: 0x5EED)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<400, using: &random)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let text = String(decoding: bytes, as: UTF8.self)
            checkEvidence(try extract(text))
        }
    }

    @Test func seededRandomWordSalad() throws {
        var random = SeededRandom(seed: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 1..<120, using: &random)
            let text = (0..<count).map { _ in Self.words.randomElement(using: &random) ?? "" }.joined(separator: " ")
            checkEvidence(try extract(text))
        }
    }

    @Test func tenMegabyteSingleParagraph() throws {
        let sentence = "Freedonia condemned the Red Hand attack on Ruritania, and Sylvanian forces will not leave. "
        let text = String(repeating: sentence, count: 10_000_000 / sentence.utf8.count + 1)
        let result = try extract(text)
        #expect(result.claims.count > 0)
        checkEvidence(result)
    }

    @Test func hundredThousandCharacterSentence() throws {
        let clause = "Freedonia and Sylvania and the Red Hand "
        let text = "Fictional News\n\n" + String(repeating: clause, count: 100_000 / clause.count + 1) + "condemned Ruritania."
        let result = try extract(text)
        checkEvidence(result)
    }

    @Test func nestedQuotesAndArabicNames() throws {
        let text = """
            Fictional News

            “We said ‘we condemn the Red Hand’ and we meant it,” Freedonian spokesperson حيدر العبادي said.

            The spokesperson حيدر العبادي added: “Sylvania’s support for Ruritania is ‘unacceptable’.”
            """
        let result = try extract(text)
        checkEvidence(result)
        #expect(result.summary.contains("freedonian-government>red-hand:opposes"))
    }
}
