import StanceModel

extension ActorMatcher {
    /// Turns lexicon mentions into the mentions the extractor uses: possessive modifiers dropped
    /// ("Iraq’s National Security Service" → the service), roles resolved ("Iraqi spokesperson" →
    /// the Iraqi government; "one official from X" → X), groups made ("Iraqi armed groups",
    /// "Iran-aligned factions", "factions aligned with Iran") with their alignment relations.
    func resolveStructure(_ base: inout [MatchedMention], into result: inout ActorMatches) {
        let tokens = result.tokens
        var consumed = [Bool](filled: false, count: base.count)
        var covered = [Bool](filled: false, count: tokens.count)
        var starts = [Bool](filled: false, count: tokens.count + 1)
        for m in base {
            starts[m.first] = true
            for t in m.first..<m.last { covered[t] = true }
        }
        // Postposed alignment first: "<group> aligned with X" consumes X.
        var postposed: [Int: (MatchedMention, CompoundRelation.Kind, ActorID, Int)] = [:]  // keyed by group start token
        for (k, m) in base.enumerated() {
            guard let entry = m.entry, m.first >= 3 else { continue }
            var j = m.first - 1
            if tokens[j].lower == ActorWords.the { j -= 1 }
            guard j >= 2, ActorWords.alignPrepositions.contains(tokens[j].lower),
                let kind = ActorWords.alignWords[tokens[j - 1].lower], kind != .led,
                tokens[j - 2].kind == .word, let head = ActorWords.groupHeads[tokens[j - 2].lower]
            else { continue }
            if tokens[j].lower == ActorWords.by, kind == .aligned { continue }
            let headIndex = j - 2
            var startIndex = headIndex
            var words = 0
            while startIndex > 0, words < 4 {
                let t = tokens[startIndex - 1]
                guard t.kind == .word, !ActorWords.stopwords.contains(t.lower) || t.lower == ActorWords.and,
                    !covered[startIndex - 1]
                else { break }
                startIndex -= 1
                words += 1
            }
            if tokens[startIndex].lower == ActorWords.and { startIndex += 1 }
            let target = lexicon.entries[Int(entry)]
            let group = adHocGroup(aligned: target, kind: kind, head: head, result: &result)
            consumed[k] = true
            postposed[startIndex] = (
                MatchedMention(
                    first: startIndex, last: headIndex + 1, start: tokens[startIndex].start, end: tokens[headIndex].end,
                    actor: group, entry: nil, form: .group), kind, target.id, j - 1
            )
        }

        var k = 0
        // The end of the last state read as a people's or land's ("the people of Palestine"), for
        // the states listed after it ("… and Lebanon").
        var populaceEnd = -1
        // The first token of a compound's actor that follows another compound ("US-designated
        // Iran-backed"): its relation too is the group's named elsewhere.
        var stackedBefore = -1
        var pendingPostposed = postposed.sorted { $0.key < $1.key }[...]
        func flushPostposed(before token: Int) {
            while let next = pendingPostposed.first, next.key <= token {
                pendingPostposed = pendingPostposed.dropFirst()
                result.mentions.append(next.value.0)
                result.relations.append(
                    CompoundRelation(
                        holder: next.value.0.first, target: next.value.2, kind: next.value.1, token: next.value.3))
            }
        }
        while k < base.count {
            defer { k += 1 }
            if consumed[k] { continue }
            var m = base[k]
            flushPostposed(before: m.first)
            guard let entryIndex = m.entry else {
                result.mentions.append(m)
                continue
            }
            // Read where used: most mentions need only its kind, and a copy of the whole entry costs.
            var entry: ActorEntry { lexicon.entries[Int(entryIndex)] }
            // A possessive modifier of the next mention: "Iraq’s National Security Service".
            // ("The YPG is the PKK's Syrian offshoot": after a copula, a demonym with no name after
            // it leaves the possessor, whose part the subject is; "against the Islamic State's
            // Afghan branch" names the branch.)
            var before = m.first - 1
            if before >= 0, tokens[before].lower == TokenHash.the { before -= 1 }
            let demonymAlone = before >= 0 && ActorWords.copulas.contains(tokens[before].lower)
                && k + 1 < base.count && base[k + 1].form == .demonym
                && (k + 2 >= base.count || base[k + 2].first > base[k + 1].last)
            if m.isPossessive, k + 1 < base.count, base[k + 1].first == m.last + 1, !demonymAlone {
                // "the PMU's Kataib Sayyid al-Shuhada (KSS) faction": the group named is a part of
                // the possessor (a state's "faction" is a party inside it, not a member).
                let next = base[k + 1]
                let nextIsState = next.entry.map { lexicon.entries[Int($0)].kind == .state } ?? false
                if entry.kind != .state, next.form != .demonym, !nextIsState, let part = partNoun(after: next.last, tokens: tokens) {
                    result.relations.append(CompoundRelation(holder: next.first, target: entry.id, kind: .member, token: part))
                }
                continue
            }
            // "Iraq’s (powerful) (pro-Iran) Nujaba movement": a state's possessive before a group
            // says where the group is; it is neither the group nor a holder (the group is read in
            // its turn).
            if m.isPossessive, entry.kind == .state, isGroupAfterModifiers(from: m.last + 1, base: base, at: k + 1, tokens: tokens) {
                continue
            }
            // "the pro-Iran Nujaba movement": the group named after it is for X.
            if m.first >= 2, tokens[m.first - 1].mark == 0x2D, !tokens[m.first - 1].spaceBefore, tokens[m.first - 2].lower == ActorWords.pro,
                k + 1 < base.count, base[k + 1].first >= m.last, base[k + 1].first <= m.last + 2,
                (m.last..<base[k + 1].first).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized }),
                base[k + 1].entry.map({ lexicon.entries[Int($0)].kind != .state }) ?? false
            {
                result.relations.append(CompoundRelation(holder: base[k + 1].first, target: entry.id, kind: .pro, token: m.first - 2))
                continue
            }
            // "X-aligned ...", "X-backed ...", "X-led ...".
            if m.last + 1 < tokens.count, tokens[m.last].mark == 0x2D, !tokens[m.last].spaceBefore,
                let kind = ActorWords.alignWords[tokens[m.last + 1].lower]
            {
                if kind == .led {
                    result.mentions.append(m)
                    continue
                }
                var after = Self.pastSoCalled(m.last + 2, tokens)
                if k + 1 < base.count, base[k + 1].first == after, let next = base[k + 1].entry,
                    lexicon.entries[Int(next)].kind == .state, base[k + 1].form == .demonym
                {
                    // "Iran-backed Iraqi militias": the demonym says where the group is; it is
                    // neither the group nor backed itself.
                    consumed[k + 1] = true
                    k += 1
                    after = base[k].last
                }
                // "a US-designated Iran-backed militia": a second compound after the first; both
                // describe the group after them (or the appositive's head).
                let stacked = k + 1 < base.count && base[k + 1].first == after && base[k + 1].last + 1 < tokens.count
                    && tokens[base[k + 1].last].mark == 0x2D && ActorWords.alignWords[tokens[base[k + 1].last + 1].lower] != nil
                if stacked || stackedBefore == m.first {
                    result.relations.append(
                        CompoundRelation(holder: CompoundRelation.elsewhere, target: entry.id, kind: kind, token: m.last + 1))
                    if stacked { stackedBefore = base[k + 1].first }
                    continue
                }
                if k + 1 < base.count, base[k + 1].first == after {
                    // "Iran-backed Hezbollah": the next mention holds the alignment.
                    var next = base[k + 1]
                    next = resolveRole(next, base: base, at: k + 1, tokens: tokens, starts: starts, result: &result)
                    result.mentions.append(next)
                    result.relations.append(
                        CompoundRelation(holder: next.first, target: entry.id, kind: kind, token: m.last + 1))
                    consumed[k + 1] = true
                    k += 1
                    continue
                }
                if let (headIndex, head) = groupHead(after: after, tokens: tokens, starts: starts, allowAnd: true) {
                    let group = adHocGroup(aligned: entry, kind: kind, head: head, result: &result)
                    result.mentions.append(
                        MatchedMention(
                            first: m.first, last: headIndex + 1, start: m.start, end: tokens[headIndex].end, actor: group,
                            entry: nil, form: .group))
                    result.relations.append(
                        CompoundRelation(holder: m.first, target: entry.id, kind: kind, token: m.last + 1))
                } else if kind != .led {
                    // "the Iran-backed group", "X, a UAE-backed movement": the holder is named elsewhere.
                    result.relations.append(
                        CompoundRelation(holder: CompoundRelation.elsewhere, target: entry.id, kind: kind, token: m.last + 1))
                }
                continue
            }
            m = resolveRole(m, base: base, at: k, tokens: tokens, starts: starts, result: &result)
            if m.form == .role, k + 1 < base.count, base[k + 1].first <= m.last, base[k + 1].last > m.last, base[k + 1].form == .person {
                // "Syrian President Bashar al-Assad": the person named is who the title belongs
                // to, and he speaks for his own side.
                var person = base[k + 1]
                person.first = m.first
                person.start = m.start
                result.mentions.append(person)
                consumed[k + 1] = true
                continue
            }
            if m.form == .demonym, k + 1 < base.count, base[k + 1].first == m.last, let next = base[k + 1].entry,
                [.faction, .armedGroup, .party].contains(lexicon.entries[Int(next)].kind)
            {
                // "the Iraqi Kataib Sayyid al-Shuhada militia": the demonym says where the group is.
                continue
            }
            if m.form == .demonym, k + 1 < base.count, base[k + 1].first > m.last, base[k + 1].first <= m.last + 3,
                (m.last..<base[k + 1].first).allSatisfy({ tokens[$0].isWord && !tokens[$0].isCapitalized && !ActorWords.stopwords.contains(tokens[$0].lower) })
            {
                // "the Palestinian resistance group Hamas": the demonym describes the name after it.
                continue
            }
            if m.form != .person, titlesPerson(after: m, base: base, from: k + 1, tokens: tokens) {
                // "Iranian Islamic Revolutionary Guard Corps (IRGC) Quds Force Commander General
                // Qasem Soleimani": the names before the person's titles are his titles too.
                continue
            }
            if m.form != .person, m.first > 0, tokens[m.first - 1].lower == ActorWords.local, let entry = m.entry,
                lexicon.entries[Int(entry)].kind == .state
            {
                // "local Syrian forces": fighters of the place, not the state's.
                continue
            }
            // ("the Daraa province of southern Syria": a region's word may stand before the state.)
            let of = m.first >= 1 && ActorWords.compass.contains(tokens[m.first - 1].lower) ? m.first - 2 : m.first - 1
            if m.form == .name, of >= 1, lexicon.entries[Int(entryIndex)].kind == .state,
                (tokens[of].lower == ActorWords.of && ActorWords.populace.contains(tokens[of - 1].lower))
                    || (populaceEnd >= 0 && (populaceEnd..<m.first).allSatisfy { tokens[$0].lower == ActorWords.and || tokens[$0].mark == 0x2C })
            {
                // "support for the people of Palestine and Lebanon", "the north of Syria", "the
                // Daraa province of southern Syria": its people or land, not the state that acts.
                populaceEnd = m.last
                continue
            }
            if m.form == .demonym, m.last + 1 < tokens.count, tokens[m.last].lower == ActorWords.air, tokens[m.last + 1].lower == ActorWords.space {
                // "using Syrian air space": the state's sky, not the state.
                continue
            }
            if m.form == .demonym, m.last < tokens.count, tokens[m.last].lower == ActorWords.capital {
                // "rebels took control of the Syrian capital": the capital, a metonym as "Damascus" is.
                m.form = .capital
                m.last += 1
                m.end = tokens[m.last - 1].end
                m.isPossessive = m.last < tokens.count && tokens[m.last].isPossessive
                result.mentions.append(m)
                continue
            }
            if m.form == .demonym, m.last < tokens.count, ActorWords.populace.contains(tokens[m.last].lower) {
                // "Iraqi civilians", "Yemeni provinces", "Syrian territory": people or places of a
                // country, not the state that acts.
                continue
            }
            result.mentions.append(m)
            if m.last - m.first >= 3 { innerRelations(of: m, tokens: tokens, into: &result) }
            if let entry = m.entry, lexicon.entries[Int(entry)].kind == .coalition, m.last < tokens.count,
                tokens[m.last].lower == ActorWords.against, k + 1 < base.count,
                (m.last + 1..<base[k + 1].first).allSatisfy({ tokens[$0].lower == TokenHash.the }),
                let enemy = base[k + 1].entry
            {
                // "the international coalition against ISIS": a coalition named by its enemy.
                result.relations.append(
                    CompoundRelation(holder: m.first, target: lexicon.entries[Int(enemy)].id, kind: .against, token: m.last))
            }
        }
        flushPostposed(before: Int.max)
        result.mentions.sort { $0.first < $1.first }
    }

    /// Whether a group mention (`base[next]`) follows a possessive after at most three modifier
    /// words ("powerful", "pro-Iran", "Shiite").
    private func isGroupAfterModifiers(from start: Int, base: [MatchedMention], at next: Int, tokens: [StanceToken]) -> Bool {
        // A state in a hyphenated modifier ("pro-Iran", "Iran-backed") is part of the modifiers.
        var next = next
        while next < base.count, base[next].first < start + 4, base[next].entry.map({ lexicon.entries[Int($0)].kind == .state }) ?? false,
            (base[next].first > 0 && tokens[base[next].first - 1].mark == 0x2D && !tokens[base[next].first - 1].spaceBefore)
                || (base[next].last < tokens.count && tokens[base[next].last].mark == 0x2D && !tokens[base[next].last].spaceBefore)
        {
            next += 1
        }
        // Only a group: "Iran’s ally Assad" names a person, and Iran's relation to him.
        guard next < base.count, base[next].first >= start, base[next].first <= start + 4, base[next].form != .demonym,
            let entry = base[next].entry, [.armedGroup, .party, .faction].contains(lexicon.entries[Int(entry)].kind)
        else { return false }
        var words = 0
        for j in start..<base[next].first {
            let t = tokens[j]
            if t.kind == .punctuation {
                guard t.mark == 0x2D, !t.spaceBefore else { return false }
                continue
            }
            guard t.isWord, !ActorWords.stopwords.contains(t.lower) else { return false }
            words += 1
        }
        return words <= 3
    }

    /// The token of a part noun right after a name, past an abbreviation in brackets: "X (KSS) faction".
    private func partNoun(after last: Int, tokens: [StanceToken]) -> Int? {
        var j = last
        if j < tokens.count, tokens[j].mark == 0x28 {
            guard let close = (j + 1..<min(tokens.count, j + 5)).first(where: { tokens[$0].mark == 0x29 }) else { return nil }
            j = close + 1
        }
        guard j < tokens.count, tokens[j].isWord, ActorWords.partNouns.contains(tokens[j].lower) else { return nil }
        return j
    }

    /// The alignment a lexicon name states inside itself: "Iran-allied factions", "militias backed
    /// by Iran", "pro-Iran groups" → a relation of the named group to Iran.
    private func innerRelations(of m: MatchedMention, tokens: [StanceToken], into result: inout ActorMatches) {
        guard (m.first..<m.last).contains(where: {
            ActorWords.alignWords[tokens[$0].lower] != nil || tokens[$0].lower == ActorWords.pro
                || ActorWords.enmityWords.contains(tokens[$0].lower)
        })
        else { return }
        let inner = Array(tokens[m.first..<m.last])
        var found: [MatchedMention] = []
        for j in 0..<inner.count where inner[j].isWord && !found.contains(where: { $0.last > j }) {
            guard var sub = lexiconMentions(Array(inner[j...])).first, sub.first == 0 else { continue }
            if j == 0, sub.last == inner.count {
                // The whole name matched from its first word ("Turkish-backed Syrian National
                // Army"): the backer is the part before the hyphen.
                guard let hyphen = inner.firstIndex(where: { $0.mark == 0x2D && !$0.spaceBefore }), hyphen > 0,
                    let prefix = lexiconMentions(Array(inner[..<hyphen])).first, prefix.first == 0, prefix.last == hyphen
                else { continue }
                sub = prefix
            }
            sub.first += j
            sub.last += j
            found.append(sub)
        }
        for sub in found {
            guard let entry = sub.entry else { continue }
            let target = lexicon.entries[Int(entry)].id
            guard target != m.actor else { continue }
            var kind: CompoundRelation.Kind?
            var at = m.first + sub.first
            if sub.last + 1 < inner.count, inner[sub.last].mark == 0x2D, let k = ActorWords.alignWords[inner[sub.last + 1].lower] {
                kind = k
                at = m.first + sub.last + 1
            } else if sub.first >= 2, inner[sub.first - 1].mark == 0x2D, inner[sub.first - 2].lower == ActorWords.pro {
                // "the pro-Iran factions": the factions' stance toward Iran, as outside a name.
                kind = .pro
            } else if sub.first >= 1, inner[sub.first - 1].lower == ActorWords.against
                || (sub.first >= 2 && inner[sub.first - 1].mark == 0x2D && inner[sub.first - 2].lower == ActorWords.anti)
                || (sub.first >= 2 && ActorWords.enmityVerbs.contains(inner[sub.first - 1].lower) && inner[sub.first - 2].lower == ActorWords.to)
            {
                // "the coalition against ISIS", "the anti-IS coalition", "the Coalition to Defeat ISIS".
                kind = .against
            } else if sub.first >= 2, ActorWords.alignPrepositions.contains(inner[sub.first - 1].lower),
                let k = ActorWords.alignWords[inner[sub.first - 2].lower]
            {
                kind = k
                at = m.first + sub.first - 2
            }
            guard let kind, kind != .led else { continue }
            result.relations.append(CompoundRelation(holder: m.first, target: target, kind: kind, token: at))
        }
    }

    /// A role or group made of a lexicon mention and the words around it, or the mention itself.
    private func resolveRole(
        _ m: MatchedMention, base: [MatchedMention], at k: Int, tokens: [StanceToken], starts: [Bool],
        result: inout ActorMatches
    ) -> MatchedMention {
        guard let entryIndex = m.entry else { return m }
        // Read where used: most mentions need only its kind, and a copy of the whole entry costs.
        var entry: ActorEntry { lexicon.entries[Int(entryIndex)] }
        var m = m
        // "one official from (Iraq’s) X", "leaders of the X".
        var left = m.first
        if k > 0, base[k - 1].isPossessive, base[k - 1].last + 1 == m.first { left = base[k - 1].first }
        var j = left - 1
        if j >= 0, tokens[j].lower == ActorWords.the { j -= 1 }
        // "officials in the militias" too, but not "officials in Iraq" (who may be anyone's there).
        let preposition = j >= 1
            && (ActorWords.rolePrepositions.contains(tokens[j].lower) || (tokens[j].lower == ActorWords.in && entry.kind != .state))
        // "a representative of the Iraqi Kataib Sayyid al-Shuhada militia": the demonym describes
        // the group named after it, which the role belongs to.
        let describesNext = m.form == .demonym && k + 1 < base.count && base[k + 1].first == m.last
        if preposition, ActorWords.prefixRoles.contains(tokens[j - 1].lower), m.form != .person, !describesNext {
            m.actor = roleActor(entry, military: false)
            m.first = j - 1
            m.start = tokens[j - 1].start
            m.form = .role
            return m
        }
        guard m.form != .person, m.form != .role else { return m }
        // "Iraqi spokesperson", "Iraq’s leadership", "U.S. defense officials", "American forces",
        // "Iraqi armed groups".
        var i = m.last
        if m.isPossessive { i += 1 }
        var modifiers = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation {
                guard t.mark == 0x2D, !t.spaceBefore else { break }
                i += 1
                continue
            }
            guard t.kind == .word else { break }
            if ActorWords.officialRoles.contains(t.lower) || ActorWords.militaryRoles.contains(t.lower) {
                let military = ActorWords.militaryRoles.contains(t.lower)
                m.actor = roleActor(entry, military: military)
                m.last = i + 1
                m.end = t.end
                m.form = .role
                m.isMilitary = military
                m.isPossessive = i + 1 < tokens.count && tokens[i + 1].isPossessive
                return m
            }
            if let head = ActorWords.groupHeads[t.lower], entry.kind == .state,
                m.form == .demonym || m.isPossessive || m.form == .name
            {
                let armed = i > 0 && tokens[i - 1].lower == ActorWords.armed && t.lower == ActorWords.groups
                let label = armed ? "armed groups" : head.label
                let demonym = entry.demonyms.first ?? entry.name
                let name = "\(demonym) \(label)"
                let id = ActorID(Slug.make(name))
                if !result.adHoc.contains(where: { $0.id == id }) {
                    result.adHoc.append(
                        AdHocActor(id: id, name: name, kind: armed ? .armedGroup : head.kind, parent: entry.id))
                }
                m.actor = id
                m.entry = nil
                m.last = i + 1
                m.end = t.end
                m.form = .group
                return m
            }
            guard modifiers < 2, !ActorWords.stopwords.contains(t.lower), !starts[i] else { break }
            modifiers += 1
            i += 1
        }
        return m
    }

    /// The actor a role of `entry` speaks for: a state's government for officials (when the
    /// lexicon names one), the state itself for its forces; any other actor itself.
    func roleActor(_ entry: ActorEntry, military: Bool) -> ActorID {
        guard !military, let government = entry.government, lexicon.actor(id: government) != nil else {
            return entry.id
        }
        return government
    }

    /// The group noun after an alignment compound: up to three modifiers, then a group head.
    private func groupHead(
        after start: Int, tokens: [StanceToken], starts: [Bool], allowAnd: Bool
    ) -> (Int, (slug: String, label: String, kind: ActorKind))? {
        var i = start
        var words = 0
        while i < tokens.count, words <= 3 {
            let t = tokens[i]
            if t.kind == .punctuation {
                guard t.mark == 0x2D || t.mark == 0x2C else { return nil }
                i += 1
                continue
            }
            if let head = ActorWords.groupHeads[t.lower] { return (i, head) }
            guard t.kind == .word, !ActorWords.stopwords.contains(t.lower) || (allowAnd && t.lower == ActorWords.and),
                !starts[i]
            else { return nil }
            words += 1
            i += 1
        }
        return nil
    }

    /// The id of the group aligned with (or backed by) `target`, registered in `result`.
    private func adHocGroup(
        aligned target: ActorEntry, kind: CompoundRelation.Kind, head: (slug: String, label: String, kind: ActorKind),
        result: inout ActorMatches
    ) -> ActorID {
        let word = kind == .backed ? "backed" : "aligned"
        let known = ActorID("\(target.id.rawValue)-aligned-factions")
        if head.kind != .state, head.kind != .government, lexicon.actor(id: known) != nil {
            // The lexicon's group for the factions aligned with X (by its id, X-aligned-factions):
            // "Iran-backed militant groups".
            return known
        }
        let name = "\(target.name)-\(word) \(head.label)"
        let id = ActorID(Slug.make(name))
        if !result.adHoc.contains(where: { $0.id == id }) {
            result.adHoc.append(AdHocActor(id: id, name: name, kind: head.kind, parent: nil))
        }
        return id
    }
}

extension ActorMatcher {
    /// Whether only names, brackets and capitalised titles ("Commander", "General") stand
    /// between a mention and a person named after it, within a dozen tokens.
    func titlesPerson(after m: MatchedMention, base: [MatchedMention], from next: Int, tokens: [StanceToken]) -> Bool {
        var j = m.last
        var k = next
        var sawTitle = false
        while j < tokens.count, j < m.last + 12 {
            while k < base.count, base[k].first < j { k += 1 }
            if k < base.count, base[k].first == j {
                if base[k].form == .person { return sawTitle }
                j = base[k].last
                continue
            }
            let t = tokens[j]
            if t.kind == .punctuation, t.mark == 0x28, j + 2 < tokens.count, tokens[j + 1].isWord, tokens[j + 2].mark == 0x29 {
                // "(IRGC)": an abbreviation in brackets.
                j += 3
                continue
            }
            guard t.isWord, t.isCapitalized, Self.titles.contains(t.lower) else { return false }
            sawTitle = true
            j += 1
        }
        return false
    }

    static let so = TokenHash.of("so")
    static let called = TokenHash.of("called")

    /// The token after "so-called" and an opening quotation mark, if they stand at `i`: "the
    /// Tehran-backed so-called “axis of resistance”" names the axis.
    static func pastSoCalled(_ i: Int, _ tokens: [StanceToken]) -> Int {
        var j = i
        if j + 2 < tokens.count, tokens[j].lower == so, tokens[j + 1].mark == 0x2D, tokens[j + 2].lower == called { j += 3 }
        if j < tokens.count, tokens[j].kind == .punctuation, [0x201C, 0x22, 0x2018].contains(tokens[j].mark) { j += 1 }
        return j
    }
}
