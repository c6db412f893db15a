import StanceModel

extension ArticleContext {
    /// Reads the abbreviations a sentence defines and finds those defined before.
    ///
    /// A page names a group in full once, with its abbreviation in brackets ("the Islamic
    /// Resistance in Iraq (IRI)"), and then only by the abbreviation. An abbreviation the lexicon
    /// does not know, in capitals, right after a lexicon mention, stands for that actor in the rest
    /// of the article; a lexicon abbreviation keeps its own meaning.
    /// - Complexity: O(t) for t tokens.
    mutating func useAbbreviations(in matches: inout ActorMatches, text: String) {
        let tokens = matches.tokens
        if !definedAbbreviations.isEmpty {
            var covered = Array(repeating: false, count: tokens.count)
            for m in matches.mentions { for t in m.first..<min(m.last, tokens.count) { covered[t] = true } }
            var added: [MatchedMention] = []
            for (i, token) in tokens.enumerated() where token.kind == .word && !covered[i] {
                guard var mention = definedAbbreviations[token.exact] else { continue }
                mention.first = i
                mention.last = i + 1
                mention.start = token.start
                mention.end = token.end
                mention.isPossessive = i + 1 < tokens.count && tokens[i + 1].isPossessive
                added.append(mention)
            }
            if !added.isEmpty { matches.mentions = (matches.mentions + added).sorted { $0.first < $1.first } }
        }
        for m in matches.mentions where m.entry != nil && m.form != .person {
            let open = m.last
            guard open + 2 < tokens.count, tokens[open].kind == .punctuation, tokens[open].mark == 0x28,
                tokens[open + 1].kind == .word, tokens[open + 2].kind == .punctuation, tokens[open + 2].mark == 0x29,
                !matches.mentions.contains(where: { $0.first == open + 1 }),
                Self.isAbbreviation(ActorMatcher.slice(text, tokens[open + 1].start, tokens[open + 1].end))
            else { continue }
            definedAbbreviations[tokens[open + 1].exact] = MatchedMention(
                first: 0, last: 0, start: 0, end: 0, actor: m.actor, entry: m.entry, form: .abbreviation)
        }
    }

    /// Two to six capitals (digits allowed after the first): "IRI", "KSS", "SLF".
    static func isAbbreviation(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard (2...6).contains(scalars.count), let first = scalars.first, ("A"..."Z").contains(first) else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
