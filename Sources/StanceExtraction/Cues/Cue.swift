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
    public var phrase: String
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

    public init(
        phrase: String, role: Role = .stance, score: Double = 0, topic: String? = nil, mutual: Bool = false,
        weak: Bool = false, adjacent: Bool = false, gives: Bool = false, partOfSpeech: String = "phrase"
    ) {
        self.adjacent = adjacent
        self.gives = gives
        self.partOfSpeech = partOfSpeech
        self.phrase = phrase
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
