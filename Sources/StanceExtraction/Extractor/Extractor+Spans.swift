import StanceModel

extension Extractor {
    /// Settles spans (a stance described as past ends where the next one on its key begins),
    /// removes duplicates, writes evidence, and lists the actors, topics and events used.
    func assemble(article: Article, context: ArticleContext, resolver: TimeResolver) -> ExtractionResult {
        let text = article.text
        var drafts = context.drafts.enumerated().sorted { a, b in
            (a.element.order.sentence, a.element.order.token, a.offset) < (b.element.order.sentence, b.element.order.token, b.offset)
        }.map(\.element)
        // Past stances end where the next claim on the same key starts (the earliest later start).
        var laterStarts: [ClaimKey: [TimePoint]] = [:]
        for i in drafts.indices.reversed() {
            let key = ClaimKey(source: drafts[i].source, target: drafts[i].target, topic: drafts[i].topic?.id)
            let start = drafts[i].time?.span.start
            if drafts[i].time?.isPast == true, let span = drafts[i].time?.span,
                let next = laterStarts[key]?.filter({ s in start.map { s > $0 } ?? true }).min()
            {
                drafts[i].time?.span = TimeSpan(from: span.start, until: next) ?? span
            }
            if let start, laterStarts[key]?.contains(start) != true { laterStarts[key, default: []].append(start) }
        }
        var counter = ScalarCounter(text: text)
        var claims: [StanceClaim] = []
        var keys: [RuleKey] = []
        var seen = Set<ClaimIdentity>(minimumCapacity: drafts.count)
        var used = Set<ActorID>(minimumCapacity: drafts.count)
        var sentences: [Range<String.Index>] = []
        for var draft in drafts {
            if sentences.last != draft.sentence { sentences.append(draft.sentence) }
            guard let stance = Stance(score: max(-1, min(1, draft.score))) else { continue }
            let span = draft.time?.span ?? .always
            // "an offensive against the Syrian army in late November 2024": Syria's government then.
            if let former = lexicon.actors.formerGovernment(of: draft.source, during: span) { draft.source = former }
            if let former = lexicon.actors.formerGovernment(of: draft.target, during: span) { draft.target = former }
            // "the Syrian government ... Syria": no stance holds between an actor and what it stands for.
            guard !lexicon.actors.sameSide(draft.source, draft.target) else { continue }
            let scalars = counter.range(of: draft.sentence)
            let identity = ClaimIdentity(
                key: ClaimKey(source: draft.source, target: draft.target, topic: draft.topic?.id), score: stance.score,
                span: span, sentence: scalars)
            guard seen.insert(identity).inserted else { continue }
            let evidence = Evidence(
                documentID: article.id, title: article.title, outlet: article.outlet, url: article.url,
                published: article.published, quote: String(text[draft.sentence]), characterRange: scalars,
                timePhrase: draft.time?.phrase, speaker: draft.speaker, speakerActor: draft.speakerActor,
                method: ExtractorVersion.method, confidence: confidence(of: draft))
            claims.append(
                StanceClaim(
                    source: draft.source, target: draft.target, topic: draft.topic?.id, stance: stance, validTime: span,
                    evidence: [evidence]))
            keys.append(draft.key)
            used.insert(draft.source)
            used.insert(draft.target)
            if let speaker = draft.speakerActor { used.insert(speaker) }
        }
        let topicIDs = Set(claims.compactMap(\.topic))
        let topics = context.topics.values.filter { topicIDs.contains($0.id) }.sorted { $0.id < $1.id }
        let candidates = context.candidateNames.compactMap { id, value -> CandidateActor? in
            guard claims.contains(where: { $0.source == id }) else { return nil }
            return CandidateActor(name: value.name, id: id, count: value.count, firstSentence: value.first)
        }.sorted { $0.id < $1.id }
        return ExtractionResult(
            article: article, actors: actors(used, context: context), topics: topics,
            events: events(in: article, sentences: sentences, resolver: resolver, known: context.sentenceEvents),
            claims: claims, candidates: candidates,
            keys: keys)
    }

    /// A claim's confidence: the precision its rule measured on the development sets (see
    /// `Calibration`), or the rule's own estimate when the lexicon has no calibration.
    func confidence(of draft: Draft) -> Double {
        lexicon.calibration.isEmpty ? max(0.05, min(1, draft.confidence)) : lexicon.calibration.confidence(for: draft.key)
    }

    /// The actors named, with the actors they are members of, transitively, sorted by id.
    ///
    /// The lexicon's actors come with their closures made once (`ActorClosure`), in the order of
    /// their ids; the others (the article's own groups and candidates) are followed here, and
    /// both lists merged by id.
    func actors(_ used: Set<ActorID>, context: ArticleContext) -> [StanceActor] {
        let lexicon = self.lexicon.actors
        let closure = storage.actorClosure
        var listed = [Bool](filled: false, count: closure.rank.count)
        var known: [Int32] = []
        var result: [ActorID: StanceActor] = [:]
        var pending = Array(used)
        while let id = pending.popLast() {
            if let k = lexicon.entryIndex(of: id) {
                guard !listed[k] else { continue }
                for p in closure.members[k] where !listed[Int(p)] {
                    listed[Int(p)] = true
                    known.append(p)
                }
                pending += closure.outside[k]
                continue
            }
            guard result[id] == nil else { continue }
            let actor: StanceActor
            if let group = context.adHoc[id] {
                actor = StanceActor(
                    id: id, name: group.name, kind: group.kind,
                    memberships: group.parent.map { [Membership(parent: $0)] } ?? [])
            } else if let candidate = context.candidateNames[id] {
                actor = StanceActor(id: id, name: candidate.name, kind: .organization)
            } else {
                actor = StanceActor(id: id, name: id.rawValue, kind: .organization)
            }
            result[id] = actor
            pending += actor.memberships.map(\.parent)
        }
        known.sort { closure.rank[Int($0)] < closure.rank[Int($1)] }
        let others = result.values.sorted { $0.id < $1.id }
        var merged: [StanceActor] = []
        merged.reserveCapacity(known.count + others.count)
        var j = 0
        for k in known {
            let actor = lexicon.stanceActor(at: Int(k))
            while j < others.count, others[j].id < actor.id {
                merged.append(others[j])
                j += 1
            }
            merged.append(actor)
        }
        merged.append(contentsOf: others[j...])
        return merged
    }

    /// The events of the lexicon the claims' sentences refer to, in order of first reference.
    /// `known` holds the events of sentences already scanned.
    func events(
        in article: Article, sentences: [Range<String.Index>], resolver: TimeResolver,
        known: [Range<String.Index>: [String]] = [:]
    ) -> [Event] {
        var ids: [String] = []
        var seen: Set<Range<String.Index>> = []
        for range in sentences where seen.insert(range).inserted {
            if let events = known[range] {
                for id in events where !ids.contains(id) { ids.append(id) }
                continue
            }
            // The raw scan: only the kinds are read, which resolving anaphors and phrases leaves as they are.
            for mention in resolver.scan(article.text, range) {
                if case .event(let id) = mention.kind, !ids.contains(id) { ids.append(id) }
            }
        }
        return ids.compactMap { lexicon.events.event(id: $0) }
    }
}

/// What makes two claims the same: key, stance, span and sentence.
struct ClaimIdentity: Hashable {
    var key: ClaimKey
    var score: Double
    var span: TimeSpan
    var sentence: Range<Int>
}

/// Converts ranges of a text to Unicode-scalar offsets, walking forward from the last one asked.
struct ScalarCounter {
    let text: String
    private var index: String.Index
    private var offset = 0

    init(text: String) {
        self.text = text
        index = text.startIndex
    }

    /// The scalar offset of `position`: forward from the last position asked, else from the start.
    mutating func offset(of position: String.Index) -> Int {
        if position < index {
            index = text.startIndex
            offset = 0
        }
        offset += Self.scalarCount(text, from: index, to: position)
        index = position
        return offset
    }

    /// The scalars between two scalar-aligned positions: the UTF-8 bytes that start one, counted
    /// over the contiguous bytes (no per-scalar decoding).
    static func scalarCount(_ text: String, from start: String.Index, to end: String.Index) -> Int {
        let utf8 = text.utf8
        let a = utf8.distance(from: utf8.startIndex, to: start)
        let b = utf8.distance(from: utf8.startIndex, to: end)
        let counted = utf8.withContiguousStorageIfAvailable { bytes in
            var n = 0
            for k in a..<b where bytes[k] & 0xC0 != 0x80 { n += 1 }
            return n
        }
        return counted ?? text.unicodeScalars.distance(from: start, to: end)
    }

    private var last: (Range<String.Index>, Range<Int>)?

    /// The scalar offsets of `range`; asking for ranges in text order is linear overall.
    mutating func range(of range: Range<String.Index>) -> Range<Int> {
        if let last, last.0 == range { return last.1 }
        let lower = offset(of: range.lowerBound)
        let upper = offset(of: range.upperBound)
        last = (range, lower..<upper)
        return lower..<upper
    }
}
