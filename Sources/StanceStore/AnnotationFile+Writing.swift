import Foundation
import StanceModel

extension AnnotationFile {
    /// The file as annotation YAML, in the format ``load(from:)`` reads; deterministic.
    ///
    /// Sections and entries keep their order; optional fields at their default are left out.
    /// Each claim is written with its first evidence record (the format holds one quote per
    /// claim); its quote with each run of whitespace as one space. The document fields of the
    /// evidence (id, title, outlet, URL, publication) come from ``article``.
    public func yaml() -> String {
        var out = YAMLWriter()
        out.field("format", String(Self.formatVersion), indent: 0)
        writeArticle(into: &out)
        writeActors(into: &out)
        writeList("topics", topics, into: &out) { topic, out in
            out.field("id", YAMLWriter.scalar(topic.id.rawValue), indent: 4, item: true)
            out.field("label", YAMLWriter.scalar(topic.label), indent: 4)
        }
        writeList("events", events, into: &out) { event, out in
            out.field("id", YAMLWriter.scalar(event.id), indent: 4, item: true)
            out.field("name", YAMLWriter.scalar(event.name), indent: 4)
            out.field("date", event.date.description, indent: 4)
            if !event.aliases.isEmpty { out.field("aliases", YAMLWriter.flowList(event.aliases), indent: 4) }
        }
        writeList("claims", annotatedClaims, into: &out) { annotated, out in
            Self.writeClaim(annotated, into: &out)
        }
        return out.text
    }

    /// Writes ``yaml()`` to `url` atomically, creating its folder; the article text is not written.
    public func write(to url: URL) throws(StoreError) {
        try AtomicFile.write(Data(yaml().utf8), to: url)
    }

    private func writeArticle(into out: inout YAMLWriter) {
        out.open("article", indent: 0)
        out.field("id", YAMLWriter.scalar(article.id), indent: 2)
        out.field("text", YAMLWriter.scalar(article.textPath), indent: 2)
        if let title = article.title { out.field("title", YAMLWriter.quoted(title), indent: 2) }
        if let outlet = article.outlet { out.field("outlet", YAMLWriter.scalar(outlet), indent: 2) }
        if let url = article.url { out.field("url", YAMLWriter.scalar(url), indent: 2) }
        if let published = article.published { out.field("published", published.description, indent: 2) }
    }

    private func writeActors(into out: inout YAMLWriter) {
        writeList("actors", actors, into: &out) { actor, out in
            out.field("id", YAMLWriter.scalar(actor.id.rawValue), indent: 4, item: true)
            out.field("name", YAMLWriter.scalar(actor.name), indent: 4)
            out.field("kind", actor.kind.rawValue, indent: 4)
            if !actor.aliases.isEmpty { out.field("aliases", YAMLWriter.flowList(actor.aliases), indent: 4) }
            guard !actor.memberships.isEmpty else { return }
            out.open("members_of", indent: 4)
            for membership in actor.memberships {
                out.field("actor", YAMLWriter.scalar(membership.parent.rawValue), indent: 8, item: true)
                if let from = membership.span.start { out.field("from", from.description, indent: 8) }
                if let until = membership.span.end { out.field("until", until.description, indent: 8) }
            }
        }
    }

    /// `name:` then one item per element, or `name: []` when there is none.
    private func writeList<Element>(
        _ name: String, _ elements: [Element], into out: inout YAMLWriter,
        item: (Element, inout YAMLWriter) -> Void
    ) {
        guard !elements.isEmpty else {
            out.field(name, "[]", indent: 0)
            return
        }
        out.open(name, indent: 0)
        for element in elements { item(element, &out) }
    }

    private static func writeClaim(_ annotated: AnnotatedClaim, into out: inout YAMLWriter) {
        let claim = annotated.claim
        out.field("source", YAMLWriter.scalar(claim.source.rawValue), indent: 4, item: true)
        out.field("target", YAMLWriter.scalar(claim.target.rawValue), indent: 4)
        if let topic = claim.topic { out.field("topic", YAMLWriter.scalar(topic.rawValue), indent: 4) }
        out.field("stance", AnnotationValues.spelling(of: claim.stance), indent: 4)
        if let from = claim.validTime.start { out.field("from", from.description, indent: 4) }
        if let until = claim.validTime.end { out.field("until", until.description, indent: 4) }
        if let evidence = claim.evidence.first {
            out.field("quote", YAMLWriter.quoted(StoreError.oneLine(evidence.quote)), indent: 4)
            if let time = evidence.timePhrase { out.field("time", YAMLWriter.quoted(time), indent: 4) }
            if let speaker = evidence.speaker { out.field("speaker", YAMLWriter.quoted(speaker), indent: 4) }
            if let actor = evidence.speakerActor {
                out.field("speaker_actor", YAMLWriter.scalar(actor.rawValue), indent: 4)
            }
            if evidence.confidence != 1 {
                out.field("confidence", AnnotationValues.number(evidence.confidence), indent: 4)
            }
            if evidence.method != .manual {
                out.field("method", YAMLWriter.scalar(evidence.method.rawValue), indent: 4)
            }
        }
        if let note = annotated.note { out.field("note", YAMLWriter.quoted(note), indent: 4) }
    }
}
