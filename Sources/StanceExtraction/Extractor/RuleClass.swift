/// The rule that read a claim: claims are calibrated per rule, because each rule is right a
/// different share of the time (a stance verb between two named actors far more often than a
/// stance given to "the country" or to the antecedent of "him").
public enum RuleClass: String, Sendable, Hashable, CaseIterable, Codable {
    /// A chain of cues from a holder to the target named after it ("X condemned Y").
    case clause
    /// A further member of a list of targets ("X condemned Y, Z and W": Z and W).
    case list
    /// "X, Y's ally", "X is Y's closest partner".
    case relationNoun = "relation-noun"
    /// "X, holding Y responsible".
    case heldResponsible = "held-responsible"
    /// A stance on "their presence", given to the latest target of a topic.
    case pronounFrame = "pronoun-frame"
    /// "the fall of X, following offensives by Y".
    case fallOf = "fall-of"
    /// "X was attacked by Y".
    case passive
    /// "X and Y signed an agreement" (every pair).
    case mutual
    /// The other direction of a mutual cue ("X reached an agreement with Y": Y toward X).
    case mutualReverse = "mutual-reverse"
    /// "tensions between X and Y", "X and Y have been close allies".
    case reciprocal
    /// The object of a reporting verb that is itself a stance ("X accused Y").
    case reportingObject = "reporting-object"
    /// A stance toward "the country", the state last named as a place.
    case theCountry = "the-country"
    /// A stance toward "him", "them": the latest actor named before.
    case pronoun
    /// "X, Y's branch/affiliate/proxy", "X severed ties with Y".
    case tie
    /// "the Iran-backed group", "X, a UAE-backed movement".
    case alignment
    /// "Assad's backers, Russia and Iran", "X forms part of Y", "X, a member of Y".
    case affiliation
    /// "Türkiye considers the PKK a terrorist group", "X, listed as a terror organization by Y".
    case designation
    /// An object relative clause: "X, which Y has blamed for the attack" (Y toward X).
    case relative = "object-relative"
    /// "X supports Y in its fight against Z": Y toward Z.
    case aidedFight = "aided-fight"
    /// A claim a language model proposed and verification kept (the `StanceLLM` target).
    case model
}

/// What a claim was read from, as calibration keys it: the rule, the polarity, and whether the
/// holder was implicit (the speaker, a pronoun), the cue hedged or weak, or an actor made up
/// from the text rather than the lexicon.
public struct RuleKey: Sendable, Hashable, CustomStringConvertible {
    public var rule: RuleClass
    public var polarity: String
    public var implicitHolder: Bool
    public var hedged: Bool
    public var adHoc: Bool
    /// Whether more than a few words lie between the holder, the cue and the target: long
    /// attachments are where clauses are misread.
    public var far: Bool

    public init(
        rule: RuleClass, polarity: String, implicitHolder: Bool = false, hedged: Bool = false, adHoc: Bool = false,
        far: Bool = false
    ) {
        self.rule = rule
        self.polarity = polarity
        self.implicitHolder = implicitHolder
        self.hedged = hedged
        self.adHoc = adHoc
        self.far = far
    }

    /// "clause/-/implicit+hedged": the most specific key.
    public var description: String { backOff[0] }

    /// The keys from most to least specific: with every flag, the rule and polarity, the rule.
    public var backOff: [String] {
        let flags = [implicitHolder ? "implicit" : nil, hedged ? "hedged" : nil, adHoc ? "adhoc" : nil, far ? "far" : nil]
            .compactMap { $0 }
        let base = "\(rule.rawValue)/\(polarity)"
        return (flags.isEmpty ? [base] : ["\(base)/\(flags.joined(separator: "+"))", base]) + [rule.rawValue]
    }
}
