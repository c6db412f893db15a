import StanceModel

/// A claim before its span is settled and its evidence written.
struct Draft: Sendable {
    var source: ActorID
    var target: ActorID
    var topic: Topic?
    var score: Double
    /// The sentence (or window) it was read from, in the text.
    var sentence: Range<String.Index>
    /// Sentence number and token, for ordering.
    var order: (sentence: Int, token: Int)
    var time: ResolvedTime?
    var speaker: String?
    var speakerActor: ActorID?
    var confidence: Double
    /// The rule that read it, for calibration.
    var key: RuleKey
}

/// What the extractor remembers while reading an article: earlier speakers and holders (for
/// "the official", "they", "these groups"), the country the article is about, and the claims so far.
struct ArticleContext {
    var drafts: [Draft] = []
    var lastSpeaker: (actor: ActorID, paragraph: Int)?
    /// The person named last in an earlier sentence, for "congratulated him".
    var lastPerson: (id: ActorID, paragraph: Int)?
    /// Recent holders, latest last: actor, whether it is a group, paragraph.
    var recentHolders: [(actor: ActorID, group: Bool, paragraph: Int)] = []
    /// The target of the latest claim on a topic ("their continued presence").
    var lastFrameTarget: (actor: ActorID, military: Bool)?
    /// How strongly the article is about each state so far: places ("in Iraq") weigh most, then
    /// its groups and officials ("Iraqi factions"), then any mention.
    ///
    /// Made with room for a page's usual handful of states, so that the counting of the first
    /// ones does not regrow the table (rehashing every id) again and again; `focus` reads it in
    /// an order of its own (by count, then id), so the table's layout changes nothing.
    var stateCounts: [ActorID: Double] = Dictionary(minimumCapacity: 8)
    /// The latest state named as a place ("in Iraq"), for "the country".
    var lastPlace: ActorID?
    /// The last two distinct states named before the current sentence, latest last ("the two countries").
    var statesBefore: [ActorID] = []
    private var recentStates: [ActorID] = []
    var adHoc: [ActorID: AdHocActor] = [:]
    var candidates: [ActorID: CandidateActor] = [:]
    var candidateNames: [ActorID: (name: String, count: Int, first: Range<String.Index>)] = [:]
    var topics: [TopicID: Topic] = [:]
    /// Abbreviations the article defines for a lexicon actor ("the Islamic Resistance in Iraq
    /// (IRI)"), by the abbreviation's exact token hash.
    var definedAbbreviations: [UInt64: MatchedMention] = [:]
    /// The head nouns of group names met so far ("Coalition"), each the actor named last with it.
    var definedHeads: [UInt64: MatchedMention] = [:]
    /// The events each sentence (or window) names, for the sentences whose time was read.
    var sentenceEvents: [Range<String.Index>: [String]] = [:]

    /// The country the article is mostly about so far: the most mentioned state (ties to the
    /// first id in order).
    var focus: ActorID? {
        stateCounts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }

    /// Counts the state mentions of a sentence and remembers its made-up groups and candidates.
    mutating func count(_ matches: ActorMatches, lexicon: ActorLexicon, weight: Double = 1) {
        let tokens = matches.tokens
        statesBefore = recentStates
        for mention in matches.mentions {
            guard let entry = mention.entry else {
                if let parent = matches.adHoc.first(where: { $0.id == mention.actor })?.parent {
                    stateCounts[parent, default: 0] += weight
                }
                continue
            }
            // Read in place, the kind first (most are no state): a copy of the whole entry costs.
            guard lexicon.entries[Int(entry)].kind == .state else { continue }
            let id = lexicon.entries[Int(entry)].id
            if recentStates.last != id {
                // The list never holds an id twice (it is only ever added here, after this): one
                // removal is `removeAll { $0 == id }`, without its general machinery.
                if let k = recentStates.firstIndex(of: id) { recentStates.remove(at: k) }
                recentStates.append(id)
                if recentStates.count > 2 { recentStates.removeFirst() }
            }
            var j = mention.first - 1
            while j >= 0, tokens[j].isWord, ClauseWords.determiners.contains(tokens[j].lower) { j -= 1 }
            let isPlace = j >= 0 && ClauseWords.placeCounting.contains(tokens[j].lower)
            if isPlace { lastPlace = id }
            let gain = isPlace ? 3 : (mention.form == .role || mention.form == .group ? 1 : 0.2)
            stateCounts[id, default: 0] += gain * weight
        }
        for group in matches.adHoc where adHoc[group.id] == nil { adHoc[group.id] = group }
    }

    /// Remembers an actor that held or was named as holding a stance.
    mutating func noteHolder(_ actor: ActorID, group: Bool, paragraph: Int) {
        recentHolders.append((actor, group, paragraph))
        if recentHolders.count > 12 { recentHolders.removeFirst(recentHolders.count - 12) }
    }

    /// The latest holder within a paragraph before `paragraph`, a group first when `group` is set.
    /// With `groupsOnly`, only a group.
    func recentHolder(group: Bool, paragraph: Int, excluding: ActorID? = nil, groupsOnly: Bool = false) -> ActorID? {
        let near = recentHolders.reversed().filter { $0.paragraph >= paragraph - 1 && $0.actor != excluding }
        if group, let found = near.first(where: { $0.group }) { return found.actor }
        if groupsOnly { return nil }
        return near.first?.actor
    }
}
