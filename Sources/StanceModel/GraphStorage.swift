/// The compact form the graph keeps its claims and evidence in: integers into tables instead
/// of strings, one flat evidence array instead of one array a claim. A million claims with
/// one evidence record each take about 100 MB this way, against about 300 MB as `StanceClaim`s.
struct GraphStorage: Sendable {
    /// Actors and topics in the order they were added; records refer to them by position.
    var actorIDs: [ActorID] = []
    var actorPosition: [ActorID: Int32] = [:]
    var topicIDs: [TopicID] = []
    var topicPosition: [TopicID: Int32] = [:]
    var claims: [ClaimRecord] = []
    var evidence: [EvidenceRecord] = []
    /// Distinct (document id, title, outlet, URL, publication date) of the evidence.
    var documents = InternTable<DocumentRecord>()
    /// Distinct time phrases, speakers, speaker actors and methods.
    var strings = InternTable<String>()

    /// Counts to roll back to when an `add` fails halfway.
    struct Mark {
        let actors: Int
        let topics: Int
        let claims: Int
        let evidence: Int
        let documents: Int
        let strings: Int
    }

    var mark: Mark {
        Mark(
            actors: actorIDs.count, topics: topicIDs.count, claims: claims.count, evidence: evidence.count, documents: documents.count, strings: strings.count)
    }

    mutating func rollBack(to mark: Mark) {
        for id in actorIDs.suffix(actorIDs.count - mark.actors) { actorPosition[id] = nil }
        actorIDs.removeLast(actorIDs.count - mark.actors)
        for id in topicIDs.suffix(topicIDs.count - mark.topics) { topicPosition[id] = nil }
        topicIDs.removeLast(topicIDs.count - mark.topics)
        claims.removeLast(claims.count - mark.claims)
        evidence.removeLast(evidence.count - mark.evidence)
        documents.removeLast(documents.count - mark.documents)
        strings.removeLast(strings.count - mark.strings)
    }

    mutating func register(actor id: ActorID) {
        guard actorPosition[id] == nil else { return }
        actorPosition[id] = Int32(actorIDs.count)
        actorIDs.append(id)
    }

    mutating func register(topic id: TopicID) {
        guard topicPosition[id] == nil else { return }
        topicPosition[id] = Int32(topicIDs.count)
        topicIDs.append(id)
    }

    /// Appends a claim whose actors and topic are registered; false, appending nothing, if one is not.
    mutating func append(_ claim: StanceClaim) -> Bool {
        guard let source = actorPosition[claim.source], let target = actorPosition[claim.target] else {
            return false
        }
        var topic: Int32 = -1
        if let id = claim.topic {
            guard let position = topicPosition[id] else { return false }
            topic = position
        }
        let first = Int32(evidence.count)
        for item in claim.evidence { evidence.append(record(item)) }
        claims.append(
            ClaimRecord(
                score: claim.stance.score, source: source, target: target, topic: topic,
                start: claim.validTime.start?.packed ?? 0, end: claim.validTime.end?.packed ?? 0,
                evidenceStart: first, evidenceEnd: Int32(evidence.count)))
        return true
    }

    private mutating func record(_ item: Evidence) -> EvidenceRecord {
        EvidenceRecord(
            confidence: item.confidence, quote: item.quote,
            document: documents.intern(
                DocumentRecord(
                    id: item.documentID, title: item.title, outlet: item.outlet, url: item.url,
                    published: item.published?.packed ?? 0)),
            rangeLower: Int32(clamping: item.characterRange?.lowerBound ?? -1),
            rangeUpper: Int32(clamping: item.characterRange?.upperBound ?? -1),
            timePhrase: item.timePhrase.map { strings.intern($0) } ?? -1,
            speaker: item.speaker.map { strings.intern($0) } ?? -1,
            speakerActor: item.speakerActor.map { strings.intern($0.rawValue) } ?? -1,
            method: strings.intern(item.method.rawValue))
    }

    /// The claim at `position` as a model value.
    func claim(at position: Int) -> StanceClaim {
        let record = claims[position]
        return StanceClaim(
            source: actorIDs[Int(record.source)], target: actorIDs[Int(record.target)],
            topic: record.topic < 0 ? nil : topicIDs[Int(record.topic)],
            stance: record.stance, validTime: record.validTime,
            evidence: (Int(record.evidenceStart)..<Int(record.evidenceEnd)).map(evidence(at:)))
    }

    func evidence(at position: Int) -> Evidence {
        let record = evidence[position]
        let document = documents[record.document]
        let range: Range<Int>? =
            record.rangeLower < 0 || record.rangeUpper < record.rangeLower
            ? nil : Int(record.rangeLower)..<Int(record.rangeUpper)
        return Evidence(
            documentID: document.id, title: document.title, outlet: document.outlet, url: document.url,
            published: document.published == 0 ? nil : TimePoint(packed: document.published),
            quote: record.quote, characterRange: range, timePhrase: strings.value(record.timePhrase),
            speaker: strings.value(record.speaker),
            speakerActor: strings.value(record.speakerActor).map(ActorID.init(rawValue:)),
            method: ExtractionMethod(rawValue: strings[record.method]), confidence: record.confidence)
    }
}

/// One claim: actor and topic positions, score, packed valid-time ends (0 for open) and its
/// evidence as a range of the flat evidence array.
struct ClaimRecord: Sendable {
    var score: Double
    var source: Int32
    var target: Int32
    var topic: Int32
    var start: Int32
    var end: Int32
    var evidenceStart: Int32
    var evidenceEnd: Int32

    var stance: Stance { Stance(score: score) ?? .neutral }

    var validTime: TimeSpan {
        TimeSpan(
            from: start == 0 ? nil : TimePoint(packed: start), until: end == 0 ? nil : TimePoint(packed: end))
            ?? .always
    }
}

/// One evidence record; strings other than the quote are positions in the graph's tables (-1 for none).
struct EvidenceRecord: Sendable {
    var confidence: Double
    var quote: String
    var document: Int32
    var rangeLower: Int32
    var rangeUpper: Int32
    var timePhrase: Int32
    var speaker: Int32
    var speakerActor: Int32
    var method: Int32
}

/// What evidence records from one document share.
struct DocumentRecord: Hashable, Sendable {
    var id: String
    var title: String?
    var outlet: String?
    var url: String?
    /// A packed `TimePoint`, 0 for none.
    var published: Int32
}

/// Distinct values, each stored once and referred to by position.
struct InternTable<Value: Hashable & Sendable>: Sendable {
    private(set) var values: [Value] = []
    private var positions: [Value: Int32] = [:]

    var count: Int { values.count }

    subscript(position: Int32) -> Value { values[Int(position)] }

    func value(_ position: Int32) -> Value? { position < 0 ? nil : values[Int(position)] }

    mutating func intern(_ value: Value) -> Int32 {
        if let position = positions[value] { return position }
        let position = Int32(values.count)
        positions[value] = position
        values.append(value)
        return position
    }

    mutating func removeLast(_ k: Int) {
        for value in values.suffix(k) { positions[value] = nil }
        values.removeLast(k)
    }
}
