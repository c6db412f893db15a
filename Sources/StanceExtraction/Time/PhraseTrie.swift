/// A trie of word sequences (hashes of lowercased words and numbers) for longest-match lookup.
///
/// Punctuation inside a phrase (hyphens, apostrophes, dots, commas, quote marks) is skipped on
/// both sides, so "post-Assad" matches "post Assad" and "U.S.-led" matches "US led"; other
/// punctuation (semicolons, brackets, dashes) ends a match.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var value: Value?
    }

    private var nodes: [Node] = [Node()]
    /// Child links of every node, keyed by the node and the word together.
    private var children = WordTable<Int32>()
    /// The longest phrase, in words.
    private(set) var maxDepth = 0
    /// The first word of every phrase, to skip most words with one lookup.
    private(set) var firstWords = WordTable<Bool>()

    init() {}

    /// The key of the link from `node` by `word`.
    @inline(__always) static func link(_ node: Int, _ word: UInt64) -> UInt64 {
        word ^ (UInt64(node) &* 0xD6E8_FEB8_6659_FD93)
    }

    /// The words of `phrase` as hashes (punctuation dropped).
    static func words(of phrase: String) -> [UInt64] {
        var copy = phrase
        return copy.withUTF8 { bytes in WordTokenizer.tokens(bytes).filter { $0.kind != .punctuation }.map(\.hash) }
    }

    /// Adds `phrase` with `value`; an empty phrase is ignored; a phrase already present keeps its first value.
    mutating func insert(_ phrase: String, _ value: Value) { insert(words: Self.words(of: phrase), value) }

    mutating func insert(words: [UInt64], _ value: Value) {
        guard let first = words.first else { return }
        firstWords[first] = true
        var node = 0
        for word in words {
            if let next = children[Self.link(node, word)] {
                node = Int(next)
            } else {
                nodes.append(Node())
                children[Self.link(node, word)] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        if nodes[node].value == nil { nodes[node].value = value }
        maxDepth = max(maxDepth, words.count)
    }

    /// Whether punctuation token `t` may sit inside a phrase.
    @inline(__always) static func isSkippable(_ t: WordToken) -> Bool {
        switch t.scalar {
        case 0x2D, 0x27, 0x2019, 0x2E, 0x2C, 0x22, 0x201C, 0x201D, 0x2018, 0x2010, 0x2011: true
        default: false
        }
    }

    /// The longest phrase starting at token `start` (a word or number): its value and the index after its last token.
    func longestMatch(in tokens: [WordToken], at start: Int) -> (value: Value, end: Int)? {
        guard tokens[start].kind != .punctuation, let first = children[Self.link(0, tokens[start].hash)] else { return nil }
        var node = Int(first)
        var best: (Value, Int)?
        if let value = nodes[node].value { best = (value, start + 1) }
        var i = start + 1
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation {
                guard Self.isSkippable(t) else { break }
                i += 1
                continue
            }
            guard let next = children[Self.link(node, t.hash)] else { break }
            node = Int(next)
            i += 1
            if let value = nodes[node].value { best = (value, i) }
        }
        return best
    }
}
