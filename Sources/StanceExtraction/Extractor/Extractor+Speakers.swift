import StanceModel

extension ClauseWalk {
    /// Resolves who speaks in this sentence: an actor named in the speaker phrase ("one official
    /// from the Framework" → the Framework), else an anaphoric speaker ("the official", "he") is the
    /// latest speaker of this or the previous paragraph; bare "political leaders" are the focus
    /// country's.
    func resolveSpeaker(_ context: inout ArticleContext) {
        guard let speaker = input.speaker, let attribution = input.attribution else { return }
        speakerText = String(input.text[attribution.speaker])
        for m in input.matches.mentions where speaker.contains(m.start) {
            if let prep = preposition(before: m.first), prep == ActorWords.at { continue }
            speakerActor = m.actor
            break
        }
        if speakerActor == nil {
            let words = tokens.filter { speaker.contains($0.start) && $0.isWord }
            let pronoun = words.contains { ClauseWords.heShe.contains($0.lower) }
            if let last = words.last, ClauseWords.politicalHolders.contains(last.lower), let group = focusGroup(&context) {
                speakerActor = group
            } else if pronoun, let person = input.matches.mentions.last(where: { $0.form == .person && $0.end <= speaker.lowerBound }) {
                // "Sharaa grappled with violence that he said threatened …": the person named
                // before in the sentence.
                speakerActor = person.actor
            } else if let last = context.lastSpeaker, last.paragraph >= input.paragraph - 1,
                words.contains(where: { ClauseWords.heShe.contains($0.lower) || ActorWords.prefixRoles.contains($0.lower) || ActorWords.officialRoles.contains($0.lower) })
            {
                speakerActor = last.actor
            }
        }
        if let speakerActor {
            context.lastSpeaker = (speakerActor, input.paragraph)
            // "The Red Hand claimed the attack. … the group's headquarters": a speaker is named
            // as a holder too, for the group words and pronouns after it.
            context.noteHolder(speakerActor, group: isGroup(speakerActor, context), paragraph: input.paragraph)
        }
    }

    /// The group "<focus demonym> political leaders" of the country the article is about.
    func focusGroup(_ context: inout ArticleContext) -> ActorID? {
        guard let focus = context.focus, let entry = extractor.lexicon.actors.actor(id: focus) else { return nil }
        let name = "\(entry.demonyms.first ?? entry.name) political leaders"
        let id = ActorID(Slug.make(name))
        if context.adHoc[id] == nil { context.adHoc[id] = AdHocActor(id: id, name: name, kind: .faction, parent: focus) }
        return id
    }

    /// The chain's stance toward the actor a word stands in for ("the country", "the group",
    /// "him"), ending the chain there. Returns the next token to read.
    private func emitStandIn(_ target: ActorID, at i: Int, factor: Double, rule: RuleClass, _ context: inout ArticleContext) -> Int {
        emit(target: target, military: false, links: chain, after: i + 1, factor: factor, rule: rule, &context)
        continuation = nil
        chain = []
        hasHead = false
        emitted = true
        return i + 1
    }

    /// Pronouns and generic holders: "we" → the speaker; "they", "these groups" → recent holders;
    /// "many leaders" → the speaker's organisation (or, outside speech, the focus country's
    /// political leaders). Returns the next token to read.
    func handlePlaceholder(at i: Int, _ context: inout ArticleContext) -> Int {
        let token = tokens[i]
        let countryWord = hasHead && ClauseWords.country.contains(token.lower)
        if countryWord, i + 2 < tokens.count, tokens[i + 1].isPossessive, ClauseWords.harms.contains(tokens[i + 2].lower) {
            // "warned against the country's fragmentation": a stance on what befalls it, not
            // against it.
            return i + 3
        }
        if countryWord, i > 0, tokens[i - 1].lower == ActorWords.the,
            let country = placeInSentence(before: i) ?? placeBefore ?? context.focus
        {
            // "imposed sanctions on the country": the country last named as a place.
            return emitStandIn(country, at: i, factor: 0.8, rule: .theCountry, &context)
        }
        let governmentWord = hasHead && token.lower == ClauseWords.government
        if governmentWord, requestee(at: i) {
            // "demanded that the new government exclude …": asked to act, no stance toward it.
            return i + 1
        }
        if governmentWord, let country = context.focus, governmentOfFocus(at: i),
            !subjects.contains(where: { $0.actor == country })
        {
            // "merge forces with the new government": the government of the country the page is
            // about, which acts for its state.
            return emitStandIn(country, at: i, factor: 0.8, rule: .theCountry, &context)
        }
        if hasHead, ClauseWords.groupNouns.contains(token.lower), i > 0, tokens[i - 1].lower == ActorWords.the,
            !ClauseWords.pluralGroupNouns.contains(token.lower),
            let group = groupNamed(before: i, context)
                ?? context.recentHolder(group: true, paragraph: input.paragraph, excluding: subjects.last?.actor, groupsOnly: true)
        {
            // "attacking the group's headquarters", "sanctions on the militia": the group named lately.
            return emitStandIn(group, at: i, factor: 0.8, rule: .pronoun, &context)
        }
        if hasHead, ClauseWords.objectPronouns.contains(token.lower), infinitiveStance(from: i + 1) {
            // "urged him to normalize ties with Y": he acts for the holder; the stance is toward Y.
            return i + 1
        }
        if hasHead, ClauseWords.objectPronouns.contains(token.lower), let antecedent = antecedent(before: i) {
            // "after backing him": the latest actor named before, not a holder.
            return emitStandIn(antecedent, at: i, factor: 0.75, rule: .pronoun, &context)
        }
        if hasHead, i + 1 < tokens.count, ClauseWords.ofFor.contains(tokens[i + 1].lower), ClauseWords.itThem.contains(token.lower),
            let head = chain.first(where: { $0.cue.role == .stance }), ClauseWords.accusations.contains(tokens[head.token].lower),
            let accused = context.drafts.last(where: { $0.order.sentence == input.index })?.target
        {
            // "…, accusing it of having links to the PKK": "it" is whom the sentence has just
            // named as a target; what follows is its act as the accuser reports it.
            subjects = [Holder(actor: accused, factor: 0.8, end: i + 1)]
            resetChain()
            continuation = nil
            return i + 1
        }
        if hasHead, ClauseWords.himHer.contains(token.lower), let person = context.lastPerson, person.paragraph >= input.paragraph - 1,
            !subjects.contains(where: { extractor.lexicon.actors.sameSide($0.actor, person.id) })
        {
            // "Saudi Arabia's king was among the first to congratulate him": the person named last
            // before this sentence.
            return emitStandIn(person.id, at: i, factor: 0.7, rule: .pronoun, &context)
        }
        if countryWord, ownedByPerson(before: i), let state = personsState(before: i, context) {
            // "help rebuild his war-torn country": the state of the person speaking (or named last).
            return emitStandIn(state, at: i, factor: 0.75, rule: .theCountry, &context)
        }
        if !hasHead, let pair = pairPhrase(at: i, context) {
            // "the two countries fought": the last two states named before.
            subjects = pair.map { Holder(actor: $0, factor: 0.8, end: -1) }
            resetChain()
            continuation = nil
            needsNewSubject = false
            return i + 1
        }
        guard !hasHead, ClauseWords.placeholders.contains(token.lower) || token.exact == ActorWords.capitalI,
            preposition(before: i) == nil || stanceAhead(i + 1)
        else { return i + 1 }
        var actor: ActorID?
        var factor = 0.85
        let word = token.lower
        if ClauseWords.firstPerson.contains(word) || (token.exact == ActorWords.capitalI && token.isCapitalized && token.end - token.start == 1) {
            if inContent { actor = speakerActor }
        } else if ClauseWords.their.contains(word) {
            guard subjects.isEmpty, stanceAhead(i + 1), let recent = context.recentHolder(group: true, paragraph: input.paragraph)
            else { return i + 1 }
            subjects = [Holder(actor: recent, factor: 0.8, end: i + 1)]
            return i + 1
        } else if word == ClauseWords.they {
            actor = inContent && subjects.isEmpty ? (speakerActor ?? context.recentHolder(group: true, paragraph: input.paragraph))
                : context.recentHolder(group: true, paragraph: input.paragraph)
        } else if ClauseWords.heShe.contains(word) {
            // "He criticized …": the speaker, else a person named before in the sentence, else the
            // last speaker, else the person named last.
            actor = speakerActor ?? input.matches.mentions.last(where: { $0.form == .person && $0.last <= i })?.actor
                ?? context.lastSpeaker.flatMap { $0.paragraph >= input.paragraph - 1 ? $0.actor : nil }
                ?? context.lastPerson.flatMap { $0.paragraph >= input.paragraph - 1 ? holderOf(person: $0.id) : nil }
        } else if ClauseWords.groupNouns.contains(word), i > 0, ClauseWords.groupDeterminers.contains(tokens[i - 1].lower) {
            actor = context.recentHolder(group: true, paragraph: input.paragraph)
            factor = 0.8
        } else if ClauseWords.genericHolders.contains(word) {
            if inContent, let speaker = speakerActor {
                actor = speaker
            } else if ClauseWords.politicalHolders.contains(word),
                word != ClauseWords.leaders || (i > 0 && tokens[i - 1].lower == ActorWords.political)
            {
                // "Political leaders", "lawmakers" (not a bare "both leaders"): the focus country's.
                actor = focusGroup(&context)
                factor = 0.75
            }
        }
        guard let actor else { return i + 1 }
        let named = input.matches.mentions.last { $0.form == .person && $0.last <= i }
        let person = ClauseWords.heShe.contains(word) && speakerActor == nil
            ? (named.map { targetActor($0, $0.actor) } ?? context.lastPerson?.id) : nil
        subjects = [Holder(actor: actor, factor: factor, end: i + 1, person: person != actor ? person : nil)]
        resetChain()
        continuation = nil
        needsNewSubject = false
        context.noteHolder(actor, group: isGroup(actor, context), paragraph: input.paragraph)
        return i + 1
    }

    /// Whether the word at `i` is whom a request asks to act: "demanded that the government
    /// exclude …" (a request cue heads the chain, "that" between).
    func requestee(at i: Int) -> Bool {
        guard let head = chain.first(where: { $0.cue.role == .stance }), head.cue.requests,
            let that = (head.token..<i).last(where: { tokens[$0].lower == ClauseWords.that })
        else { return false }
        // The subject of the requested clause, not its object ("demanded that X expel Y": Y is
        // the act's target).
        return !(that + 1..<i).contains { cueAt[$0] != nil }
    }

    /// The last state named as a place earlier in this sentence ("strikes in Syria and Iraq …
    /// strengthening the country" → Iraq).
    func placeInSentence(before i: Int) -> ActorID? {
        let actors = extractor.lexicon.actors
        for m in input.matches.mentions.reversed() where m.last <= i {
            guard let entry = m.entry, actors.entries[Int(entry)].kind == .state,
                placeListEnd == m.last || preposition(before: m.first).map({ ClauseWords.locationPrepositions.contains($0) }) ?? false
            else { continue }
            return m.actor
        }
        return nil
    }

    /// The actor a person's words and acts stand for (`speaks_for`), or the person.
    func holderOf(person: ActorID) -> ActorID {
        extractor.lexicon.actors.actor(id: person)?.speaksFor ?? person
    }

    /// Whether "his" or "her" owns the noun at `i`, past at most two words ("his war-torn country").
    func ownedByPerson(before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, j >= i - 4, tokens[j].isWord || tokens[j].mark == 0x2D {
            if ClauseWords.hisHer.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// The state of the person who speaks, else of the person named last (in this sentence before
    /// `i`, else before it): "his country".
    func personsState(before i: Int, _ context: ArticleContext) -> ActorID? {
        let actors = extractor.lexicon.actors
        let named = input.matches.mentions.last { $0.form == .person && $0.last <= i }?.actor
        let person = speakerActor ?? named ?? context.lastPerson.flatMap { $0.paragraph >= input.paragraph - 1 ? $0.id : nil }
        guard let person else { return nil }
        return actors.standsFor(person).first { actors.actor(id: $0)?.kind == .state }
    }

    /// The latest actor named in this sentence before `token` that is not a holder of the clause
    /// nor a place ("met Syria's president in Saudi Arabia and urged him": not Saudi Arabia); for
    /// "him" and "her", a person or an office.
    func antecedent(before token: Int) -> ActorID? {
        let holders = Set(subjects.map(\.actor))
        let personal = ClauseWords.himHer.contains(tokens[token].lower)
        let found = input.matches.mentions.last { m in
            guard m.last <= token, !holders.contains(m.actor) else { return false }
            if personal { return m.form == .person || m.form == .role }
            return !(preposition(before: m.first).map { ClauseWords.locationPrepositions.contains($0) } ?? false)
        }
        return found.map { targetActor($0, $0.actor) }
    }

    /// Whether a stance cue comes within two tokens ("their push for", "their support").
    func stanceAhead(_ j: Int) -> Bool {
        for k in j..<min(tokens.count, j + 2) {
            if let match = cueAt[k].map({ input.cues[$0] }) { return cue(match).role == .stance }
        }
        return false
    }

    /// The stances compounds state by themselves: "Iran-aligned factions" and "factions aligned
    /// with Iran" support Iran (allied for aligned, supports for backed, and the backer supports
    /// them); "X, which unites Iran-aligned parties" passes the alignment to X.
    func emitRelations(_ context: inout ArticleContext) {
        let mentions = input.matches.mentions
        for relation in input.matches.relations where relation.kind != .led {
            if relation.holder == CompoundRelation.elsewhere {
                if let holder = elsewhereHolder(before: relation.token, &context) { addRelation(relation, group: holder, &context) }
                continue
            }
            guard let k = mentions.firstIndex(where: { $0.first <= relation.holder && relation.holder < $0.last }) else { continue }
            // "X, an alliance of Iran-backed groups": the alliance is X.
            let holder = collective(of: mentions[k])?.actor ?? mentions[k].actor
            addRelation(relation, group: holder, &context)
            // "X, which unites <holder>".
            var j = mentions[k].first - 1
            var modifiers = 0
            while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) || modifiers < 1,
                !ClauseWords.uniteVerbs.contains(tokens[j].lower)
            {
                if !ClauseWords.determiners.contains(tokens[j].lower) { modifiers += 1 }
                j -= 1
            }
            guard j >= 2, ClauseWords.uniteVerbs.contains(tokens[j].lower),
                ClauseWords.relativePronouns.contains(tokens[j - 1].lower)
            else { continue }
            var x = j - 2
            if tokens[x].kind == .punctuation { x -= 1 }
            guard x >= 0, let owner = mentions.last(where: { $0.last == x + 1 }) else { continue }
            add(owner.actor, relation.target, score: 0.5, token: j, &context)
        }
    }

    /// "the government", "the new/interim/central government" with nothing after it that names
    /// whose ("the government of X", "the government's").
    func governmentOfFocus(at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, ClauseWords.governmentAdjectives.contains(tokens[j].lower) { j -= 1 }
        guard j >= 0, tokens[j].lower == ActorWords.the else { return false }
        guard i + 1 < tokens.count else { return true }
        return tokens[i + 1].lower != ActorWords.of && !tokens[i + 1].isPossessive && mentionAt[i + 1] == nil
    }

    /// The latest group named earlier in this sentence that is not the holder ("threatened the
    /// Houthis and warned Iran against supporting the group").
    func groupNamed(before i: Int, _ context: ArticleContext) -> ActorID? {
        let holders = Set(subjects.map(\.actor))
        return input.matches.mentions.last { $0.last <= i && !holders.contains($0.actor) && isGroup($0.actor, context) }?.actor
    }

    /// The holder of a compound that names none: "X, a UAE-backed movement" → X (an appositive);
    /// "the Iran-backed group" → the latest group holder.
    func elsewhereHolder(before token: Int, _ context: inout ArticleContext) -> ActorID? {
        // token is the alignment word; the compound's actor starts two tokens earlier at most.
        var j = max(0, token - 2)
        // Past a compound before it: "a US-designated Iran-backed militia".
        while j >= 3, tokens[j - 1].isWord, ActorWords.alignWords[tokens[j - 1].lower] != nil, tokens[j - 2].mark == 0x2D,
            tokens[j - 3].isWord, tokens[j - 3].isCapitalized
        {
            var x = j - 3
            while x > 0, tokens[x - 1].isWord, tokens[x - 1].isCapitalized, mentionAt[x - 1] == nil { x -= 1 }
            j = x
        }
        var k = j - 1
        while k >= 0, tokens[k].isWord, ClauseWords.determiners.contains(tokens[k].lower) || ClauseWords.indefinite.contains(tokens[k].lower)
            || tokens[k].lower == ClauseWords.another
        {
            k -= 1
        }
        if k >= 1, tokens[k].isWord, ClauseWords.beForms.contains(tokens[k].lower),
            let m = input.matches.mentions.last(where: { $0.last <= k && $0.last >= k - 4 })
        {
            // "Hezbollah is another Iran-backed group": the subject.
            return m.actor
        }
        if k >= 1, tokens[k].kind == .punctuation,
            tokens[k].mark == 0x2C || tokens[k].mark == 0x2014 || tokens[k].mark == 0x2013 || (tokens[k].mark == 0x2D && tokens[k].spaceBefore),
            let m = input.matches.mentions.last(where: {
                $0.last == k || ($0.last == k - 1 && ClauseWords.groupNouns.contains(tokens[k - 1].lower))
            })
        {
            // "X, a UAE-backed movement", "the Hezbollah movement - another Iran-backed group".
            return m.actor
        }
        if j > 0, tokens[j - 1].lower == ActorWords.the {
            // "the Iran-backed group": a group named lately, never a state or an organisation.
            return context.recentHolder(group: true, paragraph: input.paragraph, groupsOnly: true)
        }
        return nil
    }

    /// "X-backed Y": X backs Y (one way: backing is X's act, and says nothing of Y's stance
    /// toward X); "Y aligned with X", "X-aligned Y": an alignment, which the codebook codes as a
    /// mutual relation, so both ways; "X's Y faction": Y is part of X, and "the pro-X Y": Y
    /// supports X (Y's stance only).
    private func addRelation(_ relation: CompoundRelation, group: ActorID, _ context: inout ArticleContext) {
        switch relation.kind {
        case .member:
            add(group, relation.target, score: 1, token: relation.token, rule: .affiliation, &context)
            return
        case .pro:
            add(group, relation.target, score: 0.5, token: relation.token, &context)
            return
        case .against:
            add(group, relation.target, score: -1, token: relation.token, &context)
            return
        case .designated:
            // "a US-designated militia": the designator opposes the group, as a listing does.
            add(relation.target, group, score: -0.7, token: relation.token, rule: .designation, &context)
            return
        case .aligned, .backed, .led: break
        }
        add(relation.target, group, score: 1, token: relation.token, &context)
        if relation.kind != .backed {
            add(group, relation.target, score: 1, token: relation.token, &context)
        }
    }

    private func add(
        _ source: ActorID, _ target: ActorID, score: Double, token: Int, rule: RuleClass = .alignment, _ context: inout ArticleContext
    ) {
        guard source != target else { return }
        // A compound ("the Iran-backed group") states a standing tie the page gives no time for,
        // whatever the sentence's act dates ("Iran-aligned groups have been attacking since
        // October 7" dates the attacks, not the alignment): it holds at no stated time. Dating it
        // from the page would tell a lie in every shift: a tie that "appeared" on the day a page
        // was written. (The real-news coders code such ties "now", the seed's and corpus/'s
        // null; the page evaluation takes both: `ArticleEvaluation.pageSpansAgree`.)
        let time = ResolvedTime(span: .always)
        context.drafts.append(
            Draft(
                source: source, target: target, topic: nil, score: score, sentence: input.range,
                order: (input.index, token), time: time, speaker: nil, speakerActor: nil,
                confidence: 0.7, key: RuleKey(rule: rule, polarity: score > 0 ? "+" : "-")))
    }
}
