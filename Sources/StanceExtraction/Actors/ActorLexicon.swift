import StanceModel

/// The actors an extractor knows, with an index of every surface form for matching in text.
///
/// Loaded from YAML (`format: 1`, `actors:` list, see `parse(yaml:source:)`); the bundled
/// lexicon covers the UN member states, major organisations and the actors of the Iraq–Syria–Iran
/// theatre. A later lexicon merged in replaces actors of the same id.
public struct ActorLexicon: Sendable {
    /// Every actor, in load order.
    public private(set) var entries: [ActorEntry] = []
    private var position: [ActorID: Int] = [:]
    /// The matching index, rebuilt whenever entries change.
    private(set) var index = ActorIndex()
    /// Each entry as the model knows it, made once.
    private var modelActors: [StanceActor] = []
    /// What each entry stands for (`standsFor(_:)`), made once.
    private(set) var standing: [ActorID: [ActorID]] = [:]
    /// The governments that stood for a state and have ended (`formerGovernment(of:during:)`):
    /// a short list, scanned (the extractor asks for every claim, and most ask of no such state).
    private(set) var formerGovernments: [(state: ActorID, government: ActorID, span: TimeSpan)] = []
    /// When each ended government's time as its state's government ended, with the persons who
    /// speak for it (`governmentEnd(of:orWhomItSpeaksFor:)`).
    private(set) var endedGovernments: [(id: ActorID, end: TimePoint, person: Bool)] = []

    public init(entries: [ActorEntry] = []) {
        for entry in entries { add(entry) }
        index = ActorIndex(entries: self.entries)
        modelActors = self.entries.map(\.stanceActor)
        standing = Self.standings(of: self.entries, position: position)
        formerGovernments = Self.formerGovernments(of: self.entries)
        endedGovernments = Self.endedGovernments(of: self.entries)
    }

    /// The actor of this id as the model knows it (every surface form an alias).
    public func stanceActor(id: ActorID) -> StanceActor? {
        guard let k = position[id] else { return nil }
        return modelActors[k]
    }

    /// The actor of this id, if the lexicon has it.
    ///
    /// No closure (`position[id].map { entries[$0] }`): one that captures the lexicon made the
    /// callers copy the whole lexicon struct for each look-up.
    public func actor(id: ActorID) -> ActorEntry? {
        guard let k = position[id] else { return nil }
        return entries[k]
    }

    /// The entry at position `k` as the model knows it.
    func stanceActor(at k: Int) -> StanceActor { modelActors[k] }

    /// The kind of the actor of this id, read in place (no copy of its entry).
    func kind(of id: ActorID) -> ActorKind? {
        guard let k = position[id] else { return nil }
        return entries[k].kind
    }

    /// The bundled actor lexicon (`DefaultLexicon.actorFiles`, loaded together).
    public static func bundled() throws(ExtractionError) -> ActorLexicon {
        var lexicon = ActorLexicon()
        for file in DefaultLexicon.actorFiles {
            lexicon.merge(try parse(yaml: file.yaml, source: "bundled \(file.name)"))
        }
        return lexicon
    }

    /// Adds the actors of `other`; an actor whose id is already present is replaced.
    public mutating func merge(_ other: ActorLexicon) {
        for entry in other.entries { add(entry) }
        index = ActorIndex(entries: entries)
        modelActors = entries.map(\.stanceActor)
        standing = Self.standings(of: entries, position: position)
        formerGovernments = Self.formerGovernments(of: entries)
        endedGovernments = Self.endedGovernments(of: entries)
    }

    private mutating func add(_ entry: ActorEntry) {
        if let at = position[entry.id] {
            entries[at] = entry
        } else {
            position[entry.id] = entries.count
            entries.append(entry)
        }
    }

    /// The actor a surface form denotes ("Iraqi government", "Tehran", "U.S."), when one mention
    /// covers the whole form (a leading "the" aside).
    public func resolve(_ form: String) -> ActorID? {
        let mentions = ActorMatcher(lexicon: self).matches(in: form, range: form.startIndex..<form.endIndex)
        let tokens = StanceTokenizer.tokens(of: form).filter { $0.kind != .punctuation || $0.mark == 0x2D }
        guard let first = tokens.first(where: { $0.lower != TokenHash.the }), let last = tokens.last else { return nil }
        let match = mentions.mentions.first { $0.start <= first.start && $0.end >= last.end }
        return match.map { mentions.actorID(of: $0) }
    }

    /// Every actor mention in `range` of `text`, in order: names, abbreviations, demonyms,
    /// capitals, roles resolved to their organisation, persons to whom they speak for, and groups
    /// named by country or alignment.
    public func mentions(in text: String, range: Range<String.Index>) -> [ActorMention] {
        let found = ActorMatcher(lexicon: self).matches(in: text, range: range)
        let utf8 = text.utf8
        return found.mentions.map { mention in
            let lower = utf8.index(utf8.startIndex, offsetBy: mention.start)
            let upper = utf8.index(utf8.startIndex, offsetBy: mention.end)
            return ActorMention(actor: found.actorID(of: mention), range: lower..<upper, form: mention.form)
        }
    }

    /// The index of an actor id in `entries`.
    func entryIndex(of id: ActorID) -> Int? { position[id] }
}
