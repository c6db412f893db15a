/// One entry of a cue lexicon: a word or phrase that states, shifts or qualifies a stance.
///
/// Polarity composes along a chain from the holder to the target: each cue multiplies the sign
/// ("push for" + × "withdrawal" − → opposes; "not" × "want" × "leave" → supports), and the first
/// stance cue of the chain gives the intensity.
public struct Cue: Sendable, Hashable {
    /// What a cue does in a chain.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// States a stance of the holder toward what follows ("support", "attack", "advocate for").
        case stance
        /// Turns what follows without stating a stance by itself ("end", "delay", "keep").
        case `operator`
        /// An issue about an actor, with a topic ("withdrawal", "presence", "military mission").
        case frame
        /// Reverses what follows in its clause ("not", "never", "no longer", "refuse to").
        case negator
        /// Puts a stance in doubt: the holder now stands neutral ("reevaluate", "reconsider").
        case reconsider
        /// Lowers confidence ("seems", "could", "reportedly").
        case hedge
        /// A statement word: negated ("no statement"), the clause states no stance.
        case speech
        /// Opens a condition ("if", "unless"): its clause states no stance.
        case hypothetical
    }

    /// The phrase as written in the lexicon (its first word inflected per `partOfSpeech`).
    public var phrase: String { didSet { kinds = Self.kinds(of: phrase) } }
    public var role: Role
    /// Signed strength in [-1, 1]: supports +0.5, allied +1, opposes -0.5, hostile -1; the sign
    /// only for operators and frames.
    public var score: Double
    /// For frames: the topic kind (`troop-presence`), made into a topic id per target and place.
    public var topic: String?
    /// Whether the stance holds both ways between the holders ("X and Y reached an agreement").
    public var mutual: Bool
    /// Whether the cue is a weak sign of a stance (lower confidence).
    public var weak: Bool
    /// Whether the target must follow right after the cue ("recognised X", not "recognised the risk").
    public var adjacent: Bool
    /// Whether the cue is a verb of giving, a stance only when the recipient follows it and what
    /// is given is help ("sent Ukraine aid", "provided the group with weapons"; not "sent Ukraine a
    /// warning").
    public var gives: Bool
    /// `verb`, `noun` or `phrase`, as the lexicon gives it.
    public var partOfSpeech: String
    /// What the extractor reads of the phrase itself, made once (no string compared per claim).
    private(set) var kinds: PhraseKinds = []
    /// Overthrowing a government ("topple", "oust").
    var overthrows: Bool { kinds.contains(.overthrow) }
    /// A takeover ("the rebels' takeover").
    var takesOver: Bool { kinds.contains(.takeover) }
    /// Taking a place by force ("seize", "take control of"): of a capital, its government.
    var captures: Bool { kinds.contains(.capture) }
    /// Asking another to act ("urge", "demand").
    var requests: Bool { kinds.contains(.request) }
    /// The "pro" of "pro-X".
    var isPro: Bool { kinds.contains(.pro) }

    struct PhraseKinds: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        static let overthrow = PhraseKinds(rawValue: 1)
        static let takeover = PhraseKinds(rawValue: 2)
        static let request = PhraseKinds(rawValue: 4)
        static let pro = PhraseKinds(rawValue: 8)
        static let capture = PhraseKinds(rawValue: 16)
    }

    static func kinds(of phrase: String) -> PhraseKinds {
        var kinds: PhraseKinds = []
        if ["topple", "overthrow", "oust", "depose", "unseat"].contains(phrase) { kinds.insert(.overthrow) }
        if phrase == "takeover" { kinds.insert(.takeover) }
        if ["demand", "urge", "request", "call on", "call upon", "ask", "press", "insist", "advocate", "pressure", "pressure on"].contains(phrase) {
            kinds.insert(.request)
        }
        if phrase == "pro" { kinds.insert(.pro) }
        if ["seize", "capture", "overrun", "storm", "take control of", "seize control of", "gain control of", "wrest control of"].contains(phrase) {
            kinds.insert(.capture)
        }
        return kinds
    }

    public init(
        phrase: String, role: Role = .stance, score: Double = 0, topic: String? = nil, mutual: Bool = false,
        weak: Bool = false, adjacent: Bool = false, gives: Bool = false, partOfSpeech: String = "phrase"
    ) {
        self.adjacent = adjacent
        self.gives = gives
        self.partOfSpeech = partOfSpeech
        self.phrase = phrase
        kinds = Self.kinds(of: phrase)
        self.role = role
        self.score = score
        self.topic = topic
        self.mutual = mutual
        self.weak = weak
    }

    /// The sign this cue multiplies a chain by.
    var sign: Double {
        switch role {
        case .negator: -1
        case .stance, .operator, .frame: score < 0 ? -1 : 1
        case .reconsider, .hedge, .speech, .hypothetical: 1
        }
    }
}

/// A topic kind a frame names, with the label words used to make topic labels.
public struct TopicKind: Sendable, Hashable {
    public var id: String
    /// "troop presence": the label is "<target> troop presence in <place>".
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
