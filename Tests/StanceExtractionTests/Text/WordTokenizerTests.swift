import Testing

@testable import StanceExtraction

@Suite struct WordTokenizerTests {
    func tokens(_ text: String) -> [WordToken] {
        WordTokenizer.tokens(in: text, range: text.startIndex..<text.endIndex)
    }

    func strings(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tokens(text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func wordsNumbersAndPunctuation() {
        #expect(strings("The U.S.-led coalition, 2.5 km.") == ["The", "U.S.", "-", "led", "coalition", ",", "2", ".", "5", "km", "."])
        #expect(tokens("U.S.")[0].hash == WordTokenizer.hash("US"))
        #expect(tokens("U.S")[0].hash == WordTokenizer.hash("us"))
        #expect(strings("e.g. Avalon") == ["e.g.", "Avalon"])
        #expect(strings("A.Bc") == ["A", ".", "Bc"])
        let t = tokens("Avalon 2024 !")
        #expect(t.map(\.kind) == [.word, .number, .punctuation])
        #expect(t[1].number == 2024)
        #expect(tokens("99999999999999999999")[0].number == 999_999_999)
        #expect(t[0].isCapitalized && t[0].spaceBefore && t[1].spaceBefore)
        #expect(!tokens("a-b")[1].spaceBefore)
    }

    @Test func apostrophesStayInsideWords() {
        #expect(strings("Iraq’s and Borduria's, don't ’quote’") == ["Iraq’s", "and", "Borduria's", ",", "don't", "’", "quote", "’"])
        #expect(tokens("Iraq’s")[0].hash == WordTokenizer.hash("iraq's"))
    }

    @Test func hashesIgnoreCase() {
        #expect(tokens("AVALON")[0].hash == WordTokenizer.hash("avalon"))
        #expect(WordTokenizer.hash("Avalon") != WordTokenizer.hash("Avalonian"))
    }

    @Test func otherScriptsAreWordsAndUnicodeSpacesSeparate() {
        #expect(strings("قال المتحدث\u{00A0}Zoë—Ðorđe “x”") == ["قال", "المتحدث", "Zoë", "—", "Ðorđe", "“", "x", "”"])
    }

    @Test func theLimitStopsEarly() {
        let text = String(repeating: "a ", count: 1000)
        #expect(WordTokenizer.tokens(in: text, range: text.startIndex..<text.endIndex, limit: 10).count == 10)
    }

    @Test func brokenUTF8NeverTraps() {
        let bytes: [UInt8] = [0xE2, 0x80, 0x41, 0xF0, 0x9F, 0xC3, 0x20, 0x80, 0xFF, 0xE2]
        let t = bytes.withUnsafeBufferPointer { WordTokenizer.tokens($0) }
        #expect(!t.isEmpty)
        #expect(t.allSatisfy { $0.start < $0.end && $0.end <= bytes.count })
    }

    @Test func oneTokenAtATimeAndTheFirstWordAgreeWithTheList() {
        let text = "  “(Photo: AFP) — The U.S.-led Iraq’s 2,500 troops, don't qâdî e.g. 99 ‘x’”  "
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let all = WordTokenizer.tokens(buffer)
            var i = 0
            var space = true
            var streamed: [WordToken] = []
            while let token = WordTokenizer.next(buffer, &i, &space) { streamed.append(token) }
            #expect(streamed == all)
            for limit in 0...6 {
                #expect(WordTokenizer.firstWord(buffer, within: limit) == WordTokenizer.tokens(buffer, limit: limit).first { $0.kind == .word })
            }
        }
        #expect(WordTokenizer.firstWord(UnsafeBufferPointer(start: nil, count: 0), within: 3) == nil)
    }

    @Test func filledArraysEqualRepeatingOnes() {
        #expect([Int32](filled: -1, count: 5) == Array(repeating: -1, count: 5))
        #expect([Bool](filled: true, count: 0).isEmpty)
    }
}
