import StanceModel

extension ActorMatcher {
    /// Adds the mentions that the local names of `country` make where no other mention is: on a
    /// page about Syria, "the rebels" and "insurgents" are the Syrian rebels.
    ///
    /// A local name right after a mention or a capitalised word is that word's ("Houthi rebels",
    /// "Kurdish insurgents"), not the country's.
    /// - Complexity: O(t × L) for t tokens and L the longest local name's token count.
    func addLocalMentions(of country: ActorID, to matches: inout ActorMatches) {
        guard let trie = lexicon.index.local.first(where: { $0.country == country })?.names else { return }
        let tokens = matches.tokens
        let n = tokens.count
        let mentions = matches.mentions
        // Most sentences hold no local name: no table of covered tokens until one is found.
        func covered(_ t: Int) -> Bool { mentions.contains { $0.first <= t && t < $0.last } }
        var added: [MatchedMention] = []
        var i = 0
        while i < n {
            guard tokens[i].kind == .word,
                let found = trie.longest(
                    from: i, count: n, hash: { ActorIndex.key(tokens[$0], exact: false) },
                    accept: { _, length in tokens[i + length - 1].kind != .punctuation }),
                !(i..<i + found.length).contains(where: covered), !Self.qualified(i, tokens, covered: covered)
            else {
                i += 1
                continue
            }
            let last = i + found.length
            added.append(
                MatchedMention(
                    first: i, last: last, start: tokens[i].start, end: tokens[last - 1].end,
                    actor: lexicon.entries[Int(found.payload.entry)].id, entry: found.payload.entry, form: .name,
                    isPossessive: last < n && tokens[last].isPossessive))
            i = last
        }
        guard !added.isEmpty else { return }
        matches.mentions = (matches.mentions + added).sorted { $0.first < $1.first }
    }

    /// Whether the word before token `i` qualifies it: part of a mention, or capitalised and
    /// neither a stopword ("The", "But") nor the sentence's first word.
    private static func qualified(_ i: Int, _ tokens: [StanceToken], covered: (Int) -> Bool) -> Bool {
        guard i > 0, tokens[i - 1].kind == .word else { return false }
        if covered(i - 1) { return true }
        return i - 1 > 0 && tokens[i - 1].isCapitalized && !ActorWords.stopwords.contains(tokens[i - 1].lower)
    }
}
