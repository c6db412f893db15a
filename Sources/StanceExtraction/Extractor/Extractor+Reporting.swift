import StanceModel

extension ClauseWalk {
    /// A reporting verb that is itself a stance ("X warned Y that ...", "X accused Y of ...",
    /// "X urged Y to ..."): the speaker's actor holds it toward the actor named right after the verb.
    func emitReportingObject(_ context: inout ArticleContext) {
        guard let verb = input.verb, let speaker = speakerActor, !inContent else { return }
        guard let k = input.cues.firstIndex(where: { verb.contains(tokens[$0.first].start) }) else { return }
        let match = input.cues[k]
        let found = cue(match)
        guard found.role == .stance, !found.mutual else { return }
        var j = match.last
        while j < tokens.count, tokens[j].isWord, ClauseWords.objectArticles.contains(tokens[j].lower), mentionAt[j] == nil { j += 1 }
        guard let m = mentionAt[j].map({ input.matches.mentions[$0] }), !m.isCandidate else { return }
        // Only articles may stand between ("warned that X ..." names no object).
        // "warned the U.S. forces to leave" reads on through the frames after the object.
        withHolders([Holder(actor: speaker, factor: 0.9, end: -1)]) {
            emit(target: m.actor, military: m.isMilitary, links: [ChainLink(cue: found, token: match.first)], after: m.last, rule: .reportingObject, &context)
        }
    }
}
