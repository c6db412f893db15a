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

    /// Whether an actor of this kind speaks for the actors it belongs to.
    static func representsOthers(_ kind: ActorKind) -> Bool {
        switch kind {
        case .person, .government, .organization, .state: true
        case .party, .faction, .armedGroup, .coalition: false
        }
    }
}
