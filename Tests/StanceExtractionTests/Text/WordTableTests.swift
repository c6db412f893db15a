import StanceTestSupport
import Testing

@testable import StanceExtraction

@Suite struct WordTableTests {
    @Test func storesAndFindsAgainstADictionary() {
        var table = WordTable<Int>()
        var reference: [UInt64: Int] = [:]
        var random = SeededRandom(seed: 5)
        for i in 0..<5000 {
            let key = i % 7 == 0 ? UInt64(i % 3) : random.next()
            table[key] = i
            reference[key] = i
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        for _ in 0..<1000 {
            let key = random.next()
            #expect(table[key] == reference[key])
        }
        #expect(table[0] == reference[0])
    }

    @Test func wordSetsLookUpByTokenHash() {
        let set = WordSet(["Said", "according"])
        #expect(set.contains(WordTokenizer.hash("said")))
        #expect(set.contains(WordTokenizer.hash("ACCORDING")))
        #expect(!set.contains(WordTokenizer.hash("says")))
    }
}
