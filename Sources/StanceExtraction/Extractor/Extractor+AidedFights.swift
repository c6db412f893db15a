import StanceModel

/// Words of "X supports Y in its fight against Z".
enum AidedFightWords {
    static func set(_ words: [String]) -> TokenHashSet { ClauseWords.set(words) }

    static let fights = set(["fight", "war", "battle", "battles", "campaign", "struggle", "wars", "fights", "offensive", "confrontation"])
    static let fighting = set(["fighting", "confronting", "combating", "combatting", "battling", "countering", "defeating"])
    static let against = TokenHash.of("against")
    static let `in` = TokenHash.of("in")
    static let cue = Cue(phrase: "fight against", score: -1, partOfSpeech: "noun")
}

extension ClauseWalk {
    /// "X supports Y in the fight against Z", "X will assist Y in confronting Z": the fight is
    /// Y's, so Y is hostile to Z (the clause walk reads X's own stances toward Y and Z).
    func emitAidedFights(_ context: inout ArticleContext) {
        let n = tokens.count
        let inWord = AidedFightWords.in
        var i = 0
        while i + 3 < n {
            defer { i += 1 }
            guard tokens[i].lower == inWord, let k = mention(endingAt: i).map({ input.matches.mentions[$0] }),
                supportBefore(k.first)
            else { continue }
            // "in (the|its|their) fight against Z" or "in confronting Z".
            var j = i + 1
            while j < n, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower) { j += 1 }
            guard j < n else { continue }
            let start: Int
            if AidedFightWords.fighting.contains(tokens[j].lower) {
                start = j + 1
            } else if AidedFightWords.fights.contains(tokens[j].lower), j + 1 < n, tokens[j + 1].lower == AidedFightWords.against {
                start = j + 2
            } else {
                continue
            }
            let targets = list(from: start)
            guard !targets.isEmpty else { continue }
            withHolders([Holder(actor: holderActor(k, &context), factor: 1, end: k.last)]) {
                for target in targets where target.actor != k.actor {
                    emit(
                        target: holderActor(target, &context), military: false, links: [ChainLink(cue: AidedFightWords.cue, token: j)],
                        after: target.last, rule: .aidedFight, &context)
                }
            }
        }
    }

    /// Whether a support cue comes right before a mention (past an article): "supporting (the) Y".
    private func supportBefore(_ first: Int) -> Bool {
        var j = first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower), cueAt[j] == nil { j -= 1 }
        // The cue that ends at j starts at most two tokens before it.
        var start = j
        while start >= 0, start > j - 3, cueAt[start] == nil { start -= 1 }
        guard start >= 0, start > j - 3, let c = cueAt[start] else { return false }
        let match = input.cues[c]
        guard match.last == j + 1 else { return false }
        let found = cue(match)
        return found.role == .stance && found.score > 0
    }
}
