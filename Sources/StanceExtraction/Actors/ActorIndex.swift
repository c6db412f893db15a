import StanceModel

/// What a surface form in the index stands for.
struct ActorForm: Sendable, Hashable {
    /// The entry's position in the lexicon.
    var entry: Int32
    var form: ActorMention.Form
    /// Whether the text must start the form with a capital (the form is written capitalised).
    var needsCapital: Bool
}

/// The token tries of every surface form of a lexicon's actors.
struct ActorIndex: Sendable {
    /// Names, demonyms and capitals, by lowercase token hashes.
    var names = TokenTrie<ActorForm>()
    /// Abbreviations, by case-kept token hashes without dots.
    var abbreviations = TokenTrie<ActorForm>()
    /// Local names ("the rebels" on a page about Syria), by lowercase token hashes (a leading
    /// "the" kept: "the opposition" is a name where "opposition to" is not), by country.
    /// A short list, scanned: every sentence asks for its page's country.
    var local: [(country: ActorID, names: TokenTrie<ActorForm>)] = []

    static let hyphen = TokenHash.of("-")
    /// A plural possessive's apostrophe ("Workers’ Party"), either mark.
    static let apostrophe = TokenHash.of("'")

    init() {}

    init(entries: [ActorEntry]) {
        for (position, entry) in entries.enumerated() {
            let at = Int32(position)
            let nameForm: ActorMention.Form = entry.kind == .person ? .person : .name
            for name in [entry.name] + entry.names { add(name, ActorForm(entry: at, form: nameForm, needsCapital: false)) }
            for demonym in entry.demonyms { add(demonym, ActorForm(entry: at, form: .demonym, needsCapital: false)) }
            for capital in entry.capitals { add(capital, ActorForm(entry: at, form: .capital, needsCapital: false)) }
            for abbreviation in entry.abbreviations {
                let hashes = Self.hashes(of: abbreviation, exact: true)
                abbreviations.insert(hashes, ActorForm(entry: at, form: .abbreviation, needsCapital: false))
            }
            for (country, names) in entry.localNames.sorted(by: { $0.key < $1.key }) {
                let k = local.firstIndex { $0.country == country } ?? {
                    local.append((country, TokenTrie()))
                    return local.count - 1
                }()
                for name in names {
                    local[k].names.insert(
                        Self.hashes(of: name, exact: false, keepThe: true), ActorForm(entry: at, form: .name, needsCapital: false))
                }
            }
        }
    }

    private mutating func add(_ phrase: String, _ form: ActorForm) {
        var form = form
        let hashes = Self.hashes(of: phrase, exact: false)
        // A capitalised name of one word needs its capital ("Hamas", not "hamas"); a longer one is
        // a name in lower case too ("the coordination framework", "the axis of resistance").
        form.needsCapital = hashes.count == 1 && (phrase.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
        names.insert(hashes, form)
    }

    /// The token hashes of a lexicon phrase: words, numbers, hyphens and a plural possessive's
    /// apostrophe; a leading "the" dropped.
    static func hashes(of phrase: String, exact: Bool, keepThe: Bool = false) -> [UInt64] {
        var result: [UInt64] = []
        for token in StanceTokenizer.tokens(of: phrase) {
            switch token.kind {
            case .word, .number:
                if !keepThe, result.isEmpty, token.lower == TokenHash.the { continue }
                result.append(exact ? token.exact : token.lower)
            case .punctuation:
                if token.mark == 0x2D { result.append(hyphen) }
                if token.mark == 0x27 || token.mark == 0x2019, !token.spaceBefore, !result.isEmpty { result.append(apostrophe) }
            }
        }
        return result
    }

    /// The hash a text token is looked up with: its word hash, a hyphen's, or nil (stops a match).
    @inline(__always) static func key(_ token: StanceToken, exact: Bool) -> UInt64? {
        switch token.kind {
        case .word, .number: exact ? token.exact : token.lower
        case .punctuation:
            token.mark == 0x2D ? hyphen : ((token.mark == 0x27 || token.mark == 0x2019) && !token.spaceBefore ? apostrophe : nil)
        }
    }
}
