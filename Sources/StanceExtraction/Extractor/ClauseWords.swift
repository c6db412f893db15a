/// Closed-class English words the clause rules look for, as token hashes.
enum ClauseWords {
    static func set(_ words: [String]) -> TokenHashSet { TokenHashSet(words.map(TokenHash.of)) }

    /// Words between a preposition and its noun: "for the continued presence", "of many Iraqi".
    static let determiners = set([
        "the", "a", "an", "its", "their", "his", "her", "all", "both", "many", "most", "some", "several", "various",
        "other", "one", "these", "those", "this", "that", "our", "every", "each", "any", "two", "three", "multiple",
        "such", "fellow", "key", "top", "senior", "northern", "southern", "eastern", "western", "north", "south",
        "east", "west", "northeast", "northeastern", "northwest", "northwestern", "southeast", "southeastern",
        "southwest", "southwestern", "central", "occupied", "neighbouring", "neighboring", "entire", "whole",
        "rebel-held", "government-held", "parts",
    ])
    /// Prepositions whose object may be a stance's target ("support for X", "attacks on X").
    static let objectPrepositions = set(["of", "for", "to", "on", "against", "with", "about", "toward", "towards", "by", "over"])
    /// Prepositions whose object is a place or circumstance, never a target ("in Iraq", "from the country").
    static let locationPrepositions = set([
        "in", "inside", "within", "across", "throughout", "at", "near", "around", "among", "amongst", "from", "into",
        "after", "before", "since", "during", "under", "amid", "despite", "through", "beyond", "behind", "like",
        "between", "outside", "along", "following", "per", "upon",
    ])
    /// Prepositions of space only: "in Syria killed" keeps the holder named before.
    static let spatialPrepositions = set([
        "in", "inside", "within", "across", "throughout", "at", "near", "around", "from", "into", "along", "outside",
    ])
    /// Prepositions that make a state the place an article is about ("in Iraq", "across Iraq").
    static let placeCounting = set(["in", "across", "within", "throughout", "inside", "from"])
    static let country = set(["country", "nation"])
    static let accusations = set([
        "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming", "criticize", "criticized",
        "criticizes", "criticizing", "criticise", "criticised", "criticises", "criticising", "condemn", "condemned",
        "condemns", "condemning",
    ])
    static let ofFor = set(["of", "for"])
    static let another = TokenHash.of("another")
    /// Negators that end a stance rather than deny it: "no longer calls for".
    static let endingNegators: Set<String> = ["no longer"]
    /// Conjunctions that open a subordinate clause with its own subject.
    static let subordinators = set(["since", "after", "before", "when", "because", "until", "once", "as", "whereas", "after"])
    /// Verbs of fighting that, with a compound subject and no object, state a mutual hostility.
    static let fightVerbs = set([
        "fight", "fights", "fought", "fighting", "clash", "clashed", "clashes", "clashing", "battle", "battled",
        "battling", "battles", "skirmish", "skirmished",
    ])
    static let borders = set(["border", "borders", "frontier", "frontiers", "boundary", "border-crossing", "crossing", "crossings"])
    static let borderJoins = set(["with", "between", "and", "along", "across", "near", "on"])
    static let placePrepositions = set(["in", "from", "inside", "within", "out"])
    /// What may stand between two targets of one chain: "the US and the international coalition".
    /// ("struck several groups, including the Red Hand": "including" lists on.)
    static let connectors = set(["and", "or", "the", "both", "also", "as", "well", "its", "their", "including", "notably", "especially"])
    /// Words that open a new clause.
    static let clauseBreaks = set(["but", "while", "whereas", "although", "though", "however", "yet", "meanwhile"])
    static let and = TokenHash.of("and")
    static let `in` = TokenHash.of("in")
    static let into = TokenHash.of("into")
    static let at = TokenHash.of("at")
    static let from = TokenHash.of("from")
    static let or = TokenHash.of("or")
    static let by = ActorWords.by
    static let on = TokenHash.of("on")
    /// The acts of a joint operation ("joint raid", "joint strikes") and the words before its target.
    static let jointActs = set(["raid", "raids", "strike", "strikes", "operation", "operations", "offensive", "attack", "attacks", "assault"])
    static let actTargets = set(["on", "against"])
    static let government = TokenHash.of("government")
    /// "the new government", "the interim government".
    static let governmentAdjectives = set(["new", "interim", "transitional", "central", "federal", "current", "caretaker"])
    /// Prepositions before an act noun that refer to the act as an event ("the anniversary of the
    /// assassination of X", "after the attack on Y").
    static let eventPrepositions = set(["of", "after", "following", "amid", "since", "before", "despite"])
    /// Nouns that refer to an act as a past event: "the anniversary of the assassination".
    static let eventReferences = set([
        "anniversary", "aftermath", "wake", "memory", "commemoration", "memorial", "investigation", "inquiry",
        "footage", "victims", "scene", "eve", "site", "fallout", "consequences", "repercussions",
    ])
    /// Modals of a conditional's consequence: "if …, X would strike Y" ("will" is a threat, and stays).
    static let conditionalModals = set(["would", "could", "might"])
    /// What a verb of giving gives that is help (`Cue.gives`).
    static let gifts = set([
        "aid", "assistance", "support", "weapons", "arms", "ammunition", "munitions", "funding", "funds", "money",
        "loans", "equipment", "training", "intelligence", "drones", "missiles", "rockets", "shells", "backing", "help",
        "supplies", "protection", "asylum", "refuge", "sanctuary", "troops", "advisers", "advisors", "cover",
    ])
    /// Plural nouns of people acting together that name no actor: "when terrorists trickled in".
    static let unnamedGroups = set([
        "terrorists", "militants", "jihadists", "gunmen", "extremists", "insurgents", "rebels", "fighters", "protesters",
        "demonstrators", "attackers", "assailants", "mercenaries",
    ])
    /// Harms that befall a country: "warned against the country's fragmentation".
    static let harms = set([
        "fragmentation", "division", "partition", "disintegration", "breakup", "break-up", "destabilization",
        "destabilisation", "collapse", "dismemberment",
    ])
    /// "killed in/by a US strike".
    static let instrumentPrepositions = set(["in", "by"])
    /// Acts that kill or wound: "a US drone strike", "an Israeli raid".
    static let instruments = set(["strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids", "bombing", "bombings", "operation", "drone", "missile", "ambush"])
    /// Verbs of weighing a course before a gerund: "considered cooperating".
    static let consideringWords = ["consider", "considers", "considered", "considering", "weigh", "weighs", "weighed", "weighing", "mull", "eyeing", "eyes", "eyed"]
    static let considering = set(consideringWords)
    /// Modals of possibility: what follows them in the clause may happen, and is no stance.
    static let speculativeModalWords = ["could", "might"]
    static let speculativeModals = set(speculativeModalWords)
    static let to = TokenHash.of("to")
    /// Words of threat: "threatened to strike X", "threats to bomb X" state the strike's stance.
    static let threats = set(["threaten", "threatens", "threatened", "threatening", "threat", "threats"])
    static let against = TokenHash.of("against")
    /// "blamed the attack on X": the blamed comes after "on", whatever the act was.
    static let blames = set(["blame", "blamed", "blames", "blaming", "pinned", "pins", "pin"])
    /// "warned X against backing Y": what follows "against" is X's act as the holder reports it.
    static let warnings = set(["warn", "warned", "warns", "warning", "cautioned", "cautions", "caution"])
    static let with = TokenHash.of("with")
    static let between = TokenHash.of("between")
    static let both = TokenHash.of("both")
    static let either = TokenHash.of("either")
    static let theirWords = ["their", "its"]
    static let their = set(theirWords)
    static let firstPersonWords = ["we", "our", "us"]
    static let firstPerson = set(firstPersonWords)
    static let firstPersonSingular = TokenHash.of("i")
    static let they = TokenHash.of("they")
    static let heSheWords = ["he", "she"]
    static let heShe = set(heSheWords)
    static let groupDeterminers = set(["the", "these", "those", "this", "such", "that"])
    static let groupNounWords = [
        "group", "groups", "factions", "faction", "militias", "militia", "movement", "organization", "organisation",
        "militants", "fighters", "rebels", "party", "parties", "insurgents",
    ]
    static let groupNouns = set(groupNounWords)
    static let pluralGroupNouns = set(["groups", "factions", "militias", "militants", "fighters", "rebels", "parties", "insurgents"])
    static let genericHolderWords = ["leaders", "officials", "members", "politicians", "lawmakers", "figures", "commanders", "leadership"]
    static let genericHolders = set(genericHolderWords)
    static let politicalHolders = set(["leaders", "politicians", "lawmakers"])
    /// Every word that can stand for a holder not named (pronouns, "the group", "officials"):
    /// a token that is none of them is decided with one look-up.
    static let placeholders = set(theirWords + firstPersonWords + ["they"] + heSheWords + groupNounWords + genericHolderWords)
    static let leaders = TokenHash.of("leaders")
    /// Words skipped between a target and a frame after it: "American forces to finally withdraw".
    static let frameGap = set([
        "to", "finally", "also", "soon", "eventually", "fully", "completely", "quickly", "gradually", "ultimately",
        "immediately", "military", "troops", "forces", "troop", "remaining", "all",
    ])
    /// Verbs of a relative clause that pass an alignment on: "the Framework, which unites Iran-aligned parties".
    static let uniteVerbs = set([
        "unites", "unite", "united", "uniting", "includes", "include", "included", "including", "comprises",
        "comprise", "represents", "encompasses", "gathers", "brings", "groups", "leads", "oversees", "contains",
    ])
    /// Nouns of what befalls an actor: "X's overthrow", "X's assassination" (X is no holder).
    static let befallen = set([
        "fall", "ouster", "overthrow", "toppling", "defeat", "collapse", "removal", "downfall", "demise",
        "assassination", "killing", "death", "arrest", "capture", "murder", "execution", "detention",
    ])
    static let allyNouns = set(["ally", "allies"])
    /// The first word of a passive's complement before its agent: "designated a terrorist by".
    static let complementStarts = set(["a", "an", "as"])
    /// Nouns of an actor's fall: "the fall of X", "X's ouster".
    static let downfall = set(["fall", "ouster", "overthrow", "toppling", "defeat", "collapse", "removal", "downfall", "demise"])
    /// Verbs that conclude an agreement: "signed a pact", "reached a deal".
    static let concludeVerbs = set([
        "sign", "signs", "signed", "signing", "reach", "reaches", "reached", "reaching", "conclude", "concludes",
        "concluded", "strike", "strikes", "struck", "agree", "agreed", "broker", "brokered", "clinch", "clinched",
        "seal", "sealed", "negotiate", "negotiated", "finalize", "finalized", "finalise", "finalised",
    ])
    static let indefinite = set(["a", "an"])
    /// Articles and possessives before a verb's object: "warned the U.S.", never "warned that".
    static let objectArticles = set(["the", "a", "an", "its", "their", "his", "her", "both", "fellow"])
    static let controlled = set(["controlled", "held", "run", "occupied", "dominated"])
    static let remain = set(["remains", "remain", "remained", "became", "becomes", "become"])
    /// Nouns of a relation to a possessor: "Y's ally", "Y's main backer", "Y's arch-enemy".
    static let relationNouns = set([
        "ally", "allies", "partner", "partners", "backer", "backers", "patron", "supporter", "supporters",
        "enemy", "enemies", "rival", "rivals", "adversary", "adversaries", "foe", "foes", "opponent", "opponents",
        "critic", "critics", "champion", "defender", "affiliate", "branch", "offshoot", "wing", "proxy", "proxies",
    ])
    static let objectPronouns = set(["him", "her", "them"])
    static let himHer = set(["him", "her"])
    static let itThem = set(["it", "them"])
    static let hisHer = set(["his", "her"])
    /// Prepositions that open a sentence with a phrase its first comma ends.
    static let introPrepositions = set(["following", "after", "during", "amid", "despite", "in", "at", "on", "before", "with", "without", "since", "unlike", "like"])
    /// An agreement that "collapsed" or "expired" holds no longer.
    static let collapses = set(["collapsed", "collapses", "collapse", "expired", "lapsed", "void", "unravelled", "unraveled", "scrapped", "abandoned"])
    /// "most of the leaders of X": a part of X.
    static let quantifiers = set(["most", "many", "some", "several", "all", "majority", "half", "dozens", "hundreds", "thousands"])
    static let relativePronouns = set(["which", "that", "who"])
    static let whose = TokenHash.of("whose")

    /// Whether a word token ends in "ing" ("toppling"), read from the text's bytes.
    static func endsInIng(_ token: StanceToken, text: String) -> Bool {
        ends(token, with: "ing", text: text)
    }

    /// Whether a word token ends in "ed" ("mediated"), read from the text's bytes.
    /// Whether a word token ends in "s" ("Israelis"), read from the text's bytes.
    static func endsInS(_ token: StanceToken, text: String) -> Bool {
        ends(token, with: "s", text: text)
    }

    static func endsInEd(_ token: StanceToken, text: String) -> Bool {
        ends(token, with: "ed", text: text)
    }

    private static func ends(_ token: StanceToken, with suffix: String, text: String) -> Bool {
        let utf8 = text.utf8
        let count = suffix.utf8.count
        guard token.end - token.start > count + 1 else { return false }
        let end = utf8.index(utf8.startIndex, offsetBy: token.end)
        let bytes = utf8[utf8.index(end, offsetBy: -count)..<end]
        return bytes.elementsEqual(suffix.utf8) || bytes.elementsEqual(suffix.uppercased().utf8)
    }

    /// Every word of `aims`, "whose", `considering` and `speculativeModals`: the clause walk
    /// looks a token up once here before the rules that read them.
    static let walkTriggers = set(aimWords + consideringWords + speculativeModalWords + ["whose"])
    /// Participles of an aim before "to": "groups aiming to topple X".
    static let aimWords = ["aiming", "seeking", "trying", "striving", "looking", "working", "fighting", "vowing", "planning", "attempting"]
    static let aims = set(aimWords)
    static let that = TokenHash.of("that")
    static let beForms = set(["is", "are", "was", "were", "been", "being", "be", "get", "got", "gets", "getting"])
}
