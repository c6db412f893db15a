import Testing
import StanceTestSupport
@testable import StanceExtraction

@Suite struct HashTable64Tests {
    @Test func agreesWithADictionaryThroughGrowth() {
        var random = SeededRandom(seed: 7)
        var table = HashTable64<Int>(capacity: 2)
        var reference: [UInt64: Int] = [:]
        for step in 0..<5_000 {
            // Small keys collide often (0 and 1 included), large ones are spread.
            let key = step % 3 == 0 ? UInt64.random(in: 0...40, using: &random) : random.next()
            table[key] = step
            reference[key] = step
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table[key] == value) }
        #expect(table[0xDEAD_BEEF_0000_0001] == reference[0xDEAD_BEEF_0000_0001])
    }

    @Test func tokenHashSetsFindTheirWords() {
        let set = TokenHashSet(["the", "of", "Iraq"].map(TokenHash.of))
        #expect(set.contains(TokenHash.of("THE")))
        #expect(set.contains(TokenHash.of("iraq")))
        #expect(!set.contains(TokenHash.of("iran")))
    }
}
