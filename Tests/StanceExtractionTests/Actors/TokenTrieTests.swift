import Testing
@testable import StanceExtraction

@Suite struct TokenTrieTests {
    @Test func findsTheLongestAcceptedPhrase() {
        var trie = TokenTrie<String>()
        trie.insert([1, 2], "short")
        trie.insert([1, 2, 3], "long")
        trie.insert([1, 2], "other")  // kept: first wins
        let text: [UInt64] = [1, 2, 3, 4]
        #expect(trie.longest(from: 0, count: 4, hash: { text[$0] })?.payload == "long")
        #expect(trie.longest(from: 0, count: 2, hash: { text[$0] })?.payload == "short")
        #expect(trie.longest(from: 0, count: 4, hash: { text[$0] }, accept: { p, _ in p != "long" })?.payload == "short")
        #expect(trie.longest(from: 1, count: 4, hash: { text[$0] }) == nil)
        #expect(trie.maxLength == 3)
    }

    @Test func replaceOverwrites() {
        var trie = TokenTrie<Int>()
        trie.insert([7], 1)
        trie.insert([7], 2, replace: true)
        #expect(trie.longest(from: 0, count: 1, hash: { _ in 7 })?.payload == 2)
    }
}
