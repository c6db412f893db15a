import StanceModel

/// Why verification dropped a claim the model proposed.
public enum RejectionReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// The entry was not an object with sentence, source, target and stance.
    case malformed
    /// The sentence number is missing or not one of the sentences sent.
    case sentenceOutOfRange = "sentence-out-of-range"
    /// The stance is not one of the five levels.
    case unknownStance = "unknown-stance"
    /// The source is not named in the sentence (by the lexicon or the article's aliases).
    case sourceNotInSentence = "source-not-in-sentence"
    /// The target is not named in the sentence.
    case targetNotInSentence = "target-not-in-sentence"
    /// Source and target are one actor, or one stands for the other (a minister and his state).
    case sameActor = "same-actor"
    /// The time phrase does not occur in the sentence.
    case timeNotInSentence = "time-not-in-sentence"
    /// The time phrase occurs but the time resolver finds no time in it.
    case timeUnresolved = "time-unresolved"
    /// The same claim on the same sentence was already kept.
    case duplicate

    /// What the reason means, for `--verbose`.
    public var explanation: String {
        switch self {
        case .malformed: "not an object with sentence, source, target and stance"
        case .sentenceOutOfRange: "no such sentence among those sent"
        case .unknownStance: "stance is not allied, supports, neutral, opposes or hostile"
        case .sourceNotInSentence: "the source is not named in that sentence"
        case .targetNotInSentence: "the target is not named in that sentence"
        case .sameActor: "source and target are the same actor or one stands for the other"
        case .timeNotInSentence: "the time phrase is not in that sentence"
        case .timeUnresolved: "the time phrase does not resolve to a date"
        case .duplicate: "the same claim on the same sentence again"
        }
    }
}

/// A proposed claim that verification dropped, and why.
public struct Rejection: Sendable, Hashable {
    public var claim: ProposedClaim?
    public var reason: RejectionReason

    public init(claim: ProposedClaim?, reason: RejectionReason) {
        self.claim = claim
        self.reason = reason
    }

    /// "[12] iran → iraq opposes: the target is not named in that sentence".
    public var description: String {
        guard let claim else { return "(entry): \(reason.explanation)" }
        let number = claim.sentence.map { "[\($0)]" } ?? "[?]"
        let time = claim.time.map { " (time “\($0)”)" } ?? ""
        return "\(number) \(claim.source) → \(claim.target) \(claim.stance)\(time): \(reason.explanation)"
    }
}
