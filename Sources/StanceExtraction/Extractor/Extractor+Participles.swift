import StanceModel

/// Words after which an object is held responsible: "holding X responsible".
enum ParticipleWords {
    static let hold = ClauseWords.set(["holding", "hold", "holds", "held"])
    static let responsible = ClauseWords.set(["responsible", "accountable", "liable", "culpable"])
}

extension ClauseWalk {
    /// Whether a mention is the object of a participle after the clause's holder ("X, holding Y
    /// responsible, called for ..."): Y is no new holder.
    func objectOfParticiple(_ m: MatchedMention) -> Bool {
        guard !subjects.isEmpty, !hasHead else { return false }
        var j = m.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower) { j -= 1 }
        guard j >= 1, tokens[j].isWord, cueAt[j] == nil, endsInIng(tokens[j]) else { return false }
        // The participle opens its own phrase: a comma or the holder right before it.
        let before = tokens[j - 1]
        return (before.kind == .punctuation && before.mark == 0x2C) || subjects.contains { $0.end == j }
    }

    /// "holding X (partly) responsible": the holder opposes X.
    func heldResponsible(_ m: MatchedMention) -> Bool {
        var j = m.first - 1
        while j >= 0, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower) { j -= 1 }
        guard j >= 0, ParticipleWords.hold.contains(tokens[j].lower) else { return false }
        var k = m.last
        while k < tokens.count, k <= m.last + 2, tokens[k].isWord {
            if ParticipleWords.responsible.contains(tokens[k].lower) { return true }
            k += 1
        }
        return false
    }

    func endsInIng(_ token: StanceToken) -> Bool {
        let utf8 = input.text.utf8
        guard token.end - token.start > 4 else { return false }
        let end = utf8.index(utf8.startIndex, offsetBy: token.end)
        let a = utf8[utf8.index(end, offsetBy: -3)]
        let b = utf8[utf8.index(end, offsetBy: -2)]
        let c = utf8[utf8.index(end, offsetBy: -1)]
        return (a | 0x20) == 0x69 && (b | 0x20) == 0x6E && (c | 0x20) == 0x67
    }
}
