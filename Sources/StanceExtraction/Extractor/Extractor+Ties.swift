import StanceModel

/// Words of the relations between two actors and of how they change.
enum TieWords {
    static func set(_ words: [String]) -> TokenHashSet { ClauseWords.set(words) }

    static let nouns = set(["relations", "ties", "relationship", "relation"])
    /// "relations ... have deteriorated", "the souring of ties between".
    static let worsen = set([
        "deteriorated", "deteriorate", "deteriorates", "deteriorating", "deterioration", "soured", "sour", "sours",
        "souring", "worsened", "worsen", "worsens", "worsening", "frayed", "fraying", "strained", "collapsed",
        "ruptured", "rupture", "breakdown", "plummeted", "cooled", "chilled", "nosedived", "tense", "tumultuous",
        "frosty", "icy", "hostile", "poor", "bad",
    ])
    /// "relations ... improved", "a thaw in ties between".
    static let improve = set([
        "improved", "improve", "improves", "improving", "improvement", "warmed", "warming", "thawed", "thaw",
        "normalised", "normalized", "restored", "restore", "restoring", "restoration", "strengthened",
        "strengthening", "deepened", "deepening", "flourished", "blossomed", "upgraded", "upgrade", "mended",
        "mend", "mending", "repaired", "repair", "repairing", "rebuilt", "rebuild", "close", "closer", "warm",
        "warmer", "cordial", "friendly",
    ])
}

extension ClauseWalk {
    /// How the relations between two actors changed: "relations between X and Y have deteriorated",
    /// "X's ties with Y soured", "a thaw in relations between X and Y", "X and Y restored
    /// diplomatic ties" — opposes (worsened) or supports (improved) both ways.
    mutating func emitTies(_ context: inout ArticleContext) {
        let n = tokens.count
        var i = 0
        while i < n {
            defer { i += 1 }
            guard TieWords.nouns.contains(tokens[i].lower) else { continue }
            var pair: (MatchedMention, MatchedMention)?
            var after = i + 1
            if i + 1 < n, tokens[i + 1].lower == ClauseWords.between || tokens[i + 1].lower == ClauseWords.with {
                let withPartner = tokens[i + 1].lower == ClauseWords.with
                var j = i + 2
                while j < n, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
                guard let a = mentionAt[j].map({ input.matches.mentions[$0] }) else { continue }
                if withPartner {
                    // "X's ties with Y": the possessor before the noun.
                    guard let owner = possessor(before: i) else { continue }
                    pair = (owner, a)
                    after = a.last
                } else {
                    var k = a.last
                    guard k < n, tokens[k].lower == ClauseWords.and else { continue }
                    k += 1
                    while k < n, tokens[k].isWord, ClauseWords.objectArticles.contains(tokens[k].lower), mentionAt[k] == nil { k += 1 }
                    guard let b = mentionAt[k].map({ input.matches.mentions[$0] }) else { continue }
                    pair = (a, b)
                    after = b.last
                }
            } else if let (a, b) = pairBefore(i) {
                // "X and Y restored diplomatic ties".
                pair = (a, b)
                after = i + 1
            }
            guard let (a, b) = pair, a.actor != b.actor, let sign = tieChange(before: i, after: after) else { continue }
            let cue = Cue(phrase: "relations", score: 0.5 * sign, mutual: true, partOfSpeech: "noun")
            let saved = subjects
            subjects = [Holder(actor: holderActor(a, &context), factor: 0.9, end: -1)]
            emit(target: holderActor(b, &context), military: false, links: [ChainLink(cue: cue, token: i)], after: after, &context)
            subjects = saved
            resetChain()
        }
    }

    /// The sign of the change a tie noun's clause states: a change word up to four words before
    /// the noun or eight after the pair, within the clause.
    func tieChange(before noun: Int, after: Int) -> Double? {
        var j = noun - 1
        while j >= 0, j >= noun - 4, tokens[j].kind != .punctuation {
            if TieWords.worsen.contains(tokens[j].lower) { return -1 }
            if TieWords.improve.contains(tokens[j].lower) { return 1 }
            j -= 1
        }
        j = after
        while j < tokens.count, j < after + 8, tokens[j].kind != .punctuation || tokens[j].mark == 0x2C {
            if mentionAt[j] != nil || ClauseWords.clauseBreaks.contains(tokens[j].lower) { return nil }
            if TieWords.worsen.contains(tokens[j].lower) { return -1 }
            if TieWords.improve.contains(tokens[j].lower) { return 1 }
            j += 1
        }
        return nil
    }

    /// The possessor of a noun: "X's ties" → X.
    func possessor(before noun: Int) -> MatchedMention? {
        var j = noun - 1
        while j >= 0, tokens[j].isWord, !tokens[j].isPossessive, mentionAt[j] == nil, j >= noun - 2 { j -= 1 }
        guard j >= 1, tokens[j].isPossessive, let k = mention(endingAt: j) else { return nil }
        return input.matches.mentions[k]
    }

    /// "X and Y <verb> (diplomatic) ties": the two subjects before the verb.
    func pairBefore(_ noun: Int) -> (MatchedMention, MatchedMention)? {
        var j = noun - 1
        var found: Int?
        while j >= 0, j >= noun - 6 {
            if let k = mention(endingAt: j + 1) {
                found = k
                break
            }
            guard tokens[j].isWord else { return nil }
            j -= 1
        }
        guard let k = found, k >= 1 else { return nil }
        let b = input.matches.mentions[k]
        let a = input.matches.mentions[k - 1]
        guard a.last < b.first, tokens[a.last].lower == ClauseWords.and, a.last + 1 == b.first || (a.last + 2 == b.first && ClauseWords.objectArticles.contains(tokens[a.last + 1].lower)) else { return nil }
        return (a, b)
    }
}
