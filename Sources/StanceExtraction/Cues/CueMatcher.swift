/// A cue found in a sentence, by tokens.
struct MatchedCue: Sendable, Hashable {
    var first: Int
    var last: Int
    /// The cue's index in the lexicon.
    var cue: Int32
}

extension CueLexicon {
    /// The longest cue at each token, left to right, without overlaps.
    ///
    /// - Complexity: O(n × L) for n tokens and L the longest cue's token count.
    func matches(_ tokens: [StanceToken], excluding covered: [Bool]? = nil) -> [MatchedCue] {
        var result: [MatchedCue] = []
        var i = 0
        let n = tokens.count
        while i < n {
            guard tokens[i].kind == .word, covered?[i] != true,
                let found = trie.longest(
                    from: i, count: n,
                    hash: { covered?[$0] == true ? nil : ActorIndex.key(tokens[$0], exact: false) })
            else {
                i += 1
                continue
            }
            result.append(MatchedCue(first: i, last: i + found.length, cue: found.payload))
            i += found.length
        }
        return result
    }

    /// The cues in `range` of `text`, with their phrases as written and their cues.
    public func cues(in text: String, range: Range<String.Index>) -> [(range: Range<String.Index>, cue: Cue)] {
        let tokens = StanceTokenizer.tokens(in: text, range: range)
        let utf8 = text.utf8
        return matches(tokens).map { match in
            let lower = utf8.index(utf8.startIndex, offsetBy: tokens[match.first].start)
            let upper = utf8.index(utf8.startIndex, offsetBy: tokens[match.last - 1].end)
            return (lower..<upper, cues[Int(match.cue)])
        }
    }
}
