import StanceModel

extension ArticleContext {
    /// Reads the abbreviations a sentence defines and finds those defined before.
    ///
    /// A page names a group in full once, with its abbreviation in brackets ("the Islamic
    /// Resistance in Iraq (IRI)"), and then only by the abbreviation. An abbreviation the lexicon
    /// does not know, in capitals, right after a lexicon mention, stands for that actor in the rest
    /// of the article; a lexicon abbreviation keeps its own meaning.
    /// So does a name's generic head noun, capitalised after "the" ("the Global Coalition to
    /// Defeat ISIS" … "the Coalition"): the actor named last with that head.
    /// - Complexity: O(t) for t tokens.
    mutating func useAbbreviations(in matches: inout ActorMatches, text: String, lexicon: ActorLexicon) {
        let tokens = matches.tokens
        if !definedAbbreviations.isEmpty || !definedHeads.isEmpty {
            var covered = Array(repeating: false, count: tokens.count)
            for m in matches.mentions { for t in m.first..<min(m.last, tokens.count) { covered[t] = true } }
            var added: [MatchedMention] = []
            for (i, token) in tokens.enumerated() where token.kind == .word && !covered[i] {
                // "the Coalition" after "the Global Coalition to Defeat ISIS": the name's head noun.
                let head = i > 0 && token.isCapitalized && tokens[i - 1].lower == TokenHash.the ? definedHeads[token.exact] : nil
                guard var mention = definedAbbreviations[token.exact] ?? head else { continue }
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
            if m.form == .name, m.last - m.first >= 2, let entry = m.entry, !Self.unheaded.contains(lexicon.entries[Int(entry)].kind),
                let head = (m.first..<m.last).first(where: { tokens[$0].isCapitalized && Self.headNouns.contains(tokens[$0].lower) })
            {
                definedHeads[tokens[head].exact] = MatchedMention(first: 0, last: 0, start: 0, end: 0, actor: m.actor, entry: m.entry, form: .name)
            }
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

    /// Generic nouns at the head of a group's name, by which a page refers back to it: "the
    /// Coalition", "the Framework", "the Movement". ("Army" and "Forces" also name a state's own.)
    static let headNouns = ClauseWords.set([
        "coalition", "framework", "front", "movement", "alliance", "party", "brigades", "resistance", "council",
        "organization", "organisation", "committee", "league", "union",
    ])
    /// Kinds of actor a head noun never refers back to.
    static let unheaded: Set<ActorKind> = [.state, .person]

    /// Two to six capitals (digits allowed after the first): "IRI", "KSS", "SLF".
    static func isAbbreviation(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        guard (2...6).contains(scalars.count), let first = scalars.first, ("A"..."Z").contains(first) else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
