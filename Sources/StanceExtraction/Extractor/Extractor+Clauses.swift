import StanceModel

/// Which mention or cue (by index) starts at each token.
struct TokenIndex {
    private var slots: [Int32]

    init(count: Int) { slots = [Int32](filled: -1, count: count) }

    mutating func set(_ token: Int, _ index: Int) {
        if token >= 0 && token < slots.count { slots[token] = Int32(index) }
    }

    @inline(__always) subscript(token: Int) -> Int? {
        guard token >= 0, token < slots.count, slots[token] >= 0 else { return nil }
        return Int(slots[token])
    }
}

/// A holder of the stances of a clause, with how sure the extractor is of it.
struct Holder: Sendable {
    var actor: ActorID
    /// Multiplies confidence: 1 for a named actor, less for one read from "they" or "many leaders".
    var factor: Double
    /// The token after the holder's mention (for compounds "X and Y"), or -1.
    var end: Int
    /// The person named, when the holder is what a person speaks for: the target when the
    /// clause turns out passive ("He was designated a terrorist by Y").
    var person: ActorID? = nil
}

/// A cue in the chain from the holder to the target.
struct ChainLink: Sendable {
    var cue: Cue
    var token: Int
}

/// The walk over one sentence: holders, chains of cues and targets, left to right.
///
/// Rules (all general English patterns):
/// - The holder of a clause is the last actor mention not governed by a preposition, or one
///   directly followed by a stance word ("the coalition fighting IS", "the Hamas attack",
///   "the U.S.-led invasion"); "X and Y" gives two holders. Inside reported speech with no holder
///   of its own, the speaker's actor holds it; "we", "many leaders" resolve to the speaker;
///   "they", "these groups" to recent holders.
/// - Cues since the holder form a chain; the first actor reached after a stance cue is the target
///   (actors after "in", "from", "across"... are places). Polarity is the product of the cues'
///   signs and any frame right after the target ("U.S. forces to leave", "the U.S. exit").
/// - A clause ends at ; : — ( ) and at "but", "while", "however"; a comma ends the chain but keeps
///   the holder. Conditions ("if"), negated statements ("no statement"), and coordinated stances of
///   opposite signs ("both adversaries and allies") state nothing.
final class ClauseWalk {
    let input: SentenceInput
    let extractor: Extractor
    let resolver: TimeResolver
    var tokens: [StanceToken] { input.tokens }

    // The walk's state is read and written at nearly every token, and a class's stored property
    // costs a runtime exclusivity check (swift_beginAccess) at each access: about 2% of extraction
    // time. The walk runs on one thread and never holds two accesses to one property at once.
    @exclusivity(unchecked) var mentionAt: TokenIndex
    @exclusivity(unchecked) var cueAt: TokenIndex
    @exclusivity(unchecked) var subjects: [Holder] = []
    @exclusivity(unchecked) var chain: [ChainLink] = []
    @exclusivity(unchecked) var hasHead = false
    @exclusivity(unchecked) var emitted = false
    @exclusivity(unchecked) var hedged = false
    @exclusivity(unchecked) var hypothetical = false
    /// An "if"-clause ended at the last comma: a modal after it makes its consequence hypothetical.
    @exclusivity(unchecked) var conditionPending = false
    /// The sentence opens with a prepositional phrase ("Following a call between X and Y, …")
    /// that its first comma ends.
    @exclusivity(unchecked) var introPhrase = false
    @exclusivity(unchecked) var suppressed = false
    @exclusivity(unchecked) var ambivalent = false
    @exclusivity(unchecked) var needsNewSubject = false
    @exclusivity(unchecked) var pronounFrame = false
    @exclusivity(unchecked) var continuation: (links: [ChainLink], end: Int)?
    @exclusivity(unchecked) var inContent = false
    /// Whether the sentence's reporting verb denies what it reports ("Kabul denies sheltering the
    /// group"): a denial states no stance, as a negation does not. (Read only when a claim is
    /// made.)
    lazy var contentDenied: Bool = {
        guard let verb = input.attribution?.verb else { return false }
        return input.text[verb].lowercased().hasPrefix("den")
    }()
    @exclusivity(unchecked) var speakerText: String?
    @exclusivity(unchecked) var speakerActor: ActorID?
    @exclusivity(unchecked) var time: ResolvedTime?
    /// The events the sentence names, read with `time` (the claims' events are listed from them).
    @exclusivity(unchecked) var timeEvents: [String]?
    /// `contentTime()`, once read: nil before, `.some(nil)` when the content gives no date.
    @exclusivity(unchecked) var reportedTime: ResolvedTime??
    @exclusivity(unchecked) var skipped: Set<Int> = []
    /// The main clause's holders while a relative clause ("…, which …") has its own.
    @exclusivity(unchecked) var relativeSaved: [Holder]?
    /// Cues already read with a mention before them ("Y's ally").
    @exclusivity(unchecked) var consumedCues: Set<Int> = []
    /// The latest state named as a place before this sentence's chain ("the country").
    @exclusivity(unchecked) var placeBefore: ActorID?
    /// The token after the latest place named ("from Lebanon"), so that the states listed after it
    /// ("from Lebanon, Yemen and Syria") are places too.
    @exclusivity(unchecked) var placeListEnd: Int?

    init(input: SentenceInput, extractor: Extractor, resolver: TimeResolver) {
        self.input = input
        self.extractor = extractor
        self.resolver = resolver
        mentionAt = TokenIndex(count: input.tokens.count)
        cueAt = TokenIndex(count: input.tokens.count)
        for (k, m) in input.matches.mentions.enumerated() { mentionAt.set(m.first, k) }
        for (k, cue) in input.cues.enumerated() { cueAt.set(cue.first, k) }
    }

    func cue(_ match: MatchedCue) -> Cue { extractor.lexicon.cues.cues[Int(match.cue)] }

    func run(_ context: inout ArticleContext) {
        placeBefore = context.lastPlace
        resolveSpeaker(&context)
        emitReportingObject(&context)
        if input.matches.mentions.count >= 2 {
            // Ties, affiliations, downfalls, designations and aided fights each relate two named
            // actors: a sentence naming fewer has none to read.
            emitTies(&context)
            emitAffiliations(&context)
            emitDownfalls(&context)
            emitDesignations(&context)
            emitAidedFights(&context)
        }
        emitRelations(&context)
        introPhrase = !tokens.isEmpty && ClauseWords.introPrepositions.contains(tokens[0].lower)
        var i = 0
        let n = tokens.count
        // The word sets read at every token, loaded once (a static is a lazy global: each read
        // would check its initialization).
        let relativePronouns = ClauseWords.relativePronouns
        let subordinators = ClauseWords.subordinators
        let clauseBreaks = ClauseWords.clauseBreaks
        let aims = ClauseWords.aims
        let whose = ClauseWords.whose
        let considering = ClauseWords.considering
        let speculativeModals = ClauseWords.speculativeModals
        let triggers = ClauseWords.walkTriggers
        while i < n {
            let token = tokens[i]
            if inSpeakerOrVerb(token.start) {
                if let k = mentionAt[i] { i = max(i + 1, input.matches.mentions[k].last) } else { i += 1 }
                continue
            }
            let nowInContent = input.content?.contains(token.start) ?? false
            if nowInContent != inContent {
                endClause(&context)
                subjects = []
                continuation = nil
                inContent = nowInContent
            }
            if token.kind == .punctuation, token.mark == 0x28, let k = mentionAt[i + 1],
                input.matches.mentions[k].last < tokens.count, tokens[input.matches.mentions[k].last].mark == 0x29
            {
                // "the Syrian Democratic Forces (SDF)": a gloss, not a new clause or holder.
                i = input.matches.mentions[k].last + 1
                continue
            }
            if token.kind == .punctuation, token.mark == 0x28, i + 2 < n, tokens[i + 1].isWord, tokens[i + 2].mark == 0x29 {
                // "(IRGC)", "(LC)": a one-word gloss, not a new clause.
                i += 3
                continue
            }
            if token.kind == .punctuation {
                handlePunctuation(token, &context)
                i += 1
                continue
            }
            if relativePronouns.contains(token.lower), hasHead, i > 0, tokens[i - 1].isWord,
                !input.cues.contains(where: { $0.last == i }), subjectFollows(i + 1)
            {
                // "a cycle of violence that Iraqi officials said threatened …": a relative clause
                // with a subject of its own; the main clause's holder holds nothing in it. ("urged
                // that the US leave" is the urging's content: "that" right after the cue.)
                endClause(&context)
                subjects = []
                continuation = nil
                i += 1
                continue
            }
            if relativePronouns.contains(token.lower), hasHead, !emitted, describesAct(before: i) {
                // "Jordan condemned the attack that killed three US soldiers": the relative clause
                // tells what the attack did, not what the condemning holder did.
                resetChain()
                subjects = []
                continuation = nil
                i += 1
                continue
            }
            if relativePronouns.contains(token.lower), i >= 1, !hasHead, let next = objectRelative(at: i, &context) {
                i = next
                continue
            }
            if relativePronouns.contains(token.lower), !hasHead, describesClause(before: i) {
                // "…, a move that has caused tensions with X": the relative clause tells of the
                // move, which no actor of the sentence holds.
                relativeSaved = relativeSaved ?? subjects
                subjects = []
                continuation = nil
                i += 1
                continue
            }
            if relativePronouns.contains(token.lower), !hasHead, let head = appositiveHead(before: i),
                !subjects.contains(where: { $0.actor == head.actor })
            {
                // "the Islamic Resistance in Iraq, an umbrella group of armed factions that launched
                // strikes on US forces": the actor the appositive describes holds the relative clause.
                relativeSaved = subjects
                subjects = [Holder(actor: head.actor, factor: 0.9, end: i)]
                i += 1
                continue
            }
            if relativePronouns.contains(token.lower), i >= 2, tokens[i - 1].mark == 0x2C,
                let k = mention(endingAt: i - 1), !hasHead
            {
                // "X fled to Y, which had backed him": Y holds the relative clause; the main
                // holder comes back at the clause's end (also when Y is that holder: "Y, which Z
                // lists, attacked W" is Y's attack, not Z's).
                let m = input.matches.mentions[k]
                relativeSaved = subjects
                if !subjects.contains(where: { $0.actor == m.actor }) {
                    subjects = [Holder(actor: m.actor, factor: 1, end: m.last)]
                }
                i += 1
                continue
            }
            // One look-up for the words of the rules below, which most tokens are not.
            let trigger = triggers.contains(token.lower)
            if trigger, aims.contains(token.lower), i + 1 < n, tokens[i + 1].lower == ClauseWords.to, let k = mention(endingAt: i),
                isGroup(input.matches.mentions[k].actor, context), !subjects.contains(where: { $0.actor == input.matches.mentions[k].actor })
            {
                // "a backer of opposition groups aiming to topple Assad": the groups aim; the
                // main holder comes back at the clause's end.
                let group = input.matches.mentions[k]
                endClause(&context)
                relativeSaved = relativeSaved ?? subjects
                subjects = [Holder(actor: holderActor(group, &context), factor: 0.9, end: group.last)]
                i += 1
                continue
            }
            if trigger, token.lower == whose, i >= 2, tokens[i - 1].mark == 0x2C, let k = mention(endingAt: i - 1), !hasHead,
                let noun = (i + 1..<min(tokens.count, i + 4)).first(where: { ClauseWords.groupNouns.contains(tokens[$0].lower) })
            {
                // "Sharaa, whose Islamist group led the overthrow of X": the group holds the
                // relative clause, not the person; a group the lexicon does not give holds nothing.
                relativeSaved = subjects
                let group = ownGroup(of: input.matches.mentions[k])
                subjects = group.map { [Holder(actor: $0, factor: 0.85, end: noun + 1)] } ?? []
                i = noun + 1
                continue
            }
            if subordinators.contains(token.lower), subjectFollows(i + 1) || unnamedSubjectFollows(i + 1) {
                // "… since Hamas and Israel started fighting": a subordinate clause with a subject
                // of its own; the main clause's holder holds nothing in it.
                endClause(&context)
                subjects = []
                continuation = nil
                hypothetical = false
                i += 1
                continue
            }
            if conditionPending, ClauseWords.conditionalModals.contains(token.lower) {
                hypothetical = true
            }
            if trigger, considering.contains(token.lower), i + 1 < n, tokens[i + 1].isWord,
                ClauseWords.endsInIng(tokens[i + 1], text: input.text)
            {
                // "Turkey has considered cooperating with Syria": a possibility weighed.
                hypothetical = true
            }
            if trigger, speculativeModals.contains(token.lower) {
                // "they could become a target for the US": a possibility, which the codebook
                // does not code.
                hypothetical = true
            }
            if clauseBreaks.contains(token.lower) {
                endClause(&context)
                continuation = nil
                hypothetical = false
                suppressed = false
                i += 1
                continue
            }
            if let k = mentionAt[i] {
                let mention = input.matches.mentions[k]
                if !skipped.contains(mention.first) { handleMention(mention, &context) }
                i = max(i + 1, mention.last)
                continue
            }
            if let match = cueAt[i].map({ input.cues[$0] }) {
                if !consumedCues.contains(match.first) { handleCue(match, &context) }
                i = max(i + 1, match.last)
                continue
            }
            i = handlePlaceholder(at: i, &context)
        }
        endClause(&context)
    }

    /// The armed group, party or faction a person belongs to, per the lexicon.
    func ownGroup(of m: MatchedMention) -> ActorID? {
        guard m.form == .person, let entry = m.entry else { return nil }
        let actors = extractor.lexicon.actors
        return actors.entries[Int(entry)].memberships.map(\.parent).first { parent in
            guard let kind = actors.actor(id: parent)?.kind else { return false }
            return kind == .armedGroup || kind == .party || kind == .faction
        }
    }

    /// Whether an unnamed group follows a subordinator as its subject, within three words: "since
    /// 2011 when Takfiri terrorists trickled in" (the main clause's holder holds nothing after).
    func unnamedSubjectFollows(_ start: Int) -> Bool {
        var j = start
        while j < tokens.count, j < start + 3, tokens[j].isWord, mentionAt[j] == nil, cueAt[j] == nil {
            if ClauseWords.unnamedGroups.contains(tokens[j].lower) {
                return j + 1 < tokens.count && tokens[j + 1].isWord && !ClauseWords.objectPrepositions.contains(tokens[j + 1].lower)
            }
            j += 1
        }
        return false
    }

    /// Whether a subject follows a subordinator: a named actor after at most three lowercase words
    /// ("since their ally Hamas and Israel started"), itself followed by a word that is no
    /// preposition ("after the U.S. strikes" has a noun, "after the fall of X" none).
    func subjectFollows(_ start: Int) -> Bool {
        var j = start
        var words = 0
        while j < tokens.count, mentionAt[j] == nil, words < 3, tokens[j].isWord {
            j += 1
            words += 1
        }
        guard let k = mentionAt[j] else { return false }
        let m = input.matches.mentions[k]
        return m.last < tokens.count && tokens[m.last].isWord && !ClauseWords.objectPrepositions.contains(tokens[m.last].lower)
            && !ClauseWords.locationPrepositions.contains(tokens[m.last].lower)
    }

    func inSpeakerOrVerb(_ byte: Int) -> Bool {
        (input.speaker?.contains(byte) ?? false) || (input.verb?.contains(byte) ?? false)
    }

    func handlePunctuation(_ token: StanceToken, _ context: inout ArticleContext) {
        switch token.mark {
        case 0x2C:  // comma: the chain ends, the holder stays
            endClause(&context, keepContinuation: true)
            if introPhrase {
                // "Following a call between Rubio and Sudani, the State Department voiced …": the
                // actors of an opening prepositional phrase hold nothing in the main clause.
                introPhrase = false
                if !emitted {
                    subjects = []
                    continuation = nil
                }
            }
            // "If an American were killed, the US would attack Iran": the clause after an
            // "if"-clause is the condition's consequence when a modal says so.
            conditionPending = hypothetical
            hypothetical = false
            if let saved = relativeSaved {
                subjects = saved
                relativeSaved = nil
            }
        case 0x3B, 0x3A, 0x28, 0x29, 0x2014, 0x2013, 0x5B, 0x5D:
            endClause(&context)
            continuation = nil
            hypothetical = false
            conditionPending = false
            suppressed = false
        case 0x2D where token.spaceBefore:  // a spaced hyphen used as a dash
            endClause(&context)
            continuation = nil
        default:
            break
        }
    }

    func resetChain() {
        chain = []
        hasHead = false
        emitted = false
        pronounFrame = false
        ambivalent = false
    }

    /// Ends a chain: a stance on "their continued presence" with no target named goes to the
    /// latest target of a topic.
    func endClause(_ context: inout ArticleContext, keepContinuation: Bool = false) {
        emitReciprocal(&context)
        if hasHead, !emitted, pronounFrame, let target = context.lastFrameTarget,
            chain.contains(where: { $0.cue.role == .frame })
        {
            emit(target: target.actor, military: target.military, links: chain, after: tokens.count, factor: 0.8, rule: .pronounFrame, &context)
        }
        resetChain()
        if !keepContinuation { continuation = nil }
    }

    /// The preposition governing a mention starting at token `first`, if any.
    func preposition(before first: Int) -> UInt64? {
        var j = first - 1
        while j >= 0, (tokens[j].isWord && ClauseWords.determiners.contains(tokens[j].lower)) || Self.isOpeningQuote(tokens[j]) {
            j -= 1
        }
        guard j >= 0, tokens[j].isWord else { return nil }
        let word = tokens[j].lower
        return ClauseWords.objectPrepositions.contains(word) || ClauseWords.locationPrepositions.contains(word) ? word : nil
    }

    /// Whether "by" before a mention follows a past participle that states no stance ("talks
    /// mediated by Oman", "a meeting hosted by Qatar").
    func agentOfParticiple(_ m: MatchedMention) -> Bool {
        var j = m.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
        guard j >= 1, tokens[j].lower == ClauseWords.by, tokens[j - 1].isWord, cueAt[j - 1] == nil,
            !input.cues.contains(where: { $0.first < j && $0.last >= j })
        else { return false }
        return ClauseWords.endsInEd(tokens[j - 1], text: input.text)
    }

    /// Whether a relative pronoun ends an indefinite appositive of a clause: "…, a move that",
    /// "…, a decision which" (a comma, "a" or "an", at most five words, no actor, no group noun).
    func describesClause(before i: Int) -> Bool {
        var j = i - 1
        var words = 0
        while j > 0, words < 6, tokens[j].isWord || tokens[j].mark == 0x2D {
            if mentionAt[j] != nil || ClauseWords.groupNouns.contains(tokens[j].lower) { return false }
            j -= 1
            words += 1
        }
        return j >= 1 && tokens[j].mark == 0x2C && j + 1 < i && ClauseWords.indefinite.contains(tokens[j + 1].lower)
    }

    /// The actor an indefinite appositive describes, when a relative pronoun ends it: "X, an
    /// umbrella group of armed factions that …" → X. Words only between the comma and the pronoun
    /// (at most twelve), the first of them "a" or "an", one of them a group noun ("a move that …"
    /// describes a clause, not an actor); the actor a group, not a state.
    func appositiveHead(before i: Int) -> MatchedMention? {
        var j = i - 1
        var words = 0
        while j > 0, words < 12, tokens[j].isWord || tokens[j].mark == 0x2D || tokens[j].mark == 0x2019 || tokens[j].mark == 0x27 {
            if let k = mentionAt[j], input.matches.mentions[k].form != .demonym { return nil }
            j -= 1
            words += 1
        }
        guard j >= 1, tokens[j].mark == 0x2C, j + 1 < i, ClauseWords.indefinite.contains(tokens[j + 1].lower),
            (j + 1..<i).contains(where: { ClauseWords.groupNouns.contains(tokens[$0].lower) }),
            let k = mention(endingAt: j)
        else { return nil }
        let m = input.matches.mentions[k]
        let isState = m.entry.map { extractor.lexicon.actors.entries[Int($0)].kind == .state } ?? false
        return isState ? nil : m
    }

    /// Whether a mention is the head of "most/many/some of (the) X": a part of X, the clause's
    /// subject, not the object of "of".
    func quantified(_ m: MatchedMention) -> Bool {
        var j = m.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
        guard j >= 1, tokens[j].lower == ActorWords.of else { return false }
        return ClauseWords.quantifiers.contains(tokens[j - 1].lower)
    }

    /// An opening quotation mark, which stands between a preposition and its object ("blamed the
    /// attack on “Iran-backed militant groups”").
    static func isOpeningQuote(_ token: StanceToken) -> Bool {
        token.kind == .punctuation && (token.mark == 0x201C || (token.mark == 0x22 && token.spaceBefore))
    }

    /// Whether the relative pronoun at `i` describes an act the holder took a stance on: the chain
    /// holds a stance verb and ends in an act noun right before the pronoun ("condemned the
    /// terrorist attack that …"). "launched an attack that …" has the holder as the actor, and
    /// is not one.
    func describesAct(before i: Int) -> Bool {
        guard let last = chain.last, last.cue.role == .stance, last.cue.partOfSpeech == "noun", last.cue.score < 0,
            i - last.token <= 2, chain.count >= 2
        else { return false }
        return chain.dropLast().contains { $0.cue.role == .stance && $0.cue.partOfSpeech == "verb" }
    }

    /// Whether a stance cue follows a mention closely enough to be its own ("the Hamas attack",
    /// "the coalition fighting", "the U.S.-led invasion", "Iraqi government inquiries").
    func stanceFollows(_ m: MatchedMention) -> Bool {
        var j = m.last
        var words = 0
        while j < tokens.count {
            let t = tokens[j]
            if t.isPossessive || (t.kind == .punctuation && t.mark == 0x2D && !t.spaceBefore) {
                j += 1
                continue
            }
            if let match = cueAt[j].map({ input.cues[$0] }) { return cue(match).role == .stance }
            guard t.isWord, words < 1, !ActorWords.stopwords.contains(t.lower), mentionAt[j] == nil else { return false }
            if t.lower == ActorWords.led || !t.isCapitalized { words += t.lower == ActorWords.led ? 0 : 1 } else { return false }
            j += 1
        }
        return false
    }

    /// A finite auxiliary, which may open a verb group ("has", "will").
    static let finiteAuxiliaries = ClauseWords.set(["has", "have", "had", "is", "are", "was", "were", "will"])

    /// Whether a verb of stance follows `m` past auxiliaries and adverbs ("has long attacked",
    /// "have been attacking"): `stanceFollows` takes at most one word, never an auxiliary.
    func verbAfterAuxiliaries(_ m: MatchedMention) -> Bool {
        var j = m.last
        guard j < tokens.count, tokens[j].isWord, Self.finiteAuxiliaries.contains(tokens[j].lower) else { return false }
        // Past it, the auxiliaries and adverbs a designation's verb group takes ("been", "long").
        j += 1
        var steps = 1
        while j < tokens.count, steps < 3, tokens[j].isWord, cueAt[j] == nil, DesignationWords.auxiliaries.contains(tokens[j].lower) {
            j += 1
            steps += 1
        }
        guard j < tokens.count, let c = cueAt[j] else { return false }
        let verb = cue(input.cues[c])
        return verb.role == .stance && verb.partOfSpeech == "verb"
    }

    /// Words of a "between X and Y" list besides the names: "between the new leadership in
    /// Damascus and the Kurdish-led SDF".
    static let partyWords = ClauseWords.set([
        "the", "a", "an", "and", "its", "their", "new", "interim", "transitional", "current", "leadership", "leaders",
        "government", "governments", "administration", "authorities", "in", "of", "led", "backed", "two", "both",
        "group", "groups", "movement", "militia", "militias", "sides", "parties", "countries", "nations", "state",
    ])

    /// Whether `m` is named in a "between X and Y" list after the clause's head.
    func inBetweenList(_ m: MatchedMention) -> Bool {
        var j = m.first - 1
        var steps = 0
        while j >= 0, steps < 16 {
            let t = tokens[j]
            if t.lower == ClauseWords.between { return true }
            if let k = mention(endingAt: j + 1) {
                j = input.matches.mentions[k].first - 1
            } else {
                guard t.isWord ? cueAt[j] == nil && (t.isCapitalized || Self.partyWords.contains(t.lower))
                    : (t.mark == 0x2C || t.mark == 0x2D || t.mark == 0x28 || t.mark == 0x29 || t.isPossessive)
                else { return false }
                j -= 1
            }
            steps += 1
        }
        return false
    }

    func handleMention(_ m: MatchedMention, _ context: inout ArticleContext) {
        if namesBorder(m) {
            // "the Jordan-Syria border", "the border with Syria": a place, neither holder nor target.
            return
        }
        let actor = holderActor(m, &context)
        if let (owner, relation) = possessedRelation(before: m, &context), owner != actor {
            // "since their (Palestinian) ally Hamas …": the owner of "their" is allied with Hamas.
            withHolders([Holder(actor: owner, factor: 0.9, end: -1)]) {
                emit(target: actor, military: false, links: [ChainLink(cue: cue(input.cues[relation]), token: input.cues[relation].first)], after: m.last, rule: .relationNoun, &context)
            }
        }
        if !hasHead, let relation = relationNoun(after: m) {
            // "X, Y's longtime ally", "X is Y's closest partner": the holder's stance toward Y.
            let match = input.cues[relation]
            emit(target: actor, military: false, links: chain + [ChainLink(cue: cue(match), token: match.first)], after: m.last, rule: .relationNoun, &context)
            consumedCues.insert(match.first)
            return
        }
        let prep = quantified(m) ? nil : preposition(before: m.first)
        let isState = m.entry.map { extractor.lexicon.actors.entries[Int($0)].kind == .state } ?? false
        if isState, let end = placeListEnd, onlyConnectors(from: end, to: m.first) {
            // "from Lebanon, Yemen, Iraq and Syria": every state of a list of places is a place.
            placeListEnd = m.last
            return
        }
        let isPlace = prep.map { ClauseWords.locationPrepositions.contains($0) || ($0 == ClauseWords.from && isState) } ?? false
        if isPlace, isState { placeListEnd = m.last }
        let follows = stanceFollows(m)
        if follows, !subjects.isEmpty, !hasHead, m.first > 0, tokens[m.first - 1].isWord,
            !ClauseWords.determiners.contains(tokens[m.first - 1].lower), preposition(before: m.first) == nil,
            !ActorWords.stopwords.contains(tokens[m.first - 1].lower), !ClauseWords.clauseBreaks.contains(tokens[m.first - 1].lower)
        {
            // "X started restoring United Nations sanctions on Y": a modifier of the noun, not a holder.
            return
        }
        if hasHead, infinitiveStanceFollows(m) {
            // "called for Y to expel Z": Y acts for the holder; the stance is toward Z.
            return
        }
        if let cont = continuation, !isPlace, onlyConnectors(from: cont.end, to: m.first) {
            if follows, m.first > 0, tokens[m.first - 1].lower == ClauseWords.and, m.last < tokens.count,
                tokens[m.last].isWord, !tokens[m.last].isCapitalized, cueAt[m.last] == nil
            {
                // "their ally Hamas and Israel started fighting": a last conjunct with a verb of
                // its own opens a clause with the conjunct before it; it is no further target of
                // the list.
                resetChain()
                continuation = nil
                setSubject(m, actor: actor, &context)
                if let k = mention(endingAt: m.first - 1) {
                    let other = input.matches.mentions[k]
                    let otherActor = holderActor(other, &context)
                    if otherActor != actor { subjects.insert(Holder(actor: otherActor, factor: 1, end: other.last), at: 0) }
                }
                return
            }
            emit(target: targetActor(m, actor), military: m.isMilitary, links: cont.links, after: m.last, mention: m, rule: .list, &context)
            continuation?.end = m.last
            if follows { setSubject(m, actor: actor, &context) }
            return
        }
        if hasHead {
            let joins = chain.last?.cue.topic == "membership" && (prep == ClauseWords.in || prep == ClauseWords.into)
            let hostile = chain.first { $0.cue.role == .stance }.map { $0.cue.score <= -0.75 } ?? false
            // "fired drones at X" and "recaptured the port from the Red Hand" name the target;
            // "attacking targets from Lebanon" and "struck from X" a place (a state after "from").
            let fromGroup = prep == ClauseWords.from && m.entry.map { extractor.lexicon.actors.entries[Int($0)].kind != .state } ?? true
            let takenFrom = hostile && !emitted && (prep == ClauseWords.at || fromGroup)
            let controlled = hostile && m.last + 1 < tokens.count && tokens[m.last].mark == 0x2D
                && ClauseWords.controlled.contains(tokens[m.last + 1].lower)
            if isPlace && !follows && !joins && !takenFrom && !controlled { return }
            if prep == ClauseWords.by, let last = chain.last, last.cue.role == .stance, last.cue.partOfSpeech == "noun",
                m.first - last.token <= 5
            {
                // "more than 180 airstrikes by Turkish drones": the act's author, not its target.
                return
            }
            if m.isPossessive, m.last + 1 < tokens.count, ClauseWords.harms.contains(tokens[m.last + 1].lower) {
                // "warned against Syria's fragmentation": a stance on what befalls it, not against it.
                return
            }
            if requestee(at: m.first) {
                // "demanded that Iraq exclude the groups": asked to act, no stance toward it.
                return
            }
            if m.form == .demonym, m.last == m.first + 1, tokens[m.first].isWord, ClauseWords.endsInS(tokens[m.first], text: input.text),
                m.last >= tokens.count || !tokens[m.last].isWord || ActorWords.stopwords.contains(tokens[m.last].lower)
            {
                // "in support of Palestinians", "attacked Israelis": a country's people, not its state.
                return
            }
            if inBetweenList(m) {
                // "welcomed the deal between Damascus and the SDF": a party of what the holder
                // speaks of, not its target (the tie between the parties is read with the ties).
                return
            }
            if prep == ClauseWords.by, agentOfParticiple(m) {
                // "talks mediated by Oman": the agent of a participle, no target of the chain.
                return
            }
            if follows, let last = chain.last, last.cue.role == .operator, last.cue.sign < 0, m.first - last.token <= 3 {
                // "strikes intended to prevent the Turkish takeover": preventing an actor's act
                // opposes the actor, whatever the signs before.
                let cue = Cue(phrase: "prevent", score: -0.5, partOfSpeech: "verb")
                emit(target: targetActor(m, actor), military: m.isMilitary, links: [ChainLink(cue: cue, token: last.token)], after: m.last, mention: m, &context)
                setSubject(m, actor: actor, &context)
                return
            }
            let head = chain.first { $0.cue.role == .stance }
            if prep == ClauseWords.on, let head, chain.count > 1, ClauseWords.blames.contains(tokens[head.token].lower) {
                // "blamed the attack on X": X is blamed; the attack's sign is not the holder's.
                emit(target: targetActor(m, actor), military: m.isMilitary, links: [head], after: m.last, mention: m, &context)
                return
            }
            let accusation = head.map { ClauseWords.accusations.contains(tokens[$0.token].lower) } ?? false
            let warning = head.map { ClauseWords.warnings.contains(tokens[$0.token].lower) } ?? false
            emit(target: targetActor(m, actor), military: m.isMilitary, links: chain, after: m.last, mention: m, &context)
            // ("fired rockets into X in support of Y": a phrase after a preposition is the
            // holder's purpose, not X's verb.)
            let purpose = m.last < tokens.count && tokens[m.last].isWord && ActorWords.stopwords.contains(tokens[m.last].lower)
            if (follows && !purpose) || verbAfterAuxiliaries(m) {
                // "the Iran-backed group has attacked Y", "X backs Y, and Y has attacked Z": an object
                // with a finite verb of its own after it is the subject of a new clause.
                setSubject(m, actor: actor, &context)
            } else if (accusation && m.last < tokens.count && ClauseWords.ofFor.contains(tokens[m.last].lower))
                || (warning && m.last < tokens.count && tokens[m.last].lower == ClauseWords.against)
            {
                // "X accused Y of backing Z", "X criticized Y for its support of Z", "X warned Y
                // against backing Z": what follows is Y's act as X reports it, not X's stance.
                subjects = [Holder(actor: actor, factor: 0.85, end: m.last)]
                continuation = nil
            }
            return
        }
        if heldResponsible(m), !subjects.isEmpty {
            // "X, holding Y responsible for ...": X opposes Y.
            let cue = Cue(phrase: "hold responsible", score: -0.5, partOfSpeech: "phrase")
            emit(target: actor, military: false, links: chain + [ChainLink(cue: cue, token: m.first)], after: m.last, rule: .heldResponsible, &context)
            resetChain()
            return
        }
        if m.isPossessive, m.last + 1 < tokens.count, ClauseWords.befallen.contains(tokens[m.last + 1].lower) {
            // "Assad's overthrow is a blow to X": the owner is whom the act befell; it holds nothing.
            subjects = []
            continuation = nil
            return
        }
        if prep == ClauseWords.by, subjects.isEmpty, m.first >= 2, tokens[m.first - 2].lower == ActorWords.led {
            // "A coalition of militant groups, led by HTS, seized …": the unnamed force is the
            // leader's, who holds its acts.
            setSubject(m, actor: actor, factor: 0.9, &context)
            return
        }
        let spatial = prep.map { ClauseWords.spatialPrepositions.contains($0) } ?? false
        if prep == nil || (follows && !spatial), !objectOfParticiple(m) {
            // "U.S. forces in Syria killed …": the place is no holder; "after the U.S.-led invasion"
            // still gives the invasion its holder.
            setSubject(m, actor: actor, &context)
        }
    }

    /// Whether a mention names one side of a border: "the Jordan-Syria border", "Syria's border",
    /// "the Syrian border", "the border with Syria", "the border between Jordan and Syria".
    func namesBorder(_ m: MatchedMention) -> Bool {
        var j = m.last
        if j < tokens.count, tokens[j].isPossessive { j += 1 }
        if j + 1 < tokens.count, tokens[j].mark == 0x2D, !tokens[j].spaceBefore, let k = mentionAt[j + 1] {
            j = input.matches.mentions[k].last
        }
        // "closed its border with X" is a stance (a cue covers "border"), not a place.
        let tokens = self.tokens
        let cues = input.cues
        let isPlaceBorder = { (k: Int) in
            tokens[k].isWord && ClauseWords.borders.contains(tokens[k].lower)
                && !cues.contains { ($0.first..<$0.last).contains(k) }
        }
        if j < tokens.count, isPlaceBorder(j) { return true }
        var i = m.first - 1
        var steps = 0
        while i >= 0, steps < 6 {
            let t = tokens[i]
            if isPlaceBorder(i) { return true }
            let joins = t.isWord && (ClauseWords.borderJoins.contains(t.lower) || ClauseWords.determiners.contains(t.lower))
            guard joins || t.mark == 0x2C || mention(endingAt: i + 1) != nil || (t.mark == 0x2D && !t.spaceBefore) else { return false }
            if let k = mention(endingAt: i + 1) { i = input.matches.mentions[k].first - 1 } else { i -= 1 }
            steps += 1
        }
        return false
    }

    /// Whether "to" and a stance verb follow a mention ("Y to expel", "Y to support").
    func infinitiveStanceFollows(_ m: MatchedMention) -> Bool { infinitiveStance(from: m.last) }

    /// Operators of ending one's own act: "cease", "stop", "halt", "end".
    static let endingOwn = ClauseWords.set(["cease", "stop", "halt", "end", "suspend", "abandon", "withdraw", "leave", "quit", "drop"])

    /// Whether "to" and a stance cue follow from token `start`, past few words; after a request,
    /// an operator that acts on a third party too ("urged Y to prevent the group's attacks": Y
    /// acts for the holder; "called on Y to cease the attacks" asks Y to end its own).
    func infinitiveStance(from start: Int) -> Bool {
        let asked = chain.first { $0.cue.role == .stance }.map { $0.cue.requests && $0.cue.score > 0 } ?? false
        var j = start
        var gap = 0
        var sawTo = false
        while j < tokens.count, gap <= 3 {
            if let k = cueAt[j] {
                let found = cue(input.cues[k])
                return sawTo && (found.role == .stance || (asked && found.role == .operator && found.score < 0 && !Self.endingOwn.contains(tokens[j].lower)))
            }
            let t = tokens[j]
            guard t.isWord, ClauseWords.frameGap.contains(t.lower) else { return false }
            if t.lower == ClauseWords.to { sawTo = true }
            gap += 1
            j += 1
        }
        return false
    }

    /// The relation noun after a possessive mention that speaks of the clause's holder:
    /// "X, Y's longtime ally" or "X is Y's closest partner" (the cue's index), else nil.
    func relationNoun(after m: MatchedMention) -> Int? {
        guard m.isPossessive, !subjects.isEmpty, m.first > 0 else { return nil }
        var before = m.first - 1
        while before > 0, tokens[before].isWord, ClauseWords.determiners.contains(tokens[before].lower)
            || ClauseWords.indefinite.contains(tokens[before].lower) { before -= 1 }
        let t = tokens[before]
        guard (t.kind == .punctuation && t.mark == 0x2C) || ClauseWords.beForms.contains(t.lower)
            || ClauseWords.remain.contains(t.lower)
        else { return nil }
        var j = m.last + 1
        var words = 0
        while j < tokens.count, words <= 2 {
            if let k = cueAt[j] {
                let found = cue(input.cues[k])
                return found.role == .stance && found.partOfSpeech == "noun" && ClauseWords.relationNouns.contains(tokens[j].lower) ? k : nil
            }
            guard tokens[j].isWord, mentionAt[j] == nil else { return nil }
            words += 1
            j += 1
        }
        return nil
    }

    /// "their ally X", "its Palestinian ally X": the owner of the possessive pronoun (the
    /// clause's holder, or the group named lately) and the relation noun's cue.
    func possessedRelation(before m: MatchedMention, _ context: inout ArticleContext) -> (ActorID, Int)? {
        // The relation noun is a cue one or two tokens before the mention ("ally (the) X"): most
        // mentions have none, and need no word look-ups.
        guard m.first >= 2, cueAt[m.first - 1] != nil || cueAt[m.first - 2] != nil else { return nil }
        var j = m.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
        guard j >= 1, let k = cueAt[j], input.cues[k].last == j + 1, ClauseWords.relationNouns.contains(tokens[j].lower),
            cue(input.cues[k]).role == .stance
        else { return nil }
        var p = j - 1
        if let d = mention(endingAt: j), input.matches.mentions[d].form == .demonym { p = input.matches.mentions[d].first - 1 }
        guard p >= 0, ClauseWords.their.contains(tokens[p].lower) else { return nil }
        let owner = subjects.last?.actor ?? context.recentHolder(group: true, paragraph: input.paragraph)
        return owner.map { ($0, k) }
    }

    /// The index of the mention whose tokens end right before `end` (mentions are sorted and
    /// do not overlap, so a binary search finds it).
    func mention(endingAt end: Int) -> Int? {
        let mentions = input.matches.mentions
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].last < end { low = mid + 1 } else { high = mid }
        }
        return low < mentions.count && mentions[low].last == end ? low : nil
    }

    /// Whether only "and", ",", "the"... stand between two tokens.
    func onlyConnectors(from start: Int, to end: Int) -> Bool {
        guard end > start else { return false }
        var sawConnector = false
        for j in start..<end {
            let t = tokens[j]
            if t.kind == .punctuation {
                // A comma, or the slash of "PKK/YPG".
                guard t.mark == 0x2C || (t.mark == 0x2F && end - start == 1) else { return false }
                sawConnector = true
            } else if ClauseWords.connectors.contains(t.lower) {
                if t.lower == ClauseWords.and || t.lower == ClauseWords.or { sawConnector = true }
            } else {
                return false
            }
        }
        return sawConnector
    }

    func setSubject(_ m: MatchedMention, actor: ActorID, factor: Double = 1, _ context: inout ArticleContext) {
        let compound = subjects.last.map { last in last.end >= 0 && onlyConnectors(from: last.end, to: m.first) } ?? false
        if !compound { subjects = [] }
        let person = targetActor(m, actor)
        subjects.append(Holder(actor: actor, factor: factor * (m.isCandidate ? 0.8 : 1), end: m.last, person: person == actor ? nil : person))
        resetChain()
        continuation = nil
        needsNewSubject = false
        context.noteHolder(actor, group: isGroup(actor, context), paragraph: input.paragraph)
    }

    func isGroup(_ actor: ActorID, _ context: ArticleContext) -> Bool {
        if let group = context.adHoc[actor] { return group.kind != .state }
        guard let kind = extractor.actorKind(actor) else { return true }
        return kind == .faction || kind == .armedGroup || kind == .party || kind == .coalition
    }

    /// The actor a mention stands for as a target: a person is the target of a stance about
    /// the person ("the assassination of X", "sanctions on X"), as the codebook codes it; as a
    /// holder, a person speaks for the actor of its `speaks_for`.
    func targetActor(_ m: MatchedMention, _ holder: ActorID) -> ActorID {
        guard m.form == .person, let entry = m.entry, extractor.lexicon.actors.entries[Int(entry)].kind == .person else { return holder }
        return extractor.lexicon.actors.entries[Int(entry)].id
    }

    /// The actor a mention stands for, registering candidates as they are used.
    func holderActor(_ m: MatchedMention, _ context: inout ArticleContext) -> ActorID {
        if m.isCandidate {
            let name = ActorMatcher.slice(input.text, m.start, m.end)
            if var known = context.candidateNames[m.actor] {
                known.count += 1
                context.candidateNames[m.actor] = known
            } else {
                context.candidateNames[m.actor] = (name, 1, input.range)
            }
        }
        return m.actor
    }
}
