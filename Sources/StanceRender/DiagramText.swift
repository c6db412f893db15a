import StanceModel

/// The words of stance diagrams: edge labels, tooltips and titles, as plain text (escaping
/// happens when they become attributes).
enum DiagramText {
    /// The separator between the parts of an edge label.
    static let separator = " · "

    /// "since 2024-12-08", "in 2003", "from 2003 until 2005", "until 2024-12-08", or nil when
    /// the span is open at both ends.
    static func validTime(_ span: TimeSpan) -> String? {
        switch (span.start, span.end) {
        case let (start?, end?) where start == end: "in \(start)"
        case let (start?, end?): "from \(start) until \(end)"
        case let (start?, nil): "since \(start)"
        case let (nil, end?): "until \(end)"
        case (nil, nil): nil
        }
    }

    /// An edge label: "supports · since 2024-12-08", then the topic on a second line.
    static func edgeLabel(stance: String, topic: String?, time: String?) -> String {
        let first = ([stance] + (time.map { [$0] } ?? [])).joined(separator: separator)
        guard let topic else { return first }
        return first + "\n" + DOTEscaping.truncated(topic, maxCharacters: DiagramStyle.topicLimit)
    }

    /// "Green Front — party", then the id and the aliases.
    static func actorTooltip(_ actor: StanceActor) -> String {
        var lines = [actor.name + " — " + DiagramStyle.name(actor.kind), "id: " + actor.id.rawValue]
        if !actor.aliases.isEmpty {
            lines.append(
                "also: " + DOTEscaping.truncated(actor.aliases.joined(separator: ", "), maxCharacters: DiagramStyle.detailLimit))
        }
        return lines.joined(separator: "\n")
    }

    /// "Green Front → Avalon on Bordurian bases in Avalon".
    static func dyad(source: String, target: String, topic: String?) -> String {
        "\(source) → \(target)" + (topic.map { " on \($0)" } ?? "")
    }

    /// The evidence of an entry for a tooltip: the first quote with its speaker and source, then
    /// how many more records and tied claims back it ("+1 tied claim").
    static func evidence(of entry: SnapshotEntry) -> [String] {
        var lines: [String] = []
        if let first = entry.claim.evidence.first { lines += quote(first) }
        let more = entry.claim.evidence.count - 1
        if more > 0 { lines.append("+\(more) more evidence record" + (more == 1 ? "" : "s")) }
        let ties = entry.ties.count
        if ties > 0 { lines.append("+\(ties) tied claim" + (ties == 1 ? "" : "s")) }
        return lines
    }

    /// The evidence of parallel claims on one key for a tooltip: how many claims and documents,
    /// then the strongest quote (the highest confidence, then the most intense stance, then the
    /// first claim) with its speaker and source.
    static func evidence(ofParallel claims: [StanceClaim]) -> [String] {
        let documents = Set(claims.flatMap { $0.evidence.map(\.documentID) }).count
        var lines = ["\(claims.count) claims in force from \(documents) document" + (documents == 1 ? "" : "s") + "; the strongest:"]
        let candidates = claims.enumerated().flatMap { index, claim in
            claim.evidence.map { (index: index, intensity: claim.stance.intensity, evidence: $0) }
        }
        let strongest = candidates.min { a, b in
            let (ca, cb) = (a.evidence.confidence.isNaN ? 0 : a.evidence.confidence, b.evidence.confidence.isNaN ? 0 : b.evidence.confidence)
            if ca != cb { return ca > cb }
            if a.intensity != b.intensity { return a.intensity > b.intensity }
            return a.index < b.index
        }
        if let strongest { lines += quote(strongest.evidence) }
        return lines
    }

    /// A quote with its speaker and source, a line each.
    /// "⚠ contradicted by …": a claim in force on the same key the same day, from other documents,
    /// with the opposite sign (the pairs `stancegraph contradictions` lists), with its quote.
    static func contradiction(of claim: StanceClaim, among inForce: [StanceClaim]) -> [String] {
        let documents = Set(claim.evidence.map(\.documentID))
        let opposite: Polarity = claim.stance.polarity == .positive ? .negative : .positive
        guard claim.stance.polarity != .neutral,
            let other = inForce.first(where: { $0.stance.polarity == opposite && documents.isDisjoint(with: $0.evidence.map(\.documentID)) }),
            let evidence = other.evidence.first
        else { return [] }
        return ["⚠ contradicted by a claim that it " + other.stance.level.rawValue + ":"] + quote(evidence)
    }

    static func quote(_ evidence: Evidence) -> [String] {
        var lines = ["“" + DOTEscaping.truncated(evidence.quote, maxCharacters: DiagramStyle.quoteLimit) + "”"]
        if let speaker = evidence.speaker, !speaker.isEmpty {
            lines.append("— " + DOTEscaping.truncated(speaker, maxCharacters: DiagramStyle.detailLimit))
        }
        if let source = source(of: evidence) { lines.append(source) }
        return lines
    }

    /// "Fictional Times, 2025-01-31: The Fictional Times report", or nil when nothing is known.
    static func source(of evidence: Evidence) -> String? {
        let outlet = [evidence.outlet, evidence.published?.description].compactMap { $0 }.filter { !$0.isEmpty }
        var text = outlet.joined(separator: ", ")
        if let title = evidence.title, !title.isEmpty {
            text += (text.isEmpty ? "" : ": ") + title
        }
        return text.isEmpty ? nil : DOTEscaping.truncated(text, maxCharacters: DiagramStyle.detailLimit)
    }

    /// The link of an entry: the first evidence record with a usable http(s) URL.
    static func link(of entry: SnapshotEntry?) -> String? {
        entry?.evidence.lazy.compactMap { $0.url.flatMap { DOTEscaping.url($0) } }.first
    }

    /// "Shift from 2024-12-07 to 2025-01-31 — across the Fall of Assad (2024-12-08)".
    static func shiftTitle(_ shift: Shift) -> String {
        var title = "Shift from \(shift.from) to \(shift.to)"
        if let event = shift.event {
            title += " — across \(event.nameInText) (\(event.date))"
        }
        return title
    }

    /// "Stances on 2024-12-07".
    static func snapshotTitle(_ snapshot: Snapshot) -> String {
        "Stances on \(snapshot.date)"
    }
}
