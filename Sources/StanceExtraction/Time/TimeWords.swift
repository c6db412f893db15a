/// The word tables of time resolution, gathered in one value built once.
///
/// `TimeResolver` holds it in a property: reaching a lazily initialised static in a loop over
/// every token costs a `swift_once` check each time.
final class TimeWords: Sendable {
    static let shared = TimeWords()

    let relativePhrases = TimeResolver.relativePhrases
    let numberWords = TimeResolver.numberWords
    let unitWords = TimeResolver.unitWords
    let agoHash = TimeResolver.agoHash
    let dateContext = TimeResolver.dateContext
    let dateJoiners = TimeResolver.dateJoiners
    let fromWords = TimeResolver.fromWords
    let untilWords = TimeResolver.untilWords
    let atWords = TimeResolver.atWords
    let byHash = TimeResolver.byHash
    let sinceHash = WordTokenizer.hash("since")
    let beginnings = TimeResolver.beginnings
    let eventPrepositions = TimeResolver.eventPrepositions
    let eventBarriers = TimeResolver.eventBarriers
    let prefixFrom = TimeResolver.prefixFrom
    let prefixUntil = TimeResolver.prefixUntil
    let determiners = TimeResolver.determiners
    let yearHash = WordTokenizer.hash("year")
    let theHash = WordTokenizer.hash("the")
    let ofHash = WordTokenizer.hash("of")
    let whenHash = WordTokenizer.hash("when")
    let longHash = WordTokenizer.hash("long")
    let forHash = WordTokenizer.hash("for")
    let perfectAuxiliaries = WordSet(["has", "have", "had", "'ve", "having"])
    let approximators = TimeResolver.approximators
    let sHash = TimeResolver.sHash
    let decadeModifiers = TimeResolver.decadeModifiers
    let periodPrepositions = TimeResolver.periodPrepositions
    let periodPast = TimeResolver.periodPast
    let fewWords = TimeResolver.fewWords
    let openOrigins = TimeResolver.openOrigins
    let possessives = TimeResolver.possessives
    let originPrepositions = TimeResolver.originPrepositions
    let periodParts = TimeResolver.periodParts
    /// "last" (-1), "this" (0), "next" (+1) before "year".
    let yearOffsets: WordTable<Int> = {
        var table = WordTable<Int>()
        table[WordTokenizer.hash("last")] = -1
        table[WordTokenizer.hash("this")] = 0
        table[WordTokenizer.hash("next")] = 1
        table[WordTokenizer.hash("previous")] = -1
        return table
    }()

    /// Words that can start a date or relative phrase: month names, relative phrases' first
    /// words, number words ("two years ago"), "post"/"pre".
    let startWords: WordTable<Bool> = {
        var table = WordTable<Bool>()
        for key in TimeResolver.relativePhrases.firstWords.keys { table[key] = true }
        for key in TimeResolver.numberWords.keys { table[key] = true }
        for key in DateGrammar.shared.monthNames.keys { table[key] = true }
        // "over the past decade", "since its founding".
        for word in ["over", "for", "in", "during", "throughout", "within", "since", "from"] { table[WordTokenizer.hash(word)] = true }
        return table
    }()

    /// The relation a preposition gives ("after" → from, "before" → until, "in" → at), if it is one.
    func relation(of hash: UInt64) -> TimeMention.Relation? {
        if fromWords.contains(hash) { return .from }
        if untilWords.contains(hash) { return .until }
        if atWords.contains(hash) { return .at }
        return nil
    }
}
