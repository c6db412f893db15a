import StanceModel

extension TimeResolver {
    static let determiners = hashes(["the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "that", "these", "those"])

    /// A relative phrase or tense marker at token `i` ("last year", "now", "Initially", "two years ago").
    func relativeMention(_ tokens: [WordToken], at i: Int) -> RawTimeMention? {
        guard tokens[i].kind != .punctuation else { return nil }
        var point: TimePoint?
        var end: Int
        var rule: RelativeRule?
        if let (p, e) = agoPhrase(tokens, at: i) {
            point = p
            end = e
        } else if let (r, e) = words.relativePhrases.longestMatch(in: tokens, at: i) {
            rule = r
            end = e
            point = self.point(of: r)
            if case .weekday = r, point == nil { return nil }
            if case .weekday = r, e == i + 1, !tokens[i].isCapitalized { return nil }
        } else {
            return nil
        }
        // "long" holds a time only after "has/have/had" ("has long opposed"), not in "a long war".
        if case .openOrigin? = rule, end == i + 1, tokens[i].hash == words.longHash,
            !(i > 0 && tokens[i - 1].kind == .word && words.perfectAuxiliaries.contains(tokens[i - 1].hash))
        {
            return nil
        }
        // "at the time of the raid": the event's preposition, not a reference back.
        if case .anaphor? = rule, end < tokens.count, tokens[end].kind == .word,
            tokens[end].hash == words.ofHash || tokens[end].hash == words.whenHash
        {
            return nil
        }
        // "their earlier beliefs", "the initially agreed plan": an adjective, not a tense marker.
        if case .past? = rule, i > 0, tokens[i - 1].kind == .word, words.determiners.contains(tokens[i - 1].hash) { return nil }
        let kind: TimeMention.Kind
        switch rule {
        case .present?: kind = .present
        case .days(0)?: kind = .present
        case .past?: kind = .past
        case .future?, .years(1)?, .months(1)?: kind = .future
        case .anaphor(.at)?: kind = .past
        default: kind = .relative
        }
        var start = i
        var relation = TimeMention.Relation.at
        var explicit = false
        if case .anaphor(let r)? = rule {
            relation = r
            explicit = true
        } else if kind == .relative, let (p, r, h) = preposition(before: i, in: tokens, reach: 1) {
            start = p
            relation = h == words.byHash ? .at : r
            explicit = true
        }
        var mention = RawTimeMention(
            kind: kind, start: tokens[start].start, end: tokens[end - 1].end, endToken: end, point: point,
            relation: relation, explicit: explicit, rule: rule)
        if case .openOrigin? = rule { mention.isOpenOrigin = true }
        return mention
    }

    /// When a stance stated in this sentence (or in `clause` of it) holds: the span, the phrase(s)
    /// it was read from, and whether the sentence describes it as past.
    ///
    /// The start comes, in order of preference, from a phrase with an explicit "since/after/
    /// following/post-" (a date or an event), a date or relative phrase ("in 2003", "last year";
    /// a year or month more than a year before publication closes the span on itself), an event
    /// named without a preposition (dated from it, or held at the date written with it: "the
    /// invasion of Avalon in 2003" → 2003), and otherwise from a present marker ("now",
    /// "at the present time") or no phrase at all: then from the framing event's date when the
    /// article has one, else the publication date. The end comes only from "until/before" phrases
    /// dated no later than publication; "by September 2025" is a deadline, not an end. Past
    /// markers ("Initially", "previously", "used to") set `isPast` unless a present marker ("now")
    /// is in the same scope (the extractor ends such a stance where the next one on its key
    /// begins); strong future markers ("plans to", "in the
    /// months to come") set `isHedgedFuture`. References back ("since then", "at the time",
    /// "until then") take the time of the latest dated phrase before them in the clause, the rest
    /// of the sentence, or the sentence before; decades ("the late 2000s") hold over their years;
    /// "over the past decade" starts that long before publication; "since its founding" and
    /// "has long" leave the start open. With `clause`, only its phrases count, so two clauses of
    /// one sentence ("backed Y until 2019, but since last year opposed it") get their own times.
    public func validTime(in text: String, sentence: Range<String.Index>, clause: Range<String.Index>? = nil) -> ResolvedTime {
        let scope = clause ?? sentence
        return validTime(in: text, sentence: sentence, scope: scope, found: scan(text, scope))
    }

    /// The time of a whole sentence (`validTime(in:sentence:)`) and the ids of the events it
    /// names, in order (what the extractor lists), from one scan; `tokens`, when given, are the
    /// sentence's `WordTokenizer` tokens (all of them).
    func sentenceTime(
        in text: String, sentence: Range<String.Index>, tokens: [WordToken]? = nil
    ) -> (time: ResolvedTime, events: [String]) {
        let found = scan(text, sentence, tokens: tokens)
        let events = found.compactMap { mention -> String? in
            if case .event(let id) = mention.kind { return id }
            return nil
        }
        return (validTime(in: text, sentence: sentence, scope: sentence, found: found), events)
    }

    /// `validTime` from the raw mentions of `scope`.
    private func validTime(
        in text: String, sentence: Range<String.Index>, scope: Range<String.Index>, found: [RawTimeMention]
    ) -> ResolvedTime {
        var found = found
        resolveAnaphors(&found, in: text, sentence: sentence, scope: scope)
        let utf8 = text.utf8
        let base = utf8.distance(from: utf8.startIndex, to: scope.lowerBound)
        func phrase(_ m: RawTimeMention) -> String {
            let a = utf8.index(utf8.startIndex, offsetBy: base + m.start)
            let b = utf8.index(utf8.startIndex, offsetBy: base + m.end)
            return String(text[a..<b])
        }
        return combine(found, phrase: phrase)
    }

    /// The span that a sentence's mentions give (see `validTime`).
    func combine(_ found: [RawTimeMention], phrase: (RawTimeMention) -> String) -> ResolvedTime {
        let pastMarkers = found.filter { $0.kind == .past }
        let present = found.first { $0.kind == .present }
        let isPast = !pastMarkers.isEmpty && present == nil
        let strongFuture = found.contains {
            if case .future(strong: true)? = $0.rule { return true }
            return false
        }
        func isEvent(_ m: RawTimeMention) -> Bool { if case .event = m.kind { return true } else { return false } }
        let dated = found.filter { $0.point != nil && $0.kind != .future && $0.kind != .present }
        var used: [RawTimeMention] = []
        var start: TimePoint?
        var end: TimePoint?

        let explicitFrom = dated.first { $0.explicit && $0.relation == .from && (isEvent($0) || $0.kind == .date || $0.kind == .relative) }
        let at = dated.first { !isEvent($0) && $0.relation == .at }
        let implicitEvent = dated.first { isEvent($0) && !$0.explicit }
        let until = dated.first { $0.relation == .until && ($0.point.map { $0.firstDay <= published.firstDay } ?? false) }
        if let m = explicitFrom, let p = m.point {
            start = p
            used.append(m)
        } else if let m = at, let p = m.point {
            start = p
            used.append(m)
            // A year, month or decade well before publication, with nothing else, is when it held.
            let last = m.endPoint ?? p
            if p.precision != .day, last.endDay < published.firstDay - 365, until == nil, m.kind == .date { end = last }
        } else if let m = implicitEvent, let p = m.point {
            // An event dated as written ("the invasion of Avalon in 2003") is when it held, as "in 2003" is.
            start = m.writtenPoint ?? p
            used.append(m)
            if let w = m.writtenPoint, w.precision != .day, w.endDay < published.firstDay - 365, until == nil { end = w }
        } else if let m = dated.first(where: { isEvent($0) && $0.relation == .at }), let p = m.point {
            start = p
            used.append(m)
        }
        if let m = until, let p = m.point, end == nil {
            end = p
            used.append(m)
        }
        // "X backed Y until 2019, but since last year it has opposed it": an end before the start is another clause's.
        if let s = start, let e = end, e.endDay <= s.firstDay, let m = until {
            end = nil
            used.removeAll { $0 == m }
        }
        if start == nil, let origin = found.first(where: \.isOpenOrigin) {
            // "since its founding": held from a beginning the text leaves undated.
            used.append(origin)
        } else if start == nil, end == nil, !isPast {
            start = framingEvent.map { $0.date <= published ? $0.date : published } ?? published
            if let present { used.append(present) }
        }
        if isPast { used.append(contentsOf: pastMarkers.prefix(1)) }
        used.sort { $0.start < $1.start }
        let text = used.isEmpty ? nil : used.map(phrase).joined(separator: " ... ")
        let span = TimeSpan(from: start, until: end) ?? TimeSpan(from: start, until: nil) ?? .always
        return ResolvedTime(span: span, phrase: text, isPast: isPast, isHedgedFuture: strongFuture && !isPast && found.allSatisfy { $0.kind != .present })
    }
}
