import StanceModel

extension TimeResolver {
    /// At most this many bytes before a sentence are searched for the sentence before it.
    static let previousSentenceBytes = 2000

    /// Dates "since then", "at the time", "until then", "the same day" by the phrase they refer
    /// back to: the latest dated phrase before them in `scope`, else in the part of `sentence`
    /// before `scope`, else in the sentence before `sentence` (its last dated phrase; its first
    /// for "the same day"). Unresolved, they stay undated.
    func resolveAnaphors(
        _ found: inout [RawTimeMention], in text: String, sentence: Range<String.Index>, scope: Range<String.Index>
    ) {
        guard found.contains(where: { $0.isAnaphor && $0.point == nil }) else { return }
        var earlier: [RawTimeMention]?
        var previous: [RawTimeMention]?
        for k in found.indices where found[k].isAnaphor && found[k].point == nil {
            var antecedent = found[..<k].last(where: \.isAntecedent)
            if antecedent == nil, scope.lowerBound > sentence.lowerBound {
                earlier = earlier ?? scan(text, sentence.lowerBound..<scope.lowerBound)
                antecedent = earlier?.last(where: \.isAntecedent)
            }
            if antecedent == nil {
                if previous == nil {
                    previous = previousSentence(in: text, before: sentence.lowerBound).map { scan(text, $0) } ?? []
                }
                // "the same day" is the day the sentence before leads with; other references, its latest.
                antecedent = found[k].rule == .sameDay ? previous?.first(where: \.isAntecedent) : previous?.last(where: \.isAntecedent)
            }
            guard let antecedent else { continue }
            found[k].point = found[k].relation == .until ? (antecedent.endPoint ?? antecedent.point) : antecedent.point
            if found[k].relation == .at { found[k].endPoint = antecedent.endPoint }
        }
    }

    /// The sentence ending right before `index`: back over white space, then back to the end of
    /// the sentence before it (a terminal mark followed by white space) or a line break.
    func previousSentence(in text: String, before index: String.Index) -> Range<String.Index>? {
        let utf8 = text.utf8
        let end = utf8.distance(from: utf8.startIndex, to: index)
        let result: Range<Int>? = utf8.withContiguousStorageIfAvailable { bytes -> Range<Int>? in
            var e = end
            while e > 0, WordTokenizer.isSpace(bytes[e - 1]) { e -= 1 }
            guard e > 0 else { return nil }
            let limit = max(0, e - Self.previousSentenceBytes)
            var s = e - 1
            while s > limit {
                let b = bytes[s - 1]
                if b == 0x0A || b == 0x0D { break }
                if s - 1 < e - 2, b == 0x2E || b == 0x21 || b == 0x3F, WordTokenizer.isSpace(bytes[s]) { break }
                s -= 1
            }
            return s < e ? s..<e : nil
        } ?? nil
        guard let result else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: result.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: result.upperBound)
    }
}

extension RawTimeMention {
    /// Whether this is a reference back ("since then", "at the time", "the same day").
    var isAnaphor: Bool {
        if case .anaphor? = rule { return true }
        return rule == .sameDay
    }

    /// Whether a reference back can take its time from this phrase: dated, and not itself a plan or "now".
    var isAntecedent: Bool { point != nil && kind != .future && kind != .present }
}
