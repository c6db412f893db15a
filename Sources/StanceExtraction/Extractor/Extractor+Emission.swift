import StanceModel

extension ClauseWalk {
    /// Tokens between holder and cue, or cue and target, beyond which a claim counts as `far`.
    static let nearTokens = 6

    /// Emits the claims of every holder toward `target` along `links` (plus a frame right after
    /// the target), if the chain holds a stance cue and the clause states one.
    func emit(
        target: ActorID, military: Bool, links: [ChainLink], after end: Int, mention: MatchedMention? = nil,
        factor: Double = 1, mutual: Bool = true, rule: RuleClass = .clause, _ context: inout ArticleContext
    ) {
        defer {
            if mention != nil {
                continuation = (links, end)
                chain = []
                hasHead = false
                emitted = true
            }
        }
        guard !suppressed, !hypothetical, !ambivalent, !(inContent && contentDenied) else { return }
        // "called on X to cease the attacks" asks X to act; "struck X to prevent an attack" is the
        // holder's purpose, which says nothing of X.
        let request = links.first { $0.cue.role == .stance }.map { $0.cue.score > 0 } ?? false
        let (post, postEnd) = mention == nil ? ([], end) : frames(after: end, request: request)
        let all = links + post
        guard let head = all.first(where: { $0.cue.role == .stance }) else { return }
        var holders = subjects
        var implicit = false
        // Reported speech with no holder of its own, or the speaker's own act before the quote
        // ("X's minister summoned the ambassador, warning ..."): the speaker's actor holds it.
        let afterSpeaker = input.speaker.map { $0.upperBound <= tokens[head.token].start } ?? false
        if holders.isEmpty, !needsNewSubject, inContent || afterSpeaker, let speaker = speakerActor {
            holders = [Holder(actor: speaker, factor: 0.9, end: -1)]
            implicit = true
        }
        guard !holders.isEmpty else { return }
        // "the rebel groups that overthrew the government": the government overthrown is the
        // state's former one, and the hostility held until it fell.
        var target = target
        var overthrown: TimePoint?
        if head.cue.overthrows,
            let former = extractor.lexicon.actors.lastFormerGovernment(of: target, before: resolver.published)
        {
            target = former.government
            overthrown = former.end
        }
        // "HTS seized control of Damascus on December 8": taking a capital is hostility to the
        // government that held it, the former one when that government fell with it (its end no
        // earlier than the act; an act the page leaves undated is taken as the fall).
        var captured: (start: TimePoint?, end: TimePoint)?
        if head.cue.captures, overthrown == nil, mention?.form == .capital,
            let former = extractor.lexicon.actors.lastFormerGovernment(of: target, before: resolver.published)
        {
            // (A date long before the fall is another clause's: "Assad, leader for 25 years, fled
            // after rebels took control of Damascus".)
            let said = sentenceTime()
            let start = said.phrase == nil ? nil : said.span.start.flatMap { $0.firstDay >= former.end.firstDay - 366 ? $0 : nil }
            if start.map({ $0.firstDay <= former.end.firstDay }) ?? true {
                target = former.government
                captured = (start, former.end)
            }
        }
        // "The US and Iraq launched a joint raid … that saw American troops hurt": co-holders of
        // one clause act together; the clause states no stance of one toward the other.
        if holders.count > 1, holders.contains(where: { $0.actor == target }) { return }
        let headIndex = all.firstIndex { $0.cue.role == .stance } ?? 0
        let lastStance = all.lastIndex { $0.cue.role == .stance } ?? 0
        // "urged him to normalize ties with Y": a tie asked of another is theirs to make; the
        // one who asks states no stance toward Y.
        if head.cue.requests, lastStance > headIndex, all[lastStance].cue.mutual { return }
        // "pressured X to expel Y", "pressure on X to cease its attacks": a request is for the
        // act it asks, whatever its own sign.
        let sign = all.indices.reduce(1.0) { $0 * (all[$1].cue.requests && $1 < all.count - 1 ? 1 : all[$1].cue.sign) }
        let reconsidered = all.contains { $0.cue.role == .reconsider }
        // "does not support X", "refused to recognise X": non-support (no claim, below); a
        // negation that turns an issue ("will not want U.S. forces to leave") keeps its sign.
        let negation = all[..<headIndex].lastIndex { $0.cue.role == .negator }
        let negated = negation != nil
        let turned = negation.map { n in all[(n + 1)...].contains { $0.cue.role == .frame || $0.cue.role == .operator } } ?? false
        // "suspended its attacks on X", "would end its strikes against X": the hostility ends
        // then; it is no support.
        let ceased = head.cue.score <= -0.75 && all[..<headIndex].contains { $0.cue.role == .operator && $0.cue.sign < 0 }
            && !negated
        // "X is no longer calling for the withdrawal of Y": the stance held until then, and ended.
        // ("no longer restricts arms sales" turns an operator: it lifts them, as before.)
        let noLonger = negation.map { n in
            ClauseWords.endingNegators.contains(all[n].cue.phrase) && n + 1 < all.count && all[n + 1].cue.role == .stance
        } ?? false
        let score = noLonger && !reconsidered
            ? -sign * abs(head.cue.score)
            : reconsidered || (negated && !turned) ? 0 : (ceased ? head.cue.score : sign * abs(head.cue.score))
        // A negation states no stance ("will not support X", "is not interested in a conflict
        // with Y"): the codebook codes none. A holder that reconsiders ("reevaluates its push")
        // stands neutral, and says so.
        if score == 0, !reconsidered { return }
        let topicKind = all.last(where: { $0.cue.role == .frame })?.cue.topic
            ?? (military && all.contains { $0.cue.role == .operator || $0.cue.role == .frame } ? "troop-presence" : nil)
        var topic: Topic?
        if let topicKind {
            let place = self.place(after: postEnd) ?? context.focus
            topic = makeTopic(kind: topicKind, target: target, place: place == target ? nil : place, &context)
            context.lastFrameTarget = (target, military)
        }
        var confidence = 0.8 * factor
        if hedged { confidence *= 0.7 }
        if head.cue.weak { confidence *= 0.85 }
        let adHocTarget = context.adHoc[target] != nil || context.candidateNames[target] != nil
        if adHocTarget { confidence *= 0.9 }
        let polarity = score > 0 ? "+" : (score < 0 ? "-" : "0")
        // The sentence's time, and the claim's (narrowed below to its own words where they say more).
        let said = sentenceTime()
        var time = said
        // "Security sources said on Thursday that the strikes on Wednesday were meant to ...": a
        // stance the content reports (not the speaker's own) holds at the content's time when the
        // content dates it ("on Wednesday", "in 2019"); the speaker's date is when it was said.
        if inContent, !implicit, time.phrase != nil, let own = contentTime() {
            time = own
        }
        // "the PKK, listed as a terror organization by Türkiye, the US and the EU": a listing in
        // an apposition, with no verb of its own ("are designated" has one, and holds now), is
        // background the page gives in passing: it holds when its own words date it ("listed by
        // the US in 1997"), else at no stated time, like "the Iran-backed group".
        if rule == .designation, holders.allSatisfy({ $0.end > head.token }), head.token > 0,
            !ClauseWords.beForms.contains(tokens[head.token - 1].lower)
        {
            let utf8 = input.text.utf8
            let verb = utf8.index(utf8.startIndex, offsetBy: tokens[head.token].start)
            let own = resolver.validTime(in: input.text, sentence: input.range, clause: verb..<input.range.upperBound)
            time = own.phrase == nil ? ResolvedTime(span: .always) : own
        }
        // "Turkey, Azerbaijan's closest ally, has kept the border shut since 1993", "since their
        // ally Hamas and Israel started fighting on October 7": a relation noun with no verb of
        // its own ("is Y's closest partner" has one) describes a standing tie, and the sentence's
        // time is its main clause's. The tie holds when its own words date it ("Y's ally since
        // 2015"), else at no stated time, like "the Iran-backed group".
        // So does an affiliation in an apposition after its noun ("Hezbollah's patron, Iran,",
        // "Assad's backers, Russia and Iran"), not one with a verb ("Y includes X").
        let appositive = rule == .affiliation && head.token + 2 < tokens.count
            && (1...2).contains { tokens[head.token + $0].kind == .punctuation && tokens[head.token + $0].mark == 0x2C }
            && holders.allSatisfy { $0.end > head.token + 1 }
        if appositive || rule == .relationNoun,
            holders.allSatisfy({ h in h.end < 0 || !(min(h.end, head.token)..<head.token).contains { ClauseWords.beForms.contains(tokens[$0].lower) } })
        {
            // "their ally Hamas" is the noun phrase alone; "X, Y's ally since 2015," runs to its comma.
            let possessed = holders.contains { $0.end < 0 }
            let own = resolver.validTime(in: input.text, sentence: input.range, clause: apposition(around: head.token, through: end, toPunctuation: !possessed))
            time = own.phrase == nil ? ResolvedTime(span: .always) : own
        }
        if ceased || (noLonger && !reconsidered) {
            let end = time.span.start ?? resolver.published
            time = ResolvedTime(span: TimeSpan(from: nil, until: end) ?? time.span, phrase: time.phrase)
        }
        if let overthrown, let span = TimeSpan(from: nil, until: overthrown) {
            time = ResolvedTime(span: span, phrase: time.phrase)
        }
        if let captured, let span = TimeSpan(from: captured.start, until: captured.end) {
            time = ResolvedTime(span: span, phrase: time.phrase)
        }
        // "the fall of Iran's ally Assad", "Assad's backers" in a sentence dated by his fall: a
        // stance toward (or of) the fallen actor held until the fall, not from it; so does a tie
        // the page gives no time of its own ("X, Assad's closest ally, lost its sway with his fall").
        let fallen = said.span.end == nil && said.span.start != nil ? fallenActor(before: tokens.count) : nil
        for holder in holders where holder.actor != target {
            var time = time
            // Opposition to the fallen actor stated after the fall ("hailed the overthrow of X")
            // is a stance taken then; the acts that brought the fall (its offensives, `fallOf`; an
            // overthrow or takeover) ended with it.
            let downfallAct = rule == .fallOf || head.cue.overthrows || head.cue.takesOver
            if let fallen, fallen == holder.actor || (fallen == target && (score > 0 || downfallAct)),
                let start = time.span.start ?? said.span.start
            {
                // The fall of a government the lexicon ends (or of the person who spoke for it) is its end.
                let until = [start, governmentEnd(of: fallen, orWhomItSpeaksFor: true)].compactMap { $0 }.min() ?? start
                time = ResolvedTime(span: TimeSpan(from: nil, until: until) ?? time.span, phrase: time.phrase)
            } else if time.span.end == nil, let start = time.span.start ?? said.span.start,
                let end = [governmentEnd(of: target, during: time.span), governmentEnd(of: holder.actor, during: time.span)].compactMap({ $0 }).min(),
                end.firstDay <= resolver.published.firstDay
            {
                if let from = time.span.start, from.firstDay < end.firstDay {
                    // "In late November, rebels launched an offensive against the Assad regime" on
                    // a page after it fell: a stance toward (or of) a government held until its end.
                    time = ResolvedTime(span: TimeSpan(from: from, until: end) ?? time.span, phrase: time.phrase, isPast: time.isPast)
                } else if start.firstDay >= end.firstDay, score > 0 || governmentEnd(of: holder.actor) != nil {
                    // "Assad's backers, Russia and Iran" on a page dated after his regime fell:
                    // backing of (or by) a government that had ended held until its end, not from
                    // the page's date (opposition stated then is a stance taken then).
                    time = ResolvedTime(span: TimeSpan(from: nil, until: end) ?? time.span, phrase: time.phrase)
                }
            }
            let targetStart = mention?.first ?? end
            let far = (holder.end >= 0 && head.token - holder.end > Self.nearTokens) || targetStart - head.token > Self.nearTokens
            let key = RuleKey(
                rule: rule, polarity: polarity, implicitHolder: implicit || holder.factor < 1, hedged: hedged || head.cue.weak,
                adHoc: adHocTarget || context.adHoc[holder.actor] != nil || context.candidateNames[holder.actor] != nil,
                far: far)
            let draft = Draft(
                source: holder.actor, target: target, topic: topic, score: score, sentence: input.range,
                order: (input.index, head.token), time: time, speaker: inContent ? speakerText : nil,
                speakerActor: inContent ? speakerActor : nil, confidence: min(1, confidence * holder.factor), key: key)
            context.drafts.append(draft)
            if head.cue.mutual, mutual, !reconsidered {
                var reverse = draft
                reverse.source = target
                reverse.target = holder.actor
                reverse.topic = nil
                reverse.key.rule = .mutualReverse
                context.drafts.append(reverse)
            }
        }
    }

    /// The time of what reported speech says, when its own words date it (read once a sentence).
    func contentTime() -> ResolvedTime? {
        if let cached = reportedTime { return cached }
        var found: ResolvedTime?
        if let content = input.attribution.map({ reported($0.content) }),
            resolver.mentions(in: input.text, range: content).contains(where: { ($0.kind == .date || $0.kind == .relative) && $0.point != nil })
        {
            found = resolver.validTime(in: input.text, sentence: input.range, clause: content)
        }
        reportedTime = .some(found)
        return found
    }

    /// The words of an apposition around token `k` through token `end`: back over at most three
    /// words to the punctuation before it, and on to the punctuation after `end` if `toPunctuation`.
    func apposition(around k: Int, through end: Int, toPunctuation: Bool) -> Range<String.Index> {
        func boundary(_ t: StanceToken) -> Bool { t.kind == .punctuation && t.mark != 0x2D && t.mark != 0x2019 && t.mark != 0x27 }
        var first = k
        while first > 0, first > k - 3, !boundary(tokens[first - 1]) { first -= 1 }
        var last = max(k, min(end, tokens.count - 1))
        while toPunctuation, last + 1 < tokens.count, !boundary(tokens[last + 1]) { last += 1 }
        let utf8 = input.text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: tokens[first].start)
        let upper = utf8.index(utf8.startIndex, offsetBy: tokens[last].end)
        return lower..<min(upper, input.range.upperBound)
    }

    /// What reported speech says, past the reporting verb's own words before its "that" ("said
    /// on Thursday that ..."): `content` from after that "that", when no actor comes before it.
    func reported(_ content: Range<String.Index>) -> Range<String.Index> {
        let utf8 = input.text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: content.lowerBound)
        guard let first = tokens.firstIndex(where: { $0.start >= start }) else { return content }
        for k in first..<min(tokens.count - 1, first + 8) {
            if mentionAt[k] != nil { return content }
            guard tokens[k].lower == ClauseWords.that else { continue }
            let from = utf8.index(utf8.startIndex, offsetBy: tokens[k + 1].start)
            return from < content.upperBound ? from..<content.upperBound : content
        }
        return content
    }

    /// When the government of a claim of `span` by or toward `actor` ended: the actor's own
    /// (`governmentEnd(of:)`), or, for a state, that of the former government that stood for it
    /// when the span began (Syria before 2024-12-08 is the Assad regime).
    func governmentEnd(of actor: ActorID, during span: TimeSpan) -> TimePoint? {
        governmentEnd(of: actor) ?? extractor.lexicon.actors.formerGovernment(of: actor, during: span).flatMap { governmentEnd(of: $0) }
    }

    /// When a government ended, as the lexicon has it: the end of its membership of its state
    /// ("the Assad regime", Syria's government until 2024-12-08); with `speaking`, also for a
    /// person who speaks for it (Assad); nil for any other actor.
    func governmentEnd(of actor: ActorID, orWhomItSpeaksFor speaking: Bool = false) -> TimePoint? {
        extractor.lexicon.actors.governmentEnd(of: actor, orWhomItSpeaksFor: speaking)
    }

    /// Runs `body` with the clause's holders set aside for `holders` — a stance read apart from
    /// the clause's own (a tie, a designation, "X, which Y has blamed") — then gives them back;
    /// the chain starts anew.
    func withHolders(_ holders: [Holder], _ body: () -> Void) {
        let saved = subjects
        subjects = holders
        body()
        subjects = saved
        resetChain()
    }

    /// Frames right after a target: "U.S. withdrawal", "American forces to finally leave",
    /// "the coalition’s military mission".
    func frames(after end: Int, request: Bool = true) -> ([ChainLink], Int) {
        var j = end
        var gap = 0
        while j < tokens.count, gap <= 5 {
            let t = tokens[j]
            if let match = cueAt[j].map({ input.cues[$0] }) {
                let found = cue(match)
                if found.role == .frame { return ([ChainLink(cue: found, token: j)], match.last) }
                // "called on X to cease the attacks", "urged X to keep": an infinitive turns the stance.
                if found.role == .operator, request, (end..<j).contains(where: { tokens[$0].lower == ClauseWords.to }) {
                    return ([ChainLink(cue: found, token: j)], match.last)
                }
                return ([], end)
            }
            let quote = t.kind == .punctuation && (t.mark == 0x22 || t.mark == 0x201C || t.mark == 0x201D)
            guard t.isPossessive || quote || (t.isWord && ClauseWords.frameGap.contains(t.lower))
                || (t.kind == .punctuation && t.mark == 0x2D && !t.spaceBefore)
            else { return ([], end) }
            gap += 1
            j += 1
        }
        return ([], end)
    }

    /// The place a frame names right after it: "from Iraq", "in Iraq".
    func place(after end: Int) -> ActorID? {
        let lastPlace = placeBefore
        var j = end
        while j < tokens.count, j < end + 6 {
            let t = tokens[j]
            if t.isWord, ClauseWords.placePrepositions.contains(t.lower) {
                var k = j + 1
                while k < tokens.count, tokens[k].isWord, ClauseWords.determiners.contains(tokens[k].lower) { k += 1 }
                if let m = mentionAt[k].map({ input.matches.mentions[$0] }), let entry = m.entry {
                    return extractor.lexicon.actors.entries[Int(entry)].id
                }
                if k < tokens.count, ClauseWords.country.contains(tokens[k].lower) { return lastPlace }
                return nil
            }
            if t.kind == .punctuation || mentionAt[j] != nil { return nil }
            j += 1
        }
        return nil
    }

    /// The topic of a frame about `target` in `place`: id `{target}-{kind}-{place}`, label
    /// "{target short name} {kind label} in {place}" ("us-troop-presence-iraq", "U.S. troop presence in Iraq").
    func makeTopic(kind: String, target: ActorID, place: ActorID?, _ context: inout ArticleContext) -> Topic {
        let lexicon = extractor.lexicon.actors
        let entry = lexicon.actor(id: target)
        let short = entry?.shortSlug ?? target.rawValue
        let shortName = entry?.shortName ?? context.adHoc[target]?.name ?? target.rawValue
        let kindLabel = extractor.lexicon.cues.topic(id: kind)?.label ?? kind.replacingOccurrences(of: "-", with: " ")
        var id = "\(short)-\(kind)"
        var label = "\(shortName) \(kindLabel)"
        if let place {
            id += "-\(lexicon.actor(id: place)?.shortSlug ?? place.rawValue)"
            label += " in \(lexicon.actor(id: place)?.name ?? place.rawValue)"
        }
        let topic = Topic(id: TopicID(id), label: label)
        context.topics[topic.id] = topic
        return topic
    }

    /// When the sentence's stances hold, read once.
    func sentenceTime() -> ResolvedTime {
        if let time { return time }
        let (resolved, events) = resolver.sentenceTime(in: input.text, sentence: input.range, tokens: input.wordTokens)
        time = resolved
        timeEvents = events
        return resolved
    }
}
