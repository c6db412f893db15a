import StanceModel

/// Where the memory of a graph goes: type sizes and heap measured per structure.
struct Anatomy: Codable, Sendable {
    struct Part: Codable, Sendable {
        var name: String
        var bytes: Int
        var note: String
    }

    /// (type, stride) of the model types a claim is made of.
    var strides: [[String]] = []
    /// (field, size) of `Evidence`, the largest of them.
    var evidenceFields: [[String]] = []
    var claimFields: [[String]] = []
    /// Heap of a one-element `[Evidence]`, as measured (header, element, malloc overhead).
    var evidenceArrayBytes = 0
    /// The graph's retained heap split by structure.
    var parts: [Part] = []
    /// Heap of one distinct 150-character quote: what each claim of a real corpus adds, where
    /// quotes differ (the synthetic graph shares one quote per document).
    var uniqueQuoteBytes = 0

    static func measure(graph: StanceGraph, keys: Int, result: ModelResult) -> Anatomy {
        var anatomy = Anatomy()
        func row<T>(_ type: T.Type, _ name: String? = nil) -> [String] {
            [name ?? "\(type)", "\(MemoryLayout<T>.size)", "\(MemoryLayout<T>.stride)"]
        }
        anatomy.strides = [
            row(StanceClaim.self), row(Evidence.self), row([Evidence].self, "[Evidence]"),
            row(ClaimKey.self), row(ActorID.self), row(TopicID?.self, "TopicID?"), row(Stance.self),
            row(TimeSpan.self), row(TimePoint?.self, "TimePoint?"), row(SnapshotEntry.self),
            row(ShiftEntry.self), row(StanceActor.self),
        ]
        func field<T>(_ name: String, _ type: T.Type) -> [String] {
            [name, "\(T.self)", "\(MemoryLayout<T>.size)"]
        }
        anatomy.claimFields = [
            field("source", ActorID.self), field("target", ActorID.self), field("topic", TopicID?.self),
            field("stance", Stance.self), field("validTime", TimeSpan.self), field("evidence", [Evidence].self),
        ]
        anatomy.evidenceFields = [
            field("documentID", String.self), field("title", String?.self), field("outlet", String?.self),
            field("url", String?.self), field("published", TimePoint?.self), field("quote", String.self),
            field("characterRange", Range<Int>?.self), field("timePhrase", String?.self),
            field("speaker", String?.self), field("speakerActor", ActorID?.self),
            field("method", ExtractionMethod.self), field("confidence", Double.self),
        ]

        // One-element evidence arrays like the graph's, measured on a sample of them.
        let sample = min(50_000, graph.claims.count)
        Memory.trim()
        let before = Memory.heapInUse() ?? 0
        var copies: [[Evidence]] = []
        copies.reserveCapacity(sample)
        let afterReserve = Memory.heapInUse() ?? 0
        for claim in graph.claims.prefix(sample) { copies.append([claim.evidence[0]]) }
        let after = Memory.heapInUse() ?? 0
        anatomy.evidenceArrayBytes = (after - afterReserve) / max(1, sample)
        _ = before
        withExtendedLifetime(copies) {}
        copies = []

        Memory.trim()
        var quotes: [String] = []
        quotes.reserveCapacity(sample)
        let beforeQuotes = Memory.heapInUse() ?? 0
        let filler = String(repeating: "x", count: 140)
        for i in 0..<sample { quotes.append("\(filler)\(1_000_000_000 + i)") }
        anatomy.uniqueQuoteBytes = ((Memory.heapInUse() ?? 0) - beforeQuotes) / max(1, sample)
        withExtendedLifetime(quotes) {}

        let n = graph.claims.count
        let retained = (result.heapWithGraph ?? 0) - (result.heapBefore ?? 0)
        let claimsBuffer = graph.claims.capacity * MemoryLayout<StanceClaim>.stride
        let evidence = n * anatomy.evidenceArrayBytes
        let indexPerClaim = 4 + 4 + 4 + 4 + 8  // order, start, end, published, confidence
        let indexPerKey = MemoryLayout<ClaimKey>.stride + 4 + 4 + 4  // keys, keySource, keyTarget, keyStart
        let index = n * indexPerClaim + keys * indexPerKey + graph.actors.count * MemoryLayout<ActorID>.stride
        let rest = retained - claimsBuffer - evidence - index
        anatomy.parts = [
            Part(
                name: "`claims: [StanceClaim]` buffer", bytes: claimsBuffer,
                note: "\(n) × \(MemoryLayout<StanceClaim>.stride) B stride"),
            Part(
                name: "`evidence: [Evidence]`, one heap array per claim", bytes: evidence,
                note: "\(n) × \(anatomy.evidenceArrayBytes) B measured (32 B array header + \(MemoryLayout<Evidence>.stride) B Evidence + malloc rounding)"),
            Part(
                name: "`ClaimIndex` (computed from its array sizes)", bytes: index,
                note: "\(indexPerClaim) B per claim (order, start, end, published: Int32; confidence: Double) + \(indexPerKey) B per key × \(keys) keys"),
            Part(
                name: "the rest: actor and topic dictionaries, shared strings, allocator slack", bytes: rest,
                note: "measured total minus the above"),
            Part(name: "**heap retained by the graph (measured, mallinfo2)**", bytes: retained, note: ""),
        ]
        return anatomy
    }
}
