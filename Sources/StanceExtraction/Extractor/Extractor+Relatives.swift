import StanceModel

extension ClauseWalk {
    /// Words between the holder of an object relative clause and its verb: "which the US has long backed".
    static let relativeAuxiliaries = ClauseWords.set([
        "has", "have", "had", "is", "are", "was", "were", "also", "long", "repeatedly", "reportedly", "openly",
        "previously", "still", "now", "once", "publicly",
    ])

    /// An object relative clause: "the Resistance, which the United States has blamed for the
    /// attack" → the United States against the Resistance; "the YPG, which the US backed" → the
    /// US supports the YPG. The antecedent then holds the rest of the relative clause ("in its
    /// fight against IS" is the YPG's), and the main holder comes back at the clause's end.
    /// Returns the token to go on from, or nil when the relative clause is no object relative.
    func objectRelative(at i: Int, _ context: inout ArticleContext) -> Int? {
        // The antecedent: a mention right before the pronoun, or before its comma.
        let end = tokens[i - 1].mark == 0x2C ? i - 1 : i
        guard let a = mention(endingAt: end) else { return nil }
        let antecedent = collective(of: input.matches.mentions[a]) ?? input.matches.mentions[a]
        var j = i + 1
        while j < tokens.count, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        guard j < tokens.count, let h = mentionAt[j] else { return nil }
        let holder = input.matches.mentions[h]
        j = holder.last
        var steps = 0
        while j < tokens.count, steps < 3, tokens[j].isWord, Self.relativeAuxiliaries.contains(tokens[j].lower) {
            j += 1
            steps += 1
        }
        guard j < tokens.count, let c = cueAt[j] else { return nil }
        let match = input.cues[c]
        let verb = cue(match)
        guard verb.role == .stance, verb.partOfSpeech == "verb", holder.actor != antecedent.actor else { return nil }
        // The verb must take the antecedent as its object: nothing named right after it.
        if match.last < tokens.count, mentionAt[match.last] != nil { return nil }
        let relativeHolder = Holder(actor: holderActor(holder, &context), factor: 1, end: holder.last)
        let target = holderActor(antecedent, &context)
        withHolders([relativeHolder]) {
            emit(target: target, military: false, links: [ChainLink(cue: verb, token: match.first)], after: match.last, rule: .relative, &context)
        }
        consumedCues.insert(match.first)
        skipped.insert(holder.first)
        if !subjects.contains(where: { $0.actor == antecedent.actor }) {
            relativeSaved = subjects
            subjects = [Holder(actor: antecedent.actor, factor: 1, end: match.last)]
        }
        return match.last
    }

    /// Nouns of a whole made of groups: "X, an alliance of Iran-backed groups".
    static let collectiveNouns = ClauseWords.set([
        "alliance", "umbrella", "coalition", "network", "grouping", "bloc", "array", "collection", "federation",
        "confederation", "front", "union", "group", "organization", "organisation",
    ])

    /// The whole a group mention describes: "X, an (umbrella) alliance of <groups>" and "X is an
    /// umbrella network of <groups>" → X; nil otherwise.
    func collective(of m: MatchedMention) -> MatchedMention? {
        var j = m.first - 1
        guard j >= 2, tokens[j].lower == ActorWords.of, Self.collectiveNouns.contains(tokens[j - 1].lower) else { return nil }
        j -= 2
        var words = 0
        while j >= 0, tokens[j].isWord, mentionAt[j] == nil, words < 3,
            Self.collectiveNouns.contains(tokens[j].lower) || ClauseWords.objectArticles.contains(tokens[j].lower)
                || ClauseWords.beForms.contains(tokens[j].lower) || AffiliationWords.adjectives.contains(tokens[j].lower)
        {
            j -= 1
            words += 1
        }
        guard j >= 0 else { return nil }
        if tokens[j].mark == 0x2C { j -= 1 }
        guard j >= 0, let k = mention(endingAt: j + 1) else { return nil }
        return input.matches.mentions[k]
    }
}
