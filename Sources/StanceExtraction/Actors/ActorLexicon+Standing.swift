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
        guard let governments = formerGovernments[state] else { return nil }
        for (government, membership) in governments {
            guard let end = membership.end else { continue }
            if let start = span.start {
                if start.firstDay < end.firstDay, membership.start.map({ $0.firstDay <= start.firstDay }) ?? true { return government }
            } else if let until = span.end, until.endDay <= end.endDay {
                return government
            }
        }
        return nil
    }

    /// The government of `state` that ended last by `date`, and its end: the one a page of that
    /// date means by "overthrew the government".
    public func lastFormerGovernment(of state: ActorID, before date: TimePoint) -> (government: ActorID, end: TimePoint)? {
        var best: (government: ActorID, end: TimePoint)?
        for (government, membership) in formerGovernments[state] ?? [] {
            guard let end = membership.end, end.firstDay <= date.firstDay else { continue }
            if best.map({ $0.end.firstDay < end.firstDay }) ?? true { best = (government, end) }
        }
        return best
    }

    /// Governments with a dated membership in a state that ended, by state.
    static func formerGovernments(of entries: [ActorEntry]) -> [ActorID: [(government: ActorID, span: TimeSpan)]] {
        var table: [ActorID: [(government: ActorID, span: TimeSpan)]] = [:]
        for entry in entries where entry.kind == .government {
            for membership in entry.memberships where membership.span.end != nil {
                table[membership.parent, default: []].append((entry.id, membership.span))
            }
        }
        return table
    }

    /// Whether an actor of this kind speaks for the actors it belongs to.
    static func representsOthers(_ kind: ActorKind) -> Bool {
        switch kind {
        case .person, .government, .organization, .state: true
        case .party, .faction, .armedGroup, .coalition: false
        }
    }
}
