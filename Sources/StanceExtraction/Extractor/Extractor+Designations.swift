import StanceModel

/// Words of terrorist designations, which news states in every shape: active ("Türkiye considers
/// the PKK and the YPG terrorist groups"), passive with the designators after "by" ("the PKK,
/// listed as a terror organization by Türkiye, the US and the EU"; "all of which are designated by
/// the US as terrorist organizations") and as a list the group is on ("HTS remains on
/// Washington's terror blacklist").
enum DesignationWords {
    static func set(_ words: [String]) -> TokenHashSet { ClauseWords.set(words) }

    static let verbs = set([
        "designate", "designates", "designated", "designating", "list", "lists", "listed", "listing", "brand",
        "brands", "branded", "branding", "label", "labels", "labeled", "labelled", "labeling", "labelling",
        "classify", "classifies", "classified", "consider", "considers", "considered", "deem", "deems", "deemed",
        "proscribe", "proscribes", "proscribed", "blacklist", "blacklists", "blacklisted", "regard", "regards",
        "regarded",
    ])
    /// What a group is designated as; "labeled the YPG a security threat" is a designation too.
    static let terror = set(["terrorist", "terrorists", "terror", "threat", "threats"])
    static let lists = set(["list", "lists", "blacklist", "blacklists", "designation", "designations"])
    /// What may stand between a designated group and the verb: "is", "has long been", "remains".
    static let auxiliaries = set([
        "is", "are", "was", "were", "been", "be", "being", "has", "have", "had", "also", "already", "long", "still",
        "officially", "formally", "widely", "previously", "now", "remains", "remain", "remained", "consistently",
        "repeatedly", "reportedly", "since",
    ])
    /// Quantifiers of "all of which", "both of whom".
    static let quantifiers = set(["all", "both", "each", "some", "most", "many", "several", "none"])
    static let of = TokenHash.of("of")
    static let which = set(["which", "whom", "who", "that"])
    /// "remains on / was put on / added to X's terror list".
    static let onto = set(["on", "to", "onto"])
    /// "removed from X's list": an end, which gives no claim.
    static let from = TokenHash.of("from")
    static let cue = Cue(phrase: "terrorist designation", score: -0.7, partOfSpeech: "verb")
}

extension ClauseWalk {
    /// Terrorist designations: each designator opposes each designated group (−0.7, like the
    /// listing cues). The designators and the designated are named mentions; a pronoun gives none.
    func emitDesignations(_ context: inout ArticleContext) {
        let n = tokens.count
        // Most sentences name no terror list: one pass over the tokens decides.
        let terror = DesignationWords.terror
        let lists = DesignationWords.lists
        guard tokens.contains(where: { terror.contains($0.lower) || lists.contains($0.lower) }) else { return }
        var i = 0
        while i < n {
            defer { i += 1 }
            let word = tokens[i].lower
            if DesignationWords.verbs.contains(word), let terror = terrorWord(after: i) {
                let agents = designators(verb: i, terror: terror)
                if !agents.isEmpty {
                    for target in designated(before: i) { designate(target, by: agents, token: i, &context) }
                } else if let holder = designator(before: i) {
                    let objects = (i + 1..<terror).compactMap { k in mentionAt[k].map { input.matches.mentions[$0] } }
                    if objects.isEmpty, let antecedent = relativeAntecedent(before: holder) {
                        // "the SDF, which Turkey considers a terrorist organisation, …": the antecedent
                        // is designated; the designator holds nothing else of the sentence.
                        designate([antecedent], by: [holder], token: i, &context)
                        skipped.insert(holder.first)
                        if cueAt[terror] != nil { consumedCues.insert(terror) }
                        i = terror
                        continue
                    }
                    designate(objects, by: [holder], token: i, &context)
                    // "labeled the YPG a security threat to Turkey": the designated is no new
                    // holder, and the threat is the designator's word, not the group's stance.
                    for object in objects { skipped.insert(object.first) }
                    if cueAt[terror] != nil { consumedCues.insert(terror) }
                }
                i = terror
            } else if DesignationWords.lists.contains(word), let owner = listOwner(before: i) {
                // "X remains on W's terror blacklist": the list's owner opposes X.
                var j = owner.first - 1
                guard j >= 1, DesignationWords.onto.contains(tokens[j].lower) else { continue }
                j -= 1
                var steps = 0
                while j >= 0, steps < 3, mention(endingAt: j + 1) == nil, tokens[j].isWord, tokens[j].lower != DesignationWords.from {
                    j -= 1
                    steps += 1
                }
                guard let k = mention(endingAt: j + 1).map({ input.matches.mentions[$0] }), k.last == j + 1 else { continue }
                designate([k], by: [owner], token: i, &context)
            }
        }
    }

    /// The terror word of a designation within eight tokens of its verb, in the same clause.
    private func terrorWord(after verb: Int) -> Int? {
        var j = verb + 1
        while j < tokens.count, j <= verb + 12 {
            let t = tokens[j]
            if t.kind == .punctuation, t.mark != 0x2C, t.mark != 0x2D, t.mark != 0x201C, t.mark != 0x201D, t.mark != 0x22 { return nil }
            if t.isWord, DesignationWords.terror.contains(t.lower) { return j }
            j += 1
        }
        return nil
    }

    /// The designators after "by", right after the verb ("designated by the US as") or after the
    /// designation ("listed as a terror organization by Türkiye, the US and the EU").
    private func designators(verb: Int, terror: Int) -> [MatchedMention] {
        var by: Int?
        if verb + 1 < tokens.count, tokens[verb + 1].lower == ClauseWords.by { by = verb + 1 }
        if by == nil {
            var j = terror + 1
            while j < tokens.count, j <= terror + 3, tokens[j].isWord, tokens[j].lower != ClauseWords.by { j += 1 }
            if j < tokens.count, tokens[j].lower == ClauseWords.by { by = j }
        }
        guard let by else { return [] }
        return list(from: by + 1)
    }

    /// The group a passive designation is about: the subject ("Kataib Hezbollah is designated"),
    /// the head of an apposition ("the PKK, listed as"), or the antecedents of "all of which".
    private func designated(before verb: Int) -> [MatchedMention] {
        var j = verb - 1
        while j >= 0, tokens[j].isWord, DesignationWords.auxiliaries.contains(tokens[j].lower) { j -= 1 }
        guard j >= 0 else { return [] }
        if tokens[j].isWord, DesignationWords.which.contains(tokens[j].lower) {
            // "A and B, all of which are designated": the list before.
            if let list = quantifiedList(which: j) { return list }
            j -= 1
            guard j >= 0, tokens[j].mark == 0x2C else { return [] }
            return mentionList(endingAt: j).suffix(1)
        }
        if isApposition(tokens[j]) {
            return mentionList(endingAt: j).suffix(1)
        }
        return mention(endingAt: j + 1).map { input.matches.mentions[$0] }.flatMap { $0.last == j + 1 ? [$0] : nil } ?? []
    }

    /// The antecedent of an object relative clause whose subject is `holder`: "X(,) which/whom
    /// <holder> …" → X.
    private func relativeAntecedent(before holder: MatchedMention) -> MatchedMention? {
        var j = holder.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
        guard j >= 1, tokens[j].isWord, DesignationWords.which.contains(tokens[j].lower) else { return nil }
        j -= 1
        if tokens[j].mark == 0x2C { j -= 1 }
        guard j >= 0, let k = mention(endingAt: j + 1) else { return nil }
        return input.matches.mentions[k]
    }

    /// A comma or a dash before an apposition ("the PKK — listed as").
    private func isApposition(_ t: StanceToken) -> Bool {
        t.kind == .punctuation && (t.mark == 0x2C || t.mark == 0x2013 || t.mark == 0x2014 || (t.mark == 0x2D && t.spaceBefore))
    }

    /// The holder of an active designation: the mention just before the verb, past auxiliaries
    /// and adverbs ("Erdogan has consistently labeled").
    private func designator(before verb: Int) -> MatchedMention? {
        var j = verb - 1
        var words = 0
        while j >= 0, tokens[j].isWord, mentionAt[j] == nil, words < 3,
            DesignationWords.auxiliaries.contains(tokens[j].lower)
        {
            j -= 1
            words += 1
        }
        guard j >= 0, let k = mention(endingAt: j + 1) else { return nil }
        let m = input.matches.mentions[k]
        return m.last == j + 1 && preposition(before: m.first) == nil ? m : nil
    }

    /// "W's terror(ist) (black)list": W, when a terror word or "blacklist" names the list.
    private func listOwner(before list: Int) -> MatchedMention? {
        var j = list - 1
        let blacklist = tokens[list].lower == TokenHash.of("blacklist") || tokens[list].lower == TokenHash.of("blacklists")
        if j >= 0, tokens[j].isWord, DesignationWords.terror.contains(tokens[j].lower) { j -= 1 } else if !blacklist { return nil }
        guard j >= 1, tokens[j].isPossessive, let k = mention(endingAt: j) else { return nil }
        let m = input.matches.mentions[k]
        return m.last == j && m.isPossessive ? m : nil
    }

    /// The names before "(, ) all/some of which/whom", whose pronoun is at `which`: "A and B,
    /// all of which …" → [A, B] (none without the comma); nil when `which` starts no such phrase.
    func quantifiedList(which j: Int) -> [MatchedMention]? {
        guard j >= 3, tokens[j].isWord, DesignationWords.which.contains(tokens[j].lower), tokens[j - 1].lower == DesignationWords.of,
            DesignationWords.quantifiers.contains(tokens[j - 2].lower)
        else { return nil }
        return tokens[j - 3].mark == 0x2C ? mentionList(endingAt: j - 3) : []
    }

    /// The mentions of a list that ends just before token `end` ("Kataib Hezbollah, Nujaba and
    /// Asaib Ahl al-Haq" before ", all of which").
    func mentionList(endingAt end: Int) -> [MatchedMention] {
        var result: [MatchedMention] = []
        var j = end
        while j > 0, let k = mention(endingAt: j), input.matches.mentions[k].last == j {
            let m = input.matches.mentions[k]
            result.insert(m, at: 0)
            j = m.first
            var before = j - 1
            while before >= 0, tokens[before].isWord, ClauseWords.objectArticles.contains(tokens[before].lower) { before -= 1 }
            guard before >= 0, tokens[before].mark == 0x2C || tokens[before].lower == ClauseWords.and else { break }
            j = before
            if j > 0, tokens[j].lower == ClauseWords.and, tokens[j - 1].mark == 0x2C { j -= 1 }
            while j > 0, tokens[j - 1].isWord, ClauseWords.objectArticles.contains(tokens[j - 1].lower) { j -= 1 }
        }
        return result
    }

    private func designate(_ targets: [MatchedMention], by agents: [MatchedMention], token: Int, _ context: inout ArticleContext) {
        guard !targets.isEmpty else { return }
        for agent in agents {
            withHolders([Holder(actor: holderActor(agent, &context), factor: 1, end: agent.last)]) {
                for target in targets where target.actor != agent.actor {
                    emit(
                        target: holderActor(target, &context), military: false, links: [ChainLink(cue: DesignationWords.cue, token: token)],
                        after: max(target.last, agent.last), rule: .designation, &context)
                }
            }
        }
        resetChain()
        consumedCues.insert(token)
    }

    private func designate(_ target: MatchedMention, by agents: [MatchedMention], token: Int, _ context: inout ArticleContext) {
        designate([target], by: agents, token: token, &context)
    }
}
