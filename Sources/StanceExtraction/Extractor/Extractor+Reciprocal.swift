import StanceModel

/// Words of stances that two subjects hold toward each other.
enum ReciprocalWords {
    /// "X and Y fought", "the two sides clashed".
    static let verbs = ClauseWords.set([
        "fought", "fight", "fights", "fighting", "clashed", "clash", "clashing", "battled", "battle", "battling",
        "warred", "skirmished",
    ])
    /// "the two countries have been close allies" (after a form of "be").
    static let nouns = ClauseWords.set(["allies", "partners", "rivals", "enemies", "foes", "adversaries"])
    /// "the two countries", "both sides".
    static let pairNouns = ClauseWords.set([
        "countries", "sides", "neighbours", "neighbors", "nations", "states", "rivals", "governments", "foes",
        "enemies", "adversaries", "capitals", "parties",
    ])
    static let two = TokenHash.of("two")
}

extension ClauseWalk {
    /// "X and Y fought (wars)", "the two countries have been close allies" with no target named:
    /// each holds the stance toward the other.
    func emitReciprocal(_ context: inout ArticleContext) {
        guard hasHead, !emitted, subjects.count == 2, !suppressed, !hypothetical,
            let head = chain.first(where: { $0.cue.role == .stance }),
            ReciprocalWords.verbs.contains(tokens[head.token].lower) || predicativeNoun(head.token),
            !chain.contains(where: { $0.cue.role == .negator })
        else { return }
        let holders = subjects
        for a in holders {
            for b in holders where a.actor != b.actor {
                subjects = [a]
                emit(target: b.actor, military: false, links: chain, after: head.token + 1, mutual: false, rule: .reciprocal, &context)
            }
        }
        subjects = holders
    }

    /// Whether a relation noun is the predicate of its clause: "X and Y are (close) allies", not
    /// "X and Y, Z's closest allies".
    func predicativeNoun(_ token: Int) -> Bool {
        guard ReciprocalWords.nouns.contains(tokens[token].lower) else { return false }
        var j = token - 1
        while j >= 0, j >= token - 4, tokens[j].isWord {
            if ClauseWords.beForms.contains(tokens[j].lower) || ClauseWords.remain.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// "the two countries", "both sides" (as a subject): the last two states named before this
    /// sentence.
    func pairPhrase(at i: Int, _ context: ArticleContext) -> [ActorID]? {
        guard ReciprocalWords.pairNouns.contains(tokens[i].lower), i >= 1, context.statesBefore.count == 2 else { return nil }
        let previous = tokens[i - 1].lower
        let pair = (previous == ReciprocalWords.two && i >= 2 && tokens[i - 2].lower == ActorWords.the) || previous == ClauseWords.both
        guard pair, preposition(before: i) == nil else { return nil }
        return context.statesBefore
    }
}
