import StanceModel

/// Words of the affiliations news states in passing.
enum AffiliationWords {
    static func set(_ words: [String]) -> TokenHashSet { ClauseWords.set(words) }

    /// Nouns of a backer or partner: "Assad's backers, Russia and Iran"; "Turkey, backer of the rebels".
    static let backers = set([
        "backer", "backers", "patron", "patrons", "sponsor", "sponsors", "ally", "allies", "supporter",
        "supporters", "protector", "protectors", "benefactor", "benefactors", "partner", "partners",
    ])
    /// Nouns of belonging: "X is part of Y", "X, a member of Y", "a faction within Y".
    static let belonging = set([
        "part", "member", "members", "faction", "factions", "component", "components", "wing", "arm", "offshoot", "offshoots",
        "affiliate", "affiliates", "branch", "proxy", "proxies", "extension",
    ])
    static let hands = TokenHash.of("hands")
    /// Verbs of a whole naming its parts: "the Resistance includes factions such as A, B and C".
    static let includes = set([
        "include", "includes", "included", "comprises", "comprise", "comprised", "encompasses", "encompass",
        "encompassed", "incorporates", "incorporate", "incorporated",
    ])
    static let which = TokenHash.of("which")
    /// "X's fighters are integrated into Y": X is part of Y.
    static let integrated = set(["integrated", "incorporated", "absorbed", "merged", "folded"])
    static let into = set(["into", "in", "within"])
    static let fully = TokenHash.of("fully")
    /// "with U.S. support", "with Iranian backing".
    static let supportNouns = set(["support", "backing", "help", "assistance", "aid", "blessing"])
    static let belongingPrepositions = set(["of", "within"])
    /// What may stand between a member and the noun of belonging: "X forms part of", "X is also a member of".
    static let belongingVerbs = set([
        "is", "are", "was", "were", "forms", "form", "formed", "became", "become", "becomes", "remains", "remain",
        "also", "now", "still", "already", "a", "an", "the", "one", "key", "main", "major", "prominent", "powerful",
        "leading", "founding", "full", "most",
    ])
    static let adjectives = set([
        "main", "key", "chief", "principal", "major", "longtime", "long-time", "staunch", "closest", "close", "top",
        "traditional", "regional", "foreign", "last", "remaining", "biggest", "strongest", "most", "important",
    ])
}

extension ClauseWalk {
    /// Affiliations stated in passing, each an allied claim of the member or backer toward the
    /// other: "Assad's backers, Russia and Iran" (each backer → Assad); "Turkey, backer of the
    /// rebels" (Turkey → the rebels); "the Nujaba movement forms part of the Islamic Resistance",
    /// "X, a member of Y", "a faction within Y" (the member → the whole).
    func emitAffiliations(_ context: inout ArticleContext) {
        let n = tokens.count
        // Most sentences hold no "integrated into": one pass decides.
        let integratedWords = AffiliationWords.integrated
        let mayIntegrate = tokens.contains { integratedWords.contains($0.lower) }
        for m in input.matches.mentions where !m.isCandidate {
            var j = m.last
            if let (supported, noun) = supportedWith(m) {
                // "Israel, with U.S. support, has been conducting a campaign": the US supports Israel.
                let cue = Cue(phrase: "with support", score: 0.5, partOfSpeech: "noun")
                let holder = Holder(actor: holderActor(m, &context), factor: 1, end: m.last)
                let target = holderActor(supported, &context)
                withHolders([holder]) {
                    emit(target: target, military: false, links: [ChainLink(cue: cue, token: noun)], after: noun + 1, rule: .affiliation, &context)
                }
                continue
            }
            if m.isPossessive {
                // "Assad's (main) backers, Russia and Iran".
                j += 1
                while j < n, AffiliationWords.adjectives.contains(tokens[j].lower) { j += 1 }
                guard j + 1 < n, AffiliationWords.backers.contains(tokens[j].lower), isAppositiveMark(tokens[j + 1]) else { continue }
                for member in list(from: j + 2) where member.actor != m.actor {
                    affiliate(member, with: m, token: j, &context)
                }
                continue
            }
            // "Turkey, (a/the main) backer of (the) rebels"; "X, a member of Y".
            if j < n, tokens[j].mark == 0x2C {
                var a = j + 1
                while a < n, ClauseWords.objectArticles.contains(tokens[a].lower) || AffiliationWords.adjectives.contains(tokens[a].lower) { a += 1 }
                let noun = a < n && (AffiliationWords.backers.contains(tokens[a].lower) || AffiliationWords.belonging.contains(tokens[a].lower))
                // "a member of the Council" may have been read as a role of the Council.
                let role = mentionAt[a].map { input.matches.mentions[$0] }.flatMap { $0.form == .role ? $0 : nil }
                let other = role ?? (a + 1 < n && AffiliationWords.belongingPrepositions.contains(tokens[a + 1].lower) ? object(after: a + 2) : nil)
                if noun, let other, other.actor != m.actor {
                    affiliate(m, with: other, token: a, &context)
                    continue
                }
            }
            // "X (, which) includes (several prominent factions such as) A, B and C".
            if let members = includedMembers(after: j), !members.isEmpty {
                for member in members where member.actor != m.actor { affiliate(member, with: m, token: j, &context) }
                continue
            }
            // "X (fighters and leaders) are (fully) integrated into Y".
            if mayIntegrate, let whole = integrated(after: j), whole.actor != m.actor, preposition(before: m.first) == nil {
                affiliate(m, with: whole, token: j, &context)
                continue
            }
            // "X (is|forms) (also) (a) part/member of Y".
            var b = j
            var steps = 0
            while b < n, steps < 4, AffiliationWords.belongingVerbs.contains(tokens[b].lower) {
                b += 1
                steps += 1
            }
            if steps > 0, b < n, let k = mentionAt[b], input.matches.mentions[k].isPossessive, input.matches.mentions[k].actor != m.actor {
                // "X is Y's (Syrian) offshoot".
                let whole = input.matches.mentions[k]
                var c = whole.last + 1
                if c < n, let d = mentionAt[c], input.matches.mentions[d].form == .demonym {
                    c = input.matches.mentions[d].last
                } else if c < n, tokens[c].isWord, tokens[c].isCapitalized, mentionAt[c] == nil {
                    c += 1  // a demonym not read as a mention ("Syrian offshoot")
                }
                while c < n, AffiliationWords.adjectives.contains(tokens[c].lower) { c += 1 }
                if c < n, AffiliationWords.belonging.contains(tokens[c].lower), preposition(before: m.first) == nil {
                    affiliate(m, with: whole, token: c, &context)
                    continue
                }
            }
            // "X is the Syrian affiliate of Y": the demonym says where X is.
            if steps > 0, b + 1 < n, tokens[b].isWord, tokens[b].isCapitalized, mentionAt[b].map({ input.matches.mentions[$0].form == .demonym }) ?? true,
                AffiliationWords.belonging.contains(tokens[b + 1].lower)
            {
                b += 1
            } else if steps > 0, b < n, let d = mentionAt[b], input.matches.mentions[d].form == .demonym, input.matches.mentions[d].last < n,
                AffiliationWords.belonging.contains(tokens[input.matches.mentions[d].last].lower)
            {
                b = input.matches.mentions[d].last
            }
            // ("a member of the Council" may have been read as a role of the Council.)
            let role = b < n ? mentionAt[b].map { input.matches.mentions[$0] }.flatMap { $0.form == .role ? $0 : nil } : nil
            guard steps > 0, b + 1 < n, AffiliationWords.belonging.contains(tokens[b].lower),
                AffiliationWords.belongingPrepositions.contains(tokens[b + 1].lower), let whole = role ?? object(after: b + 2),
                whole.actor != m.actor, preposition(before: m.first) == nil
            else { continue }
            affiliate(m, with: whole, token: b, &context)
        }
    }

    /// The actor supported "with X('s) support/backing/help": the mention right before "(, )with",
    /// or else the first one after the phrase's closing comma; and the support noun's token.
    private func supportedWith(_ m: MatchedMention) -> (MatchedMention, Int)? {
        let noun = m.isPossessive ? m.last + 1 : m.last
        guard m.first >= 1, tokens[m.first - 1].lower == ClauseWords.with, noun < tokens.count,
            AffiliationWords.supportNouns.contains(tokens[noun].lower)
        else { return nil }
        var before = m.first - 1
        if before >= 1, tokens[before - 1].mark == 0x2C { before -= 1 }
        if let k = mention(endingAt: before), preposition(before: input.matches.mentions[k].first) == nil {
            return (input.matches.mentions[k], noun)
        }
        guard noun + 1 < tokens.count, tokens[noun + 1].mark == 0x2C, let k = mentionAt[noun + 2] else { return nil }
        return (input.matches.mentions[k], noun)
    }

    /// The whole after "(fighters and leaders) are (fully) integrated into": up to four words
    /// of the member's people and the verb "be" before the participle.
    private func integrated(after start: Int) -> MatchedMention? {
        var j = start
        var words = 0
        while j < tokens.count, words < 5, tokens[j].isWord, mentionAt[j] == nil,
            !AffiliationWords.integrated.contains(tokens[j].lower)
        {
            j += 1
            words += 1
        }
        guard j + 1 < tokens.count, AffiliationWords.integrated.contains(tokens[j].lower), j > start,
            ClauseWords.beForms.contains(tokens[j - 1].lower) || tokens[j - 1].lower == AffiliationWords.fully,
            AffiliationWords.into.contains(tokens[j + 1].lower)
        else { return nil }
        return object(after: j + 2)
    }

    /// The parts a whole names after itself: "(, which) includes (several factions such as) A, B and C";
    /// nil when no verb of including follows.
    private func includedMembers(after last: Int) -> [MatchedMention]? {
        var j = last
        if j < tokens.count, tokens[j].mark == 0x2C { j += 1 }
        if j < tokens.count, tokens[j].lower == AffiliationWords.which { j += 1 }
        guard j < tokens.count, AffiliationWords.includes.contains(tokens[j].lower) else { return nil }
        j += 1
        // Up to six words of description before the first part, none of them a mention.
        var words = 0
        while j < tokens.count, mentionAt[j] == nil, tokens[j].isWord, words < 6 {
            j += 1
            words += 1
        }
        guard j < tokens.count, mentionAt[j] != nil else { return nil }
        return list(from: j)
    }

    /// A comma or a dash setting off an apposition.
    private func isAppositiveMark(_ token: StanceToken) -> Bool {
        token.kind == .punctuation && (token.mark == 0x2C || token.mark == 0x2013 || token.mark == 0x2014 || (token.mark == 0x2D && token.spaceBefore))
    }

    /// The mention right after `start`, past articles ("of the Islamic Resistance").
    func object(after start: Int) -> MatchedMention? {
        var j = start
        while j < tokens.count, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        return mentionAt[j].map { input.matches.mentions[$0] }
    }

    /// The mentions of a list starting at `start`: "Russia and Iran", "Russia, Iran and Hezbollah".
    func list(from start: Int) -> [MatchedMention] {
        var result: [MatchedMention] = []
        var j = start
        while let m = object(after: j) {
            result.append(m)
            j = m.last
            guard j < tokens.count, tokens[j].mark == 0x2C || tokens[j].lower == ClauseWords.and else { break }
            j += 1
            if j < tokens.count, tokens[j].lower == ClauseWords.and { j += 1 }
        }
        return result
    }

    private func affiliate(_ member: MatchedMention, with other: MatchedMention, token: Int, _ context: inout ArticleContext) {
        let cue = Cue(phrase: "affiliation", score: 1, partOfSpeech: "noun")
        let holder = Holder(actor: holderActor(member, &context), factor: 1, end: member.last)
        let target = holderActor(other, &context)
        withHolders([holder]) {
            emit(target: target, military: false, links: [ChainLink(cue: cue, token: token)], after: other.last, rule: .affiliation, &context)
        }
    }
}

extension ClauseWalk {
    /// "the overthrow of X by Y", "the fall of X at the hands of Y": Y is hostile to X.
    func emitDownfalls(_ context: inout ArticleContext) {
        let n = tokens.count
        let downfall = ClauseWords.downfall
        var i = 0
        while i + 2 < n {
            defer { i += 1 }
            guard downfall.contains(tokens[i].lower), tokens[i + 1].lower == ActorWords.of,
                let fallen = object(after: i + 2)
            else { continue }
            // The agent: "by (the Syrian jihadi group) Y" or "at the hands of Y", within the clause.
            var j = fallen.last
            var agent: MatchedMention?
            while j < n, j <= fallen.last + 12, tokens[j].kind != .punctuation || tokens[j].mark == 0x2019 || tokens[j].isPossessive {
                if tokens[j].lower == ClauseWords.by || (tokens[j].lower == AffiliationWords.hands && j + 1 < n && tokens[j + 1].lower == ActorWords.of) {
                    var k = tokens[j].lower == ClauseWords.by ? j + 1 : j + 2
                    var words = 0
                    while k < n, mentionAt[k] == nil, tokens[k].isWord, words < 6 {
                        k += 1
                        words += 1
                    }
                    agent = mentionAt[k].map { input.matches.mentions[$0] }
                    break
                }
                j += 1
            }
            guard let agent, agent.actor != fallen.actor else { continue }
            let cue = Cue(phrase: "overthrow", score: -1, partOfSpeech: "noun")
            let holder = Holder(actor: holderActor(agent, &context), factor: 1, end: agent.last)
            skipped.insert(agent.first)
            let target = holderActor(fallen, &context)
            withHolders([holder]) {
                emit(target: target, military: false, links: [ChainLink(cue: cue, token: i)], after: agent.last, rule: .fallOf, &context)
            }
        }
    }
}
