import Testing

@testable import StanceExtraction

@Suite struct PhraseTrieTests {
    func match(_ trie: PhraseTrie<String>, _ text: String, at start: Int = 0) -> String? {
        let tokens = WordTokenizer.tokens(in: text, range: text.startIndex..<text.endIndex)
        return trie.longestMatch(in: tokens, at: start).map { "\($0.value)@\($0.end)" }
    }

    @Test func longestMatchWins() {
        var trie = PhraseTrie<String>()
        trie.insert("fall", "short")
        trie.insert("fall of Regent Mor", "long")
        trie.insert("fall of", "never")
        #expect(match(trie, "fall of Regent Mor today") == "long@4")
        #expect(match(trie, "fall of Regent Vale") == "never@2")
        #expect(match(trie, "Fall") == "short@1")
        #expect(match(trie, "rise of Mor") == nil)
        #expect(trie.maxDepth == 4)
    }

    @Test func innerPunctuationIsSkippedButClauseMarksStop() {
        var trie = PhraseTrie<String>()
        trie.insert("post-coup", "p")
        trie.insert("U.S.-led invasion", "i")
        trie.insert("Avalon Borduria pact", "x")
        #expect(match(trie, "post coup") == "p@2")
        #expect(match(trie, "US led invasion") == "i@3")
        #expect(match(trie, "U.S.-led invasion") == "i@4")
        #expect(match(trie, "Avalon; Borduria pact") == nil)
        #expect(match(trie, "Avalon (Borduria) pact") == nil)
    }

    @Test func theFirstValueOfAPhraseIsKept() {
        var trie = PhraseTrie<String>()
        trie.insert("coup", "first")
        trie.insert("Coup", "second")
        trie.insert("", "empty")
        #expect(match(trie, "coup") == "first@1")
    }

    @Test func punctuationDoesNotStartAMatch() {
        var trie = PhraseTrie<String>()
        trie.insert("coup", "c")
        #expect(match(trie, "- coup") == nil)
        #expect(match(trie, "- coup", at: 1) == "c@2")
    }
}
