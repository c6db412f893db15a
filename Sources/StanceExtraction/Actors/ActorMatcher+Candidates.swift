import StanceModel

extension ActorMatcher {
    /// Words that end the names of organisations ("... Party", "... Brigades").
    static let organisationSuffixes = ActorWords.hashes([
        "group", "party", "front", "movement", "brigades", "brigade", "forces", "army", "council", "organization",
        "organisation", "alliance", "union", "coalition", "ministry", "militia", "militias", "battalion",
        "battalions", "corps", "league", "committee", "guard", "guards", "bloc", "network", "legion",
    ])

    /// Small words allowed inside a name ("Party of God", "Front for the Liberation of ...").
    static let nameJoiners = ActorWords.hashes(["of", "the", "for", "and", "al"])

    /// Adds names not in the lexicon that look like organisations: two or more capitalised words
    /// (with "of", "the", "for", "and" inside) ending in Group, Party, Front, Brigades, Council...
    ///
    /// A name at the start of a sentence must not start with "The" alone; a leading "The" is dropped.
    func addCandidates(_ tokens: [StanceToken], text: String, to base: inout [MatchedMention]) {
        var covered = [Bool](filled: false, count: tokens.count)
        for m in base { for t in m.first..<m.last { covered[t] = true } }
        var added: [MatchedMention] = []
        var i = 0
        let n = tokens.count
        while i < n {
            guard tokens[i].isWord, tokens[i].isCapitalized, !covered[i] else {
                i += 1
                continue
            }
            var j = i
            var lastCapital = i
            while j < n, !covered[j], tokens[j].isWord,
                tokens[j].isCapitalized || (Self.nameJoiners.contains(tokens[j].lower) && j > i)
            {
                if tokens[j].isCapitalized { lastCapital = j }
                j += 1
            }
            var first = i
            if tokens[first].lower == TokenHash.the { first += 1 }
            let last = lastCapital + 1
            if last - first >= 2, Self.organisationSuffixes.contains(tokens[lastCapital].lower) {
                added.append(
                    MatchedMention(
                        first: first, last: last, start: tokens[first].start, end: tokens[lastCapital].end,
                        actor: ActorID(Slug.make(Self.slice(text, tokens[first].start, tokens[lastCapital].end))), entry: nil, form: .name,
                        isPossessive: last < n && tokens[last].isPossessive, isCandidate: true))
            }
            i = max(j, i + 1)
        }
        guard !added.isEmpty else { return }
        added.removeAll { $0.actor.rawValue.isEmpty }
        base = (base + added).sorted { $0.first < $1.first }
    }
}


extension ActorMatcher {
    /// The text between two byte offsets.
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return String(text[lower..<upper])
    }
}
