/// A trie over token hashes that finds the longest phrase starting at a token.
///
/// Edges live in one dictionary keyed by (node, token hash), so a step is one lookup.
struct TokenTrie<Payload: Sendable>: Sendable {
    private var edges = HashTable64<Int32>(capacity: 64)
    private var payloads: [Payload?] = [nil]
    private var nodeCount: Int32 = 1
    /// The number of tokens of the longest phrase.
    private(set) var maxLength = 0
    /// One bit per `firstBit(_:)` of the hashes that start a phrase: most tokens start none, and
    /// this 8 KB table (in the L1 cache) says so where a probe of the large edge table would
    /// mostly miss the cache. No false negatives, so the answers are those of the edges alone.
    private var firstBits = [UInt64](repeating: 0, count: 1 << 10)

    @inline(__always) private static func key(_ node: Int32, _ hash: UInt64) -> UInt64 {
        (hash &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(UInt32(bitPattern: node))
    }

    /// The bit of `firstBits` for a first token's hash (16 of its high bits, well mixed).
    @inline(__always) private static func firstBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// Adds a phrase of token hashes; an existing payload is kept unless `replace` is set.
    mutating func insert(_ hashes: [UInt64], _ payload: Payload, replace: Bool = false) {
        guard !hashes.isEmpty else { return }
        let bit = Self.firstBit(hashes[0])
        firstBits[bit >> 6] |= 1 << UInt64(bit & 63)
        var node: Int32 = 0
        for hash in hashes {
            let k = Self.key(node, hash)
            if let next = edges[k] {
                node = next
            } else {
                edges[k] = nodeCount
                node = nodeCount
                nodeCount += 1
                payloads.append(nil)
            }
        }
        maxLength = max(maxLength, hashes.count)
        if replace || payloads[Int(node)] == nil { payloads[Int(node)] = payload }
    }

    /// The longest phrase starting at `start` whose tokens' hashes (`hash`) follow the trie and
    /// whose payload `accept` allows: its token count and payload.
    @inline(__always)
    func longest(
        from start: Int, count: Int, hash: (Int) -> UInt64?, accept: (Payload, Int) -> Bool = { _, _ in true }
    ) -> (length: Int, payload: Payload)? {
        guard start < count, let first = hash(start) else { return nil }
        let bit = Self.firstBit(first)
        guard firstBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var node: Int32 = 0
        var best: (Int, Payload)?
        var i = start
        while i < count, i - start < maxLength {
            guard let h = hash(i), let next = edges[Self.key(node, h)] else { break }
            node = next
            i += 1
            if let payload = payloads[Int(node)], accept(payload, i - start) { best = (i - start, payload) }
        }
        return best
    }

    var isEmpty: Bool { nodeCount == 1 }
}
