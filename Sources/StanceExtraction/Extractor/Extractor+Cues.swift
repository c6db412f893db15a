import StanceModel

extension ClauseWalk {
    func handleCue(_ match: MatchedCue, _ context: inout ArticleContext) {
        let cue = cue(match)
        let link = ChainLink(cue: cue, token: match.first)
        switch cue.role {
        case .hypothetical:
            hypothetical = true
        case .hedge:
            hedged = true
        case .speech:
            if chain.contains(where: { $0.cue.role == .negator }) { suppressed = true }
        case .negator, .operator, .reconsider:
            chain.append(link)
        case .frame:
            if match.first > 0, ClauseWords.their.contains(tokens[match.first - 1].lower)
                || (match.first > 1 && ClauseWords.their.contains(tokens[match.first - 2].lower))
            {
                pronounFrame = true
            }
            chain.append(link)
        case .stance:
            if cue.adjacent, !targetFollows(match.last) { return }
            if cue.partOfSpeech == "noun", cue.score > 0, ClauseWords.allyNouns.contains(tokens[match.first].lower), conjunct(match.first) {
                // "the U.S. and its allies continued strikes on X", "US troops and allies": a
                // conjunct naming more actors, no alliance with what follows.
                return
            }
            if cue.gives, !giftFollows(match.last) { return }
            if tokens[match.first].lower == ActorWords.in, chain.contains(where: { $0.cue.role == .stance }) {
                // "fired rockets in support of Y": the purpose is the holder's own stance toward Y,
                // not a link of the act's chain.
                resetChain()
            }
            if cue.partOfSpeech == "verb", match.first > 0, ActorWords.populace.contains(tokens[match.first - 1].lower),
                ClauseWords.endsInIng(tokens[match.last - 1], text: input.text)
            {
                // "withdrawing from the areas encircling Baghdad", "the villages surrounding X": the
                // participle describes a place; it is no act.
                return
            }
            if cue.partOfSpeech == "noun", match.last < tokens.count, mentionAt[match.last] != nil,
                chain.contains(where: { $0.cue.role == .stance }), ClauseWords.relationNouns.contains(tokens[match.first].lower)
            {
                // "normalize ties with (its) longtime foe X", "attacked its ally X": the noun
                // describes X; the act before it is the stance.
                return
            }
            if cue.isPro, match.last < tokens.count, tokens[match.last].mark == 0x2D, !tokens[match.last].spaceBefore,
                !describesHolder(before: match.first)
            {
                // "prompted some pro-Iranian Shiite armed groups": the compound is the stance of
                // the noun it modifies (read with the compounds), not of the clause's holder;
                // "X, a pro-Y movement" and "X is a pro-Y group" describe the holder.
                return
            }
            // A gerund after an article is a noun: "the toppling of X".
            let nominal = cue.partOfSpeech == "noun"
                || (match.first > 0 && tokens[match.first - 1].lower == TokenHash.the && tokens[match.last - 1].isWord
                    && ClauseWords.endsInIng(tokens[match.last - 1], text: input.text))
            if !hasHead, nominal, referencedEvent(at: match.first, spoken: cue.score < 0), nominalAgent(after: match) == nil {
                // "marking the anniversary of the assassination of X", "after the attack on X":
                // an act referred to, not the holder's.
                return
            }
            if cue.mutual, cue.partOfSpeech == "noun", !followedByPartner(match.last), !signedBefore(match.first) { return }
            if cue.mutual, cue.score > 0, collapsedAfter(match.last) {
                // "the 1974 disengagement agreement with Syria had collapsed": no cooperation now.
                return
            }
            if let previous = chain.last, previous.cue.role == .stance, coordinated(from: previous.token + 1, to: match.first) {
                if chain.count == 1 {
                    // "both adversaries and allies": one stance or none. Of two alike, the later
                    // reads on ("sanctions and threats to bomb X").
                    if (previous.cue.score < 0) != (cue.score < 0) {
                        ambivalent = true
                    } else {
                        chain[0] = link
                    }
                    return
                }
                // "condemned the strikes and expressed support for X": a new verb phrase.
                resetChain()
            }
            if cue.partOfSpeech == "verb", cue.score < 0, match.first > 1, tokens[match.first - 1].mark == 0x2C,
                let agent = instrumentAgent(after: match.last)
            {
                // "Soleimani and al-Muhandis, killed in a US strike": the strike's author is
                // hostile to whom the participle describes.
                let patients = mentionList(endingAt: match.first - 1)
                skipped.insert(agent.first)
                let holder = Holder(actor: holderActor(agent, &context), factor: 0.9, end: agent.last)
                withHolders([holder]) {
                    for patient in patients where patient.actor != agent.actor {
                        emit(target: targetActor(patient, patient.actor), military: false, links: [link], after: agent.last, rule: .passive, &context)
                    }
                }
                return
            }
            if cue.score > 0, let (patient, giver) = receivedFrom(match) {
                // "X receives backing from Y", "factions that received funding from Y": Y's support of X.
                skipped.insert(giver.first)
                let holder = Holder(actor: holderActor(giver, &context), factor: 0.9, end: giver.last)
                let target = holderActor(patient, &context)
                withHolders([holder]) {
                    emit(target: targetActor(patient, target), military: false, links: chain + [link], after: giver.last, rule: .passive, &context)
                }
                return
            }
            let agents = passiveAgents(after: match)
            if !agents.isEmpty {
                emitPassive(cue: link, agents: agents, &context)
                return
            }
            if cue.score <= -0.75, let agent = nominalAgent(after: match), let fallen = fallenActor(before: match.first) {
                // "the fall of X, following offensives by Y": Y is hostile to X.
                let holder = Holder(actor: holderActor(agent, &context), factor: 0.85, end: agent.last)
                skipped.insert(agent.first)
                let links = chain + [link]
                withHolders([holder]) {
                    emit(target: fallen, military: false, links: links, after: agent.last, rule: .fallOf, &context)
                }
                return
            }
            if cue.mutual, !followedByPartner(match.last) {
                emitMutual(cue: link, &context)
                return
            }
            if subjects.count >= 2, ClauseWords.fightVerbs.contains(tokens[match.first].lower), !mentionFollowsInClause(match.last),
                !chain.contains(where: { $0.cue.role == .negator })
            {
                // "Hamas and Israel started fighting", "X and Y clashed": hostile both ways.
                emitMutual(cue: link, &context)
                return
            }
            if cue.mutual, match.last < tokens.count, tokens[match.last].lower == ClauseWords.between {
                // "Turkey is optimistic about an agreement between Damascus and the SDF", "warned of
                // tensions between X and Y": the parties named after "between" are no targets of the
                // holder (`inBetweenList`); the tie between them is read with the ties.
                hasHead = true
                chain.append(link)
                return
            }
            if let previous = chain.last, previous.cue.role == .stance, ClauseWords.threats.contains(tokens[previous.token].lower),
                infinitive(from: previous.token + 1, to: match.first)
            {
                // "threatened to (“)annihilate(”) X": the threatened act is the stance, not a
                // threat against an attack.
                chain[chain.count - 1] = link
                hasHead = true
                return
            }
            if cue.score <= -0.75, let first = chain.first(where: { $0.cue.role == .stance }), first.cue.score <= -0.75 {
                // "struck targets", "attacked positions": the second is the object, not a turn.
                return
            }
            chain.append(link)
            hasHead = true
        }
    }

    /// Whether an act noun is governed by a preposition that refers to an event ("after",
    /// "following", "amid", "the anniversary of"), determiners aside, with no holder of its own
    /// before it; with `spoken`, also when it opens what a speaker says.
    func referencedEvent(at first: Int, spoken: Bool = false) -> Bool {
        var j = first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j -= 1 }
        if j >= 1, tokens[j].isPossessive, mentionAt[j - 1] == nil {
            // "following the opposition's takeover": a possessor no lexicon actor names.
            j -= 2
            while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j -= 1 }
        }
        // "Khamenei said (that) the toppling of X was planned abroad": a hostile act the speaker
        // speaks of, as the subject of what is said, is not the speaker's ("Manila bets that the
        // alliance with Washington holds" still is Manila's).
        if spoken,
            (max(0, j)..<first).contains(where: { tokens[$0].lower == ClauseWords.that })
                || (j >= 0 && (input.verb?.contains(tokens[j].start) ?? false))
        {
            return true
        }
        guard j >= 0, tokens[j].isWord, ClauseWords.eventPrepositions.contains(tokens[j].lower) else { return false }
        // "of" refers to an event after a noun of remembrance or aftermath only: "a wave of
        // strikes" and "a message of solidarity" are the acts themselves.
        return tokens[j].lower != ActorWords.of || (j >= 1 && ClauseWords.eventReferences.contains(tokens[j - 1].lower))
    }

    /// Whether a word of collapse ("collapsed", "expired", "scrapped") follows within the
    /// clause, a few words on: the agreement before it no longer holds.
    func collapsedAfter(_ end: Int) -> Bool {
        var j = end
        while j < tokens.count, j < end + 8 {
            if tokens[j].kind == .punctuation, ![0x2D, 0x22, 0x201C, 0x201D].contains(tokens[j].mark) { return false }
            if ClauseWords.collapses.contains(tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// Whether only "to" (and quotation marks) stand between two cues: an infinitive.
    func infinitive(from start: Int, to end: Int) -> Bool {
        var sawTo = false
        for j in start..<max(start, end) {
            if tokens[j].lower == ClauseWords.to, !sawTo { sawTo = true; continue }
            if tokens[j].kind == .punctuation, [0x201C, 0x201D, 0x22].contains(tokens[j].mark) { continue }
            return false
        }
        return sawTo
    }

    /// Whether an actor follows right after `after` (determiners aside).
    func targetFollows(_ after: Int) -> Bool {
        var j = after
        while j < tokens.count, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        return mentionAt[j] != nil
    }

    /// Whether a recipient follows a verb of giving, then, within a few words, help: "sent
    /// Ukraine humanitarian and non-lethal aid", "provided the group with weapons".
    func giftFollows(_ after: Int) -> Bool {
        var j = after
        while j < tokens.count, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        guard let k = mentionAt[j] else { return false }
        var words = 0
        j = input.matches.mentions[k].last
        while j < tokens.count, words < 6, mentionAt[j] == nil {
            if tokens[j].isWord {
                if ClauseWords.gifts.contains(tokens[j].lower) { return true }
                words += 1
            } else if tokens[j].mark != 0x2D {
                return false
            }
            j += 1
        }
        return false
    }

    /// Whether the phrase at `token` describes the holder: after an apposition's comma or dash,
    /// or a form of "be", past an article ("X, a …", "X is another …").
    func describesHolder(before token: Int) -> Bool {
        var j = token - 1
        while j >= 0, tokens[j].isWord, ClauseWords.indefinite.contains(tokens[j].lower) || ClauseWords.determiners.contains(tokens[j].lower)
            || tokens[j].lower == ClauseWords.another
        {
            j -= 1
        }
        guard j >= 0 else { return false }
        if tokens[j].isWord { return ClauseWords.beForms.contains(tokens[j].lower) }
        return tokens[j].mark == 0x2C || tokens[j].mark == 0x2014 || tokens[j].mark == 0x2013 || (tokens[j].mark == 0x2D && tokens[j].spaceBefore)
    }

    /// Whether "and" (and "its" or "their") comes right before `token`, after no cue: "X and its
    /// allies" ("both adversaries and allies" coordinates two cues).
    func conjunct(_ token: Int) -> Bool {
        var j = token - 1
        if j >= 0, ClauseWords.their.contains(tokens[j].lower) { j -= 1 }
        guard j >= 0, tokens[j].lower == ClauseWords.and else { return false }
        return !input.cues.contains { $0.last == j }
    }

    /// Whether a verb of concluding ("signed", "reached", "struck") comes just before `token`.
    func signedBefore(_ token: Int) -> Bool {
        (max(0, token - 5)..<token).contains { ClauseWords.concludeVerbs.contains(tokens[$0].lower) }
    }

    /// Whether only "and", "or", "both", commas and determiners stand between two cues.
    func coordinated(from start: Int, to end: Int) -> Bool {
        guard end > start else { return true }
        var sawConjunction = false
        for j in start..<end {
            let t = tokens[j]
            if t.kind == .punctuation { if t.mark != 0x2C { return false } else { continue } }
            if t.lower == ClauseWords.and || t.lower == ClauseWords.or { sawConjunction = true; continue }
            if ClauseWords.determiners.contains(t.lower) || t.lower == ClauseWords.both { continue }
            return false
        }
        return sawConjunction
    }

    /// Whether a mutual cue names its partner: "an agreement with Y", "a deal between X and Y".
    func followedByPartner(_ after: Int) -> Bool {
        var j = after
        while j < tokens.count, j < after + 4 {
            let word = tokens[j].lower
            if word == ClauseWords.with || word == ClauseWords.between { return true }
            if mentionAt[j] != nil || tokens[j].kind == .punctuation { return false }
            j += 1
        }
        return false
    }

    /// The agent of a stance noun: "offensives by Y" → Y.
    func nominalAgent(after match: MatchedCue) -> MatchedMention? {
        guard match.last < tokens.count, tokens[match.last].lower == ClauseWords.by else { return nil }
        var j = match.last + 1
        while j < tokens.count, j <= match.last + 3 {
            if let k = mentionAt[j] { return input.matches.mentions[k] }
            guard tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) else { return nil }
            j += 1
        }
        return nil
    }

    /// The actor whose fall the sentence names before `token`: "the fall of X", "X's ouster".
    func fallenActor(before token: Int) -> ActorID? {
        for m in input.matches.mentions.reversed() where m.last <= token {
            var j = m.first - 1
            while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
            if j >= 1, tokens[j].lower == ActorWords.of, ClauseWords.downfall.contains(tokens[j - 1].lower) { return m.actor }
            if m.isPossessive, m.last + 1 < tokens.count, ClauseWords.downfall.contains(tokens[m.last + 1].lower) { return m.actor }
        }
        return nil
    }

    /// The agent of a passive stance verb: "X was attacked by Y" → Y.
    /// Whether an actor is named after `start` before the clause ends.
    func mentionFollowsInClause(_ start: Int) -> Bool {
        var j = start
        while j < tokens.count {
            if mentionAt[j] != nil { return true }
            let t = tokens[j]
            if t.kind == .punctuation, t.mark != 0x2D, t.mark != 0x2019 { return false }
            if ClauseWords.clauseBreaks.contains(t.lower) { return false }
            j += 1
        }
        return false
    }

    func passiveAgents(after match: MatchedCue) -> [MatchedMention] {
        guard match.first > 0 else { return [] }
        let before = (max(0, match.first - 2)..<match.first).contains { ClauseWords.beForms.contains(tokens[$0].lower) }
        // ", backed by Iran,": a participle set off by a comma after its patient.
        let appositive = tokens[match.first - 1].kind == .punctuation && tokens[match.first - 1].mark == 0x2C
        guard before || appositive, let by = agentBy(after: match.last) else { return [] }
        // "by Y", "by Y, Z and W".
        var agents: [MatchedMention] = []
        var j = by + 1
        while j < tokens.count, j <= match.last + 40 {
            if let k = mentionAt[j] {
                agents.append(input.matches.mentions[k])
                j = input.matches.mentions[k].last
                continue
            }
            let t = tokens[j]
            let connector = (t.kind == .punctuation && t.mark == 0x2C) || (t.isWord && (ClauseWords.determiners.contains(t.lower) || t.lower == ClauseWords.and))
            guard connector else { break }
            j += 1
        }
        return agents
    }

    /// The antecedent of "X, some/all of whom/which (were) …" before the verb at `verb`.
    func quantifiedAntecedent(before verb: Int) -> MatchedMention? {
        var j = verb - 1
        while j >= 0, tokens[j].isWord, DesignationWords.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        return j >= 0 ? quantifiedList(which: j)?.last : nil
    }

    /// Whether the comma at `i` separates two names of a list ("Syria, Iraq and Jordan").
    func inNameList(_ i: Int) -> Bool {
        tokens[i].mark == 0x2C && mention(endingAt: i) != nil && i + 1 < tokens.count && mentionAt[i + 1] != nil
    }

    /// Verbs of receiving: "X receives support from Y" is Y's support of X.
    static let receives = ClauseWords.set(["receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "obtain", "obtains", "obtained", "enjoy", "enjoys", "enjoyed"])

    /// For a cue of support received ("X (, which) receives (military) backing from Y"): the
    /// receiver X, named right before the verb, and the giver Y, named right after "from".
    func receivedFrom(_ match: MatchedCue) -> (patient: MatchedMention, giver: MatchedMention)? {
        guard match.last < tokens.count, tokens[match.last].lower == ClauseWords.from, match.first > 0 else { return nil }
        var v = match.first - 1
        while v >= 0, v >= match.first - 3, tokens[v].isWord, !Self.receives.contains(tokens[v].lower), mentionAt[v] == nil { v -= 1 }
        guard v >= 1, tokens[v].isWord, Self.receives.contains(tokens[v].lower) else { return nil }
        var j = match.last + 1
        while j < tokens.count, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        guard j < tokens.count, let g = mentionAt[j] else { return nil }
        var p = v - 1
        while p >= 0, tokens[p].isWord, ClauseWords.relativePronouns.contains(tokens[p].lower) || Self.relativeAuxiliaries.contains(tokens[p].lower) { p -= 1 }
        if p >= 0, tokens[p].kind == .punctuation, tokens[p].mark == 0x2C { p -= 1 }
        guard p >= 0, let r = mention(endingAt: p + 1) else { return nil }
        let patient = input.matches.mentions[r]
        let giver = input.matches.mentions[g]
        return patient.actor == giver.actor ? nil : (patient, giver)
    }

    /// The author of the act a participle was done in: "killed in a US strike", "wounded by an
    /// Israeli drone strike" (the mention right before an act noun).
    func instrumentAgent(after last: Int) -> MatchedMention? {
        guard last < tokens.count, ClauseWords.instrumentPrepositions.contains(tokens[last].lower) else { return nil }
        var j = last + 1
        while j < tokens.count, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        guard let k = mentionAt[j] else { return nil }
        let m = input.matches.mentions[k]
        var a = m.last
        if a < tokens.count, tokens[a].mark == 0x2D, a + 1 < tokens.count { a += 2 }  // "US-led", "Israeli-made"
        while a < tokens.count, a <= m.last + 3, tokens[a].isWord {
            if ClauseWords.instruments.contains(tokens[a].lower) { return m }
            a += 1
        }
        return nil
    }

    /// The "by" of a passive's agent: right after the verb, or after a short complement
    /// ("designated a terrorist by", "listed as a terror organization by").
    func agentBy(after last: Int) -> Int? {
        guard last < tokens.count else { return nil }
        if tokens[last].lower == ClauseWords.by { return last }
        guard ClauseWords.complementStarts.contains(tokens[last].lower) else { return nil }
        var j = last + 1
        while j < tokens.count, j <= last + 4, tokens[j].isWord, mentionAt[j] == nil, cueAt[j] == nil {
            if tokens[j].lower == ClauseWords.by { return j > last + 1 ? j : nil }
            j += 1
        }
        return nil
    }

    func emitPassive(cue link: ChainLink, agents: [MatchedMention], _ context: inout ArticleContext) {
        // The patient is the clause's holder only when nothing but auxiliaries and adverbs stand
        // between them ("X was attacked by Y", not "X vetoed the text, which was backed by Y").
        let appositive = link.token > 0 && tokens[link.token - 1].mark == 0x2C
        // ("US bases in Syria, Iraq and Jordan have been attacked by Y": a comma inside a list
        // of names is no break.)
        let near = subjects.last.map { last in
            last.end >= 0 && last.end <= link.token
                && (last.end..<(appositive ? link.token - 1 : link.token)).allSatisfy {
                    (tokens[$0].kind != .punctuation || inNameList($0)) && !ClauseWords.relativePronouns.contains(tokens[$0].lower)
                }
        } ?? false
        var targets = near ? subjects : []
        if targets.isEmpty, let whole = quantifiedAntecedent(before: link.token) {
            // "rebels, some of whom were supported by Turkey": the antecedent, in part.
            targets = [Holder(actor: whole.actor, factor: 0.9, end: whole.last)]
        }
        for agent in agents { skipped.insert(agent.first) }
        guard !targets.isEmpty else {
            resetChain()
            return
        }
        let holders = agents.map { Holder(actor: holderActor($0, &context), factor: 1, end: $0.last) }
        let links = chain + [link]
        withHolders(holders) {
            for target in targets {
                emit(target: target.person ?? target.actor, military: false, links: links, after: agents.last?.last ?? link.token, rule: .passive, &context)
            }
        }
    }

    /// "X and Y reached an agreement": supports both ways between every pair of holders.
    func emitMutual(cue link: ChainLink, _ context: inout ArticleContext) {
        let holders = subjects
        guard holders.count >= 2 else {
            // One holder: "X agreed to support Y" reads on as an ordinary chain.
            chain.append(link)
            hasHead = true
            return
        }
        if !chain.contains(where: { $0.cue.role == .reconsider }) {
            for a in holders {
                for b in holders where a.actor != b.actor {
                    subjects = [a]
                    emit(target: b.actor, military: false, links: chain + [link], after: link.token + 1, mutual: false, rule: .mutual, &context)
                }
            }
        }
        // "X and Y launched a joint raid targeting Z", "… signed an agreement to fight Z": what
        // follows is still theirs, each.
        subjects = holders
        resetChain()
        if link.cue.score > 0, let k = cueAt[link.token], case let next = input.cues[k].last, next < tokens.count,
            ClauseWords.jointActs.contains(tokens[next - 1].lower), ClauseWords.actTargets.contains(tokens[next].lower)
        {
            // "a joint raid on Z", "joint strikes against Z": the act is hostile to Z.
            chain.append(ChainLink(cue: Cue(phrase: "joint attack", score: -1, partOfSpeech: "noun"), token: link.token))
            hasHead = true
        }
    }
}
