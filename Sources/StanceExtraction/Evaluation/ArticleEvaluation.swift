import StanceModel

/// How the claims extracted from one article compare with its hand-coded claims.
///
/// Claims are compared as sets of tuples, per article: (holder, target, polarity) — the dyad
/// level — and (holder, target, topic, polarity) — the topical level. Several claims with the same
/// tuple (the same stance said twice) count once, on both sides. Time is compared on the dyad
/// tuples both sides found: a tuple's time agrees when some gold claim and some extracted claim
/// with that tuple have spans that agree (see ``spansAgree(_:_:)``).
public struct ArticleEvaluation: Sendable {
    /// The article's document id.
    public var id: String
    /// Scores on (holder, target, polarity).
    public var dyads: Score
    /// Scores on (holder, target, topic, polarity).
    public var topical: Score
    /// Matched dyad tuples whose time spans agree.
    public var timeAgreeing: Int
    /// Gold tuples (topical level) the extractor missed, with the claim that states each.
    public var misses: [StanceClaim]
    /// Extracted tuples (topical level) the gold does not hold, with the claim that states each.
    public var falseAlarms: [StanceClaim]
    /// Gold dyad tuples the extractor missed, with the claim that states each.
    public var dyadMisses: [StanceClaim]
    /// Extracted dyad tuples the gold does not hold, with the claim that states each.
    public var dyadFalseAlarms: [StanceClaim]
    /// Matched dyad tuples whose time spans disagree: the gold claim and the extracted one.
    public var timeMismatches: [(gold: StanceClaim, extracted: StanceClaim)]
    /// Each extracted dyad tuple: the highest confidence of its claims, and whether it is right.
    public var outcomes: [Outcome]

    /// How one extracted dyad tuple fared.
    public struct Outcome: Sendable, Hashable {
        public var confidence: Double
        public var correct: Bool
        /// The rule that read it, when the extractor said.
        public var key: RuleKey?
        /// The claim that states it (the most confident).
        public var claim: StanceClaim
    }

    /// The share of matched dyad tuples whose time spans agree (1 when none matched).
    public var timeAgreement: Double { dyads.matched == 0 ? 1 : Double(timeAgreeing) / Double(dyads.matched) }

    /// Compares an article's extracted claims with its gold claims.
    ///
    /// - Parameters:
    ///   - gold: the hand-coded claims, with actor ids already mapped to the extractor's (see
    ///     ``ActorAlignment``).
    ///   - extracted: the extractor's claims for the same article.
    ///   - topics: decides which gold and extracted topics are the same.
    /// - Complexity: O(g × e) for g gold and e extracted tuples on the topical level (articles hold
    ///   tens of claims).
    ///   - timeAgrees: whether a gold span and an extracted span say the same (by default
    ///     ``spansAgree(_:_:)``).
    public init(
        id: String, gold: [StanceClaim], extracted: [StanceClaim], keys: [RuleKey] = [], topics: TopicMatching,
        timeAgrees: (TimeSpan, TimeSpan) -> Bool = ArticleEvaluation.spansAgree
    ) {
        self.id = id
        let goldDyads = Self.group(gold, by: DyadTuple.init)
        let extractedDyads = Self.group(extracted, by: DyadTuple.init)
        let matchedDyads = goldDyads.keys.filter { extractedDyads[$0] != nil }
        dyads = Score(matched: matchedDyads.count, gold: goldDyads.count, extracted: extractedDyads.count)
        let agreeing = matchedDyads.filter { tuple in
            let goldSpans = goldDyads[tuple, default: []].map(\.validTime)
            let extractedSpans = extractedDyads[tuple, default: []].map(\.validTime)
            return goldSpans.contains { a in extractedSpans.contains { b in timeAgrees(a, b) } }
        }
        timeAgreeing = agreeing.count
        let agreeingSet = Set(agreeing)
        timeMismatches = matchedDyads.filter { !agreeingSet.contains($0) }.compactMap { tuple in
            guard let g = goldDyads[tuple]?.first, let e = extractedDyads[tuple]?.first else { return nil }
            return (g, e)
        }.sorted { a, b in
            // By where the extracted claim stands, then by its tuple: the same order every run.
            let (x, y) = (a.extracted.evidence.first?.characterRange?.lowerBound ?? 0, b.extracted.evidence.first?.characterRange?.lowerBound ?? 0)
            if x != y { return x < y }
            return (a.extracted.source.rawValue, a.extracted.target.rawValue) < (b.extracted.source.rawValue, b.extracted.target.rawValue)
        }
        var keyOf: [StanceClaim: RuleKey] = [:]
        for (claim, key) in zip(extracted, keys) where keyOf[claim] == nil { keyOf[claim] = key }
        let firstOfTuple = { (claims: [StanceClaim]) in claims.max { $0.confidence < $1.confidence } ?? claims[0] }
        dyadMisses = Self.uniqueDyads(gold).filter { extractedDyads[DyadTuple($0)] == nil }
        dyadFalseAlarms = Self.uniqueDyads(extracted).filter { goldDyads[DyadTuple($0)] == nil }
        outcomes = extractedDyads.map { tuple, claims in
            let best = firstOfTuple(claims)
            return Outcome(confidence: best.confidence, correct: goldDyads[tuple] != nil, key: keyOf[best], claim: best)
        }.sorted { a, b in
            let (x, y) = (a.claim.evidence.first?.characterRange?.lowerBound ?? 0, b.claim.evidence.first?.characterRange?.lowerBound ?? 0)
            if x != y { return x < y }
            return (a.claim.source.rawValue, a.claim.target.rawValue, a.claim.stance.score)
                < (b.claim.source.rawValue, b.claim.target.rawValue, b.claim.stance.score)
        }

        // Topical tuples: unique per side, then matched one to one (topics match loosely).
        let goldTopical = Self.unique(gold)
        let extractedTopical = Self.unique(extracted)
        var used = Array(repeating: false, count: extractedTopical.count)
        var misses: [StanceClaim] = []
        var matched = 0
        for claim in goldTopical {
            let hit = extractedTopical.indices.first { index in
                let other = extractedTopical[index]
                return !used[index] && other.source == claim.source && other.target == claim.target
                    && other.stance.polarity == claim.stance.polarity && topics.matches(claim.topic, other.topic)
            }
            if let hit {
                used[hit] = true
                matched += 1
            } else {
                misses.append(claim)
            }
        }
        topical = Score(matched: matched, gold: goldTopical.count, extracted: extractedTopical.count)
        self.misses = misses
        falseAlarms = extractedTopical.indices.filter { !used[$0] }.map { extractedTopical[$0] }
    }

    /// Whether two valid-time spans say the same: each end open on both sides, or equal at the
    /// coarser of the two precisions ("2024" agrees with "2024-12-08"; "2023" does not).
    public static func spansAgree(_ a: TimeSpan, _ b: TimeSpan) -> Bool {
        pointsAgree(a.start, b.start) && pointsAgree(a.end, b.end)
    }

    /// Time agreement for a page coded as tuples: like ``spansAgree(_:_:)``, but a gold point (a
    /// span that starts and ends on the same date: an act on a day, or "now") agrees with an
    /// extracted span that starts then and ends then or is open (the coder dates the act, the
    /// extractor the stance it starts); and a gold end on the publication date ("since October,
    /// to this day") is an open end, since a page cannot know beyond its own date. A gold point on
    /// the publication date agrees with a span the extractor leaves open at both ends: a tie the
    /// page states in passing, in the present and with no date of its own ("the Iran-backed
    /// militia"), is what the codebook's "now" and its "null" both code (the real-news coders
    /// chose the first, the seed's and `corpus/`'s the second), and the extractor keeps it at no
    /// stated time, so that a shift does not show it "appearing" on the day a page was written.
    public static func pageSpansAgree(published: TimePoint) -> @Sendable (TimeSpan, TimeSpan) -> Bool {
        { gold, extracted in
            if let start = gold.start, gold.end == start {
                if extracted == .always, pointsAgree(start, published), start.precision == published.precision { return true }
                return pointsAgree(start, extracted.start) && (extracted.end == nil || pointsAgree(start, extracted.end))
            }
            if spansAgree(gold, extracted) { return true }
            guard let end = gold.end, end == published, let open = TimeSpan(from: gold.start, until: nil) else { return false }
            return spansAgree(open, extracted)
        }
    }

    static func pointsAgree(_ a: TimePoint?, _ b: TimePoint?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (nil, _), (_, nil): return false
        case (let a?, let b?):
            guard a.year == b.year else { return false }
            guard let monthA = a.month, let monthB = b.month else { return true }
            guard monthA == monthB else { return false }
            guard let dayA = a.day, let dayB = b.day else { return true }
            return dayA == dayB
        }
    }

    /// The first claim of each topical tuple (holder, target, topic, polarity), in order.
    private static func unique(_ claims: [StanceClaim]) -> [StanceClaim] {
        var seen: Set<TopicalTuple> = []
        return claims.filter { seen.insert(TopicalTuple($0)).inserted }
    }

    /// The first claim of each dyad tuple (holder, target, polarity), in order.
    private static func uniqueDyads(_ claims: [StanceClaim]) -> [StanceClaim] {
        var seen: Set<DyadTuple> = []
        return claims.filter { seen.insert(DyadTuple($0)).inserted }
    }

    private static func group<Key: Hashable>(_ claims: [StanceClaim], by key: (StanceClaim) -> Key) -> [Key: [StanceClaim]] {
        Dictionary(grouping: claims, by: key)
    }
}

/// (holder, target, polarity).
struct DyadTuple: Hashable {
    let source: ActorID
    let target: ActorID
    let polarity: Polarity

    init(_ claim: StanceClaim) {
        source = claim.source
        target = claim.target
        polarity = claim.stance.polarity
    }

    init(source: ActorID, target: ActorID, polarity: Polarity) {
        self.source = source
        self.target = target
        self.polarity = polarity
    }
}

/// (holder, target, topic, polarity).
struct TopicalTuple: Hashable {
    let dyad: DyadTuple
    let topic: TopicID?

    init(_ claim: StanceClaim) {
        dyad = DyadTuple(claim)
        topic = claim.topic
    }
}
