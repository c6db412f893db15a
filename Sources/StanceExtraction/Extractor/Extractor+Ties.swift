import StanceModel

/// Words of the relations between two actors and of how they change.
enum TieWords {
    static func set(_ words: [String]) -> TokenHashSet { ClauseWords.set(words) }

    static let nouns = set(["relations", "ties", "relationship", "relation"])
    /// Nouns that state a stance between two actors by themselves: "tensions between X and Y".
    static let opposing = set(["tensions", "tension", "rift", "dispute", "disputes", "feud", "rivalry", "hostility", "animosity", "enmity"])
    static let hostile = set(["war", "wars", "conflict", "fighting", "clashes", "hostilities"])
    static let allied = set(["alliance", "partnership", "cooperation", "rapprochement", "friendship"])
    /// "an agreement (was reached) between X and Y": support both ways, unless it is a ceasefire's.
    static let agreements = set(["agreement", "deal", "accord", "pact", "memorandum", "treaty"])
    static let ceasefires = set(["ceasefire", "cease-fire", "truce"])
    /// Words of an agreement not yet made: "an attempt to reach", "a possible deal".
    static let sought = set([
        "attempt", "attempts", "bid", "seek", "seeks", "seeking", "sought", "toward", "towards", "possible", "potential",
        "proposed", "aim", "aims", "aiming", "hope", "hopes", "hoping", "try", "trying", "effort", "efforts", "push",
        "negotiate", "negotiating", "future", "eventual",
    ])
    /// "to reach/conclude/sign an agreement": one not yet made.
    static let reach = set(["reach", "conclude", "sign", "strike", "secure", "achieve", "agree"])
    /// "X severed ties with Y": one way, from the subject.
    static let oneWay = set(["severed", "sever", "severs", "severing", "cut", "cuts", "cutting", "broke", "break", "breaks", "breaking", "suspended", "suspend", "suspends", "downgraded", "downgrade", "established", "establish", "establishes", "resumed", "resume", "resumes"])
    static let oneWayWorsen = set(["severed", "sever", "severs", "severing", "cut", "cuts", "cutting", "broke", "break", "breaks", "breaking", "suspended", "suspend", "suspends", "downgraded", "downgrade"])
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
        "warmer", "cordial", "friendly", "eased", "ease", "easing", "eases", "defused", "subsided",
    ])
}

extension ClauseWalk {
    /// Whether the agreement at `i` is only sought: "an attempt to reach a new agreement between
    /// X and Y", "a possible deal between X and Y" (no tie yet).
    func sought(before i: Int) -> Bool {
        (max(0, i - 5)..<i).contains { j in
            TieWords.sought.contains(tokens[j].lower)
                || (j >= 1 && TieWords.reach.contains(tokens[j].lower) && tokens[j - 1].lower == ClauseWords.to)
        }
    }

    /// How the relations between two actors stand or changed: "relations between X and Y have
    /// deteriorated", "X's ties with Y soured", "X and Y restored diplomatic ties" — opposes
    /// (worsened) or supports (improved) both ways; "tensions/war/alliance between X and Y" by
    /// the noun itself (eased tensions state nothing); "X severed ties with Y" one way.
    func emitTies(_ context: inout ArticleContext) {
        let n = tokens.count
        // The word sets, loaded once (each read of a static checks its initialization).
        let (agreements, opposing, hostile, allied, nouns) = (TieWords.agreements, TieWords.opposing, TieWords.hostile, TieWords.allied, TieWords.nouns)
        var i = 0
        while i < n {
            defer { i += 1 }
            let word = tokens[i].lower
            let agreement = agreements.contains(word) && i + 1 < n && tokens[i + 1].lower == ClauseWords.between
                && !(i > 0 && TieWords.ceasefires.contains(tokens[i - 1].lower)) && !sought(before: i)
            let inherent: Double? = opposing.contains(word) ? -0.5 : hostile.contains(word) ? -1
                : allied.contains(word) ? 1 : agreement ? 0.5 : nil
            guard inherent != nil || nouns.contains(word), i + 1 < n else { continue }
            let preposition = tokens[i + 1].lower
            var pair: (MatchedMention, MatchedMention)?
            var after = i + 1
            var mutual = true
            if preposition == ClauseWords.between || preposition == ClauseWords.with {
                var j = i + 2
                while j < n, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
                guard let a = mentionAt[j].map({ input.matches.mentions[$0] }) else { continue }
                if preposition == ClauseWords.with {
                    if let owner = possessor(before: i) {
                        // "X's ties with Y".
                        pair = (owner, a)
                    } else if inherent == nil, let subject = subject(before: i) {
                        // "X severed diplomatic ties with Y": X's act toward Y.
                        pair = (subject, a)
                        mutual = false
                    }
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
            } else if inherent == nil, let (a, b) = pairBefore(i) {
                // "X and Y restored diplomatic ties".
                pair = (a, b)
            }
            guard let (a, b) = pair, a.actor != b.actor else { continue }
            let score: Double
            if mutual {
                let change = tieChange(before: i, after: after)
                if let inherent {
                    // "tensions between X and Y eased", "the alliance collapsed": no stance read.
                    if let change, (change < 0) != (inherent < 0) { continue }
                    score = inherent
                } else {
                    guard let change else { continue }
                    score = 0.5 * change
                }
            } else {
                guard let sign = oneWayChange(before: i) else { continue }
                score = 0.5 * sign
            }
            let cue = Cue(phrase: "relations", score: score, mutual: mutual, partOfSpeech: "noun")
            let holder = Holder(actor: holderActor(a, &context), factor: 0.9, end: -1)
            let target = holderActor(b, &context)
            withHolders([holder]) {
                emit(target: target, military: false, links: [ChainLink(cue: cue, token: i)], after: after, rule: .tie, &context)
            }
        }
    }

    /// "severed (diplomatic) ties", "established ties": the sign of an act on ties by its subject.
    func oneWayChange(before noun: Int) -> Double? {
        var j = noun - 1
        while j >= 0, j >= noun - 3, tokens[j].isWord {
            if TieWords.oneWayWorsen.contains(tokens[j].lower) { return -1 }
            if TieWords.oneWay.contains(tokens[j].lower) { return 1 }
            j -= 1
        }
        return nil
    }

    /// The subject of "X severed diplomatic ties": the nearest mention before the noun with only
    /// words (at most six) between.
    func subject(before noun: Int) -> MatchedMention? {
        var j = noun - 1
        while j >= 0, j >= noun - 6 {
            if let k = mention(endingAt: j + 1) {
                let m = input.matches.mentions[k]
                return preposition(before: m.first) == nil ? m : nil
            }
            guard tokens[j].isWord else { return nil }
            j -= 1
        }
        return nil
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
