import StanceModel

/// An actor mention found by `ActorMatcher`, located by tokens and bytes.
struct MatchedMention: Sendable, Hashable {
    /// The first token and the token after the last one.
    var first: Int
    var last: Int
    /// Byte offsets in the text.
    var start: Int
    var end: Int
    var actor: ActorID
    /// The lexicon entry the surface form belongs to (for a role, the organisation's entry).
    var entry: Int32?
    var form: ActorMention.Form
    /// Whether a possessive "’s" follows.
    var isPossessive: Bool = false
    /// Whether the mention names armed forces ("American forces", "U.S. troops").
    var isMilitary: Bool = false
    /// Whether the name is not in the lexicon but looks like an organisation's ("the Popular Front").
    var isCandidate: Bool = false
}

/// A stance that a compound states by itself: "Iran-aligned factions", "factions aligned with Iran".
struct CompoundRelation: Sendable, Hashable {
    /// `member`: "the PMU's Kataib Sayyid al-Shuhada faction" (the holder belongs to the target);
    /// `pro`: "the pro-Iran Nujaba movement" (the holder's stance toward the target).
    /// `against`: a name that states its enemy ("the coalition against ISIS", "the Global
    /// Coalition to Defeat ISIS", "the anti-IS coalition"): the holder is hostile to the target.
    /// `designated`: "the US-designated militia", the designator against the group.
    enum Kind: Sendable, Hashable { case aligned, backed, led, member, pro, against, designated }
    /// The first token of the mention of the actor aligned or backed, or `elsewhere`.
    var holder: Int
    /// A holder not named in the compound: the appositive's head or an earlier group.
    static let elsewhere = -1
    var target: ActorID
    var kind: Kind
    /// The token of the alignment word.
    var token: Int
}

/// A group the lexicon does not know, named by its country or alignment ("Iraqi armed groups").
struct AdHocActor: Sendable, Hashable {
    var id: ActorID
    var name: String
    var kind: ActorKind
    var parent: ActorID?
}

/// What `ActorMatcher` finds in one range of text.
struct ActorMatches: Sendable {
    var tokens: [StanceToken]
    var mentions: [MatchedMention]
    var relations: [CompoundRelation]
    var adHoc: [AdHocActor]

    func actorID(of mention: MatchedMention) -> ActorID { mention.actor }
}

/// Finds actor mentions in text: the longest lexicon form at each token, then roles, persons,
/// groups and alignment compounds.
///
/// - Complexity: O(n × L) for n tokens and L the longest form's token count.
struct ActorMatcher {
    let lexicon: ActorLexicon

    /// The mentions in `range` of `text`.
    func matches(in text: String, range: Range<String.Index>, limit: Int = .max) -> ActorMatches {
        matches(tokens: StanceTokenizer.tokens(in: text, range: range, limit: limit), text: text)
    }

    /// The mentions among already made tokens.
    func matches(tokens: [StanceToken], text: String) -> ActorMatches {
        var base = lexiconMentions(tokens)
        addCandidates(tokens, text: text, to: &base)
        var result = ActorMatches(tokens: tokens, mentions: [], relations: [], adHoc: [])
        resolveStructure(&base, into: &result)
        return result
    }

    /// The longest lexicon form at each token, left to right, without overlaps.
    func lexiconMentions(_ tokens: [StanceToken]) -> [MatchedMention] {
        let index = lexicon.index
        var result: [MatchedMention] = []
        var i = 0
        let n = tokens.count
        while i < n {
            let token = tokens[i]
            guard token.kind != .punctuation else {
                i += 1
                continue
            }
            var best: (length: Int, payload: ActorForm)?
            if let found = index.abbreviations.longest(
                from: i, count: n, hash: { ActorIndex.key(tokens[$0], exact: true) },
                accept: { _, length in tokens[i + length - 1].kind != .punctuation })
            {
                best = found
            }
            if let found = index.names.longest(
                from: i, count: n, hash: { ActorIndex.key(tokens[$0], exact: false) },
                accept: { form, length in
                    (!form.needsCapital || token.isCapitalized) && tokens[i + length - 1].kind != .punctuation
                }), found.length > (best?.length ?? 0)
            {
                best = found
            }
            guard let best else {
                i += 1
                continue
            }
            let last = i + best.length
            let entryIndex = Int(best.payload.entry)
            if lexicon.entries[entryIndex].kind == .person, Self.otherFirstName(before: i, tokens, after: result.last),
                !Self.isOwnFirstName(tokens[i - 1].lower, of: lexicon.entries[entryIndex])
            {
                // "Falih al-Khazali" is not Qais al-Khazali: a capitalised word that is no title
                // and none of the person's own first names ("Bashar Al Assad") right before a
                // person's surname is another person's first name.
                i = last
                continue
            }
            var actor = lexicon.entries[entryIndex].id
            if best.payload.form == .person, let speaksFor = lexicon.entries[entryIndex].speaksFor { actor = speaksFor }
            result.append(
                MatchedMention(
                    first: i, last: last, start: token.start, end: tokens[last - 1].end, actor: actor,
                    entry: best.payload.entry, form: best.payload.form,
                    isPossessive: last < n && tokens[last].isPossessive))
            i = last
        }
        return result
    }
}

extension ActorMatcher {
    /// Titles, offices and particles written before a name ("Prime Minister Sudani", "Gen. Qaani").
    static let titles = ActorWords.hashes([
        "president", "prime", "minister", "leader", "sheikh", "shaykh", "ayatollah", "grand", "general", "gen",
        "commander", "chief", "secretary", "king", "queen", "prince", "princess", "emir", "amir", "crown", "sultan",
        "sayyed", "sayyid", "mr", "mrs", "ms", "dr", "senator", "sen", "rep", "representative", "speaker", "envoy",
        "ambassador", "spokesman", "spokeswoman", "spokesperson", "admiral", "adm", "colonel", "col", "lt",
        "lieutenant", "major", "maj", "brigadier", "imam", "cleric", "pope", "chancellor", "vice", "deputy",
        "foreign", "defense", "defence", "interior", "supreme", "mullah", "marshal", "governor", "gov", "mayor",
        "premier", "judge", "justice", "former", "late", "mp", "lawmaker", "sergeant", "sgt", "captain", "capt",
        "chairman", "head", "director", "lord", "sir", "saint", "hajj", "haj", "shah", "caliph", "abu",
        "umm", "bin", "ibn",
        // The Arabic article written apart ("Ahmed Al Sharaa") is part of the surname.
        "al", "el",
    ])

    /// Whether a word is the first word of one of the person's own names.
    static func isOwnFirstName(_ word: UInt64, of person: ActorEntry) -> Bool {
        ([person.name] + person.names).contains { name in
            name.split(separator: " ").first.map { TokenHash.of(String($0)) == word } ?? false
        }
    }

    /// Whether the token before a person's name is another person's first name: a capitalised
    /// word, no title and no stopword ("The", "Later"), not part of a mention.
    static func otherFirstName(before i: Int, _ tokens: [StanceToken], after previous: MatchedMention?) -> Bool {
        guard i >= 1, tokens[i - 1].isWord, tokens[i - 1].isCapitalized, !tokens[i - 1].isPossessive,
            !ActorWords.stopwords.contains(tokens[i - 1].lower),
            previous.map({ $0.last < i }) ?? true
        else { return false }
        return !titles.contains(tokens[i - 1].lower)
    }
}
