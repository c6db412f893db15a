import StanceModel

extension ActorLexicon {
    /// The actor itself, then each actor it stands for, nearest first: a person's `speaks_for` and
    /// memberships, a government's, organization's or state's memberships, followed upward.
    /// Armed groups, parties, factions and coalitions stand only for themselves (Kataib Hezbollah
    /// is never Iraq, Hezbollah never Lebanon).
    /// - Complexity: one lookup (the lists are made when the lexicon is).
    public func standsFor(_ id: ActorID) -> [ActorID] {
        standing[id] ?? [id]
    }

    /// `standsFor(_:)` of every entry, made once (the claims of every article ask it).
    static func standings(of entries: [ActorEntry], position: [ActorID: Int]) -> [ActorID: [ActorID]] {
        var table: [ActorID: [ActorID]] = [:]
        for entry in entries { table[entry.id] = standsFor(entry.id, entries: entries, position: position) }
        return table
    }

    /// The actor itself, then each actor it stands for (see `standsFor(_:)`), followed upward.
    /// - Complexity: O(a) for the a actors above it.
    private static func standsFor(_ id: ActorID, entries: [ActorEntry], position: [ActorID: Int]) -> [ActorID] {
        func actor(id: ActorID) -> ActorEntry? { position[id].map { entries[$0] } }
        var result: [ActorID] = [id]
        var index = 0
        while index < result.count {
            let current = result[index]
            index += 1
            guard let entry = actor(id: current), Self.representsOthers(entry.kind) else { continue }
            for parent in [entry.speaksFor].compactMap({ $0 }) + entry.memberships.map(\.parent) where !result.contains(parent) {
                result.append(parent)
            }
        }
        return result
    }

    /// Whether one actor stands for the other (a government and its state, a minister and the
    /// government): no stance holds between them.
    public func sameSide(_ a: ActorID, _ b: ActorID) -> Bool {
        a == b || standsFor(a).contains(b) || standsFor(b).contains(a)
    }

    /// The government that stood for `state` when a stance of this span began, if that
    /// government has since ended: Syria before 8 December 2024 is the Assad regime (the
    /// codebook's rule, and the lexicon's membership dates). A span that starts before the
    /// government's end (or, open at the start, ends by it) is its; an undated one stays the
    /// state's.
    public func formerGovernment(of state: ActorID, during span: TimeSpan) -> ActorID? {
        for former in formerGovernments where former.state == state {
            guard let end = former.span.end else { continue }
            if let start = span.start {
                if start.firstDay < end.firstDay, former.span.start.map({ $0.firstDay <= start.firstDay }) ?? true {
                    return former.government
                }
            } else if let until = span.end, until.endDay <= end.endDay {
                return former.government
            }
        }
        return nil
    }

    /// The government of `state` that ended last by `date`, and its end: the one a page of that
    /// date means by "overthrew the government".
    public func lastFormerGovernment(of state: ActorID, before date: TimePoint) -> (government: ActorID, end: TimePoint)? {
        var best: (government: ActorID, end: TimePoint)?
        for former in formerGovernments where former.state == state {
            guard let end = former.span.end, end.firstDay <= date.firstDay else { continue }
            if best.map({ $0.end.firstDay < end.firstDay }) ?? true { best = (former.government, end) }
        }
        return best
    }

    /// When a government's time as its state's government ended (the Assad regime's on
    /// 2024-12-08), or, with `speaking`, that of the government a person speaks for.
    public func governmentEnd(of id: ActorID, orWhomItSpeaksFor speaking: Bool = false) -> TimePoint? {
        for ended in endedGovernments where ended.id == id && (speaking || !ended.person) { return ended.end }
        return nil
    }

    /// Governments with a dated membership in a state that ended.
    static func formerGovernments(of entries: [ActorEntry]) -> [(state: ActorID, government: ActorID, span: TimeSpan)] {
        var result: [(state: ActorID, government: ActorID, span: TimeSpan)] = []
        for entry in entries where entry.kind == .government {
            for membership in entry.memberships where membership.span.end != nil {
                result.append((membership.parent, entry.id, membership.span))
            }
        }
        return result
    }

    /// Each government whose membership in a state ended, with that end (the earliest), and each
    /// person who speaks for one.
    static func endedGovernments(of entries: [ActorEntry]) -> [(id: ActorID, end: TimePoint, person: Bool)] {
        let kinds = Dictionary(entries.map { ($0.id, $0.kind) }, uniquingKeysWith: { _, last in last })
        var ends: [ActorID: TimePoint] = [:]
        for entry in entries where entry.kind == .government {
            let end = entry.memberships.compactMap { kinds[$0.parent] == .state ? $0.span.end : nil }.min()
            if let end { ends[entry.id] = end }
        }
        var result = ends.map { (id: $0.key, end: $0.value, person: false) }
        for entry in entries where entry.kind == .person {
            if let government = entry.speaksFor, let end = ends[government] { result.append((entry.id, end, true)) }
        }
        return result.sorted { $0.id < $1.id }
    }

    /// Whether an actor of this kind speaks for the actors it belongs to.
    static func representsOthers(_ kind: ActorKind) -> Bool {
        switch kind {
        case .person, .government, .organization, .state: true
        case .party, .faction, .armedGroup, .coalition: false
        }
    }
}
