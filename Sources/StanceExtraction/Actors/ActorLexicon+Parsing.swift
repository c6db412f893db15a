internal import Yams
import StanceModel

extension ActorLexicon {
    /// Parses an actor lexicon: `format: 1` and an `actors:` list (a user file may also hold
    /// `events:` and `cues:`, read by their own parsers).
    ///
    /// Each actor has `id`, `name`, `kind` (an `ActorKind` raw value) and optionally `names`
    /// (or `aliases`), `abbreviations`, `demonyms`, `capitals`, `government`, `speaks_for`,
    /// `members_of` (ids, or `{actor, from, until}`), `local_names` (a country id → generic
    /// names that mean this actor on a page about that country), `note`. Errors name `source` and the line.
    public static func parse(yaml: String, source: String) throws(ExtractionError) -> ActorLexicon {
        let reader = ExtractionYAML(file: source)
        guard let root = try reader.compose(yaml) else { return ActorLexicon() }
        let top = try reader.mapping(root, what: "the lexicon", allowed: ["format", "actors", "events", "cues", "topics"])
        if let format = top["format"] {
            let value = try reader.string(format, name: "format")
            guard value == "1" else {
                throw .invalidLexicon(file: source, line: reader.line(format), message: "unsupported format '\(value)' (expected 1)")
            }
        }
        guard let list = top["actors"] else { return ActorLexicon() }
        var entries: [ActorEntry] = []
        var seen: [String: Int] = [:]
        for node in try reader.items(list, name: "actors") {
            let entry = try parseActor(node, reader: reader)
            if let first = seen[entry.id.rawValue] {
                throw .invalidLexicon(
                    file: source, line: reader.line(node),
                    message: "duplicate actor id '\(entry.id)' (first at line \(first))")
            }
            seen[entry.id.rawValue] = reader.line(node) ?? 0
            entries.append(entry)
        }
        return ActorLexicon(entries: entries)
    }

    private static func parseActor(_ node: Node, reader: ExtractionYAML) throws(ExtractionError) -> ActorEntry {
        let fields = try reader.mapping(
            node, what: "an actor",
            allowed: [
                "id", "name", "kind", "names", "aliases", "abbreviations", "demonyms", "capitals", "government",
                "speaks_for", "members_of", "local_names", "note",
            ])
        let id = try reader.required(fields, "id", in: "an actor", at: node)
        guard Slug.make(id) == id else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["id"] ?? node),
                message: "actor id '\(id)' is not a slug (lowercase letters, digits and hyphens, e.g. '\(Slug.make(id))')")
        }
        let name = try reader.required(fields, "name", in: "actor '\(id)'", at: node)
        let kindText = try reader.required(fields, "kind", in: "actor '\(id)'", at: node)
        guard let kind = ActorKind(rawValue: kindText) else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["kind"] ?? node),
                message: "unknown kind '\(kindText)' of actor '\(id)' (expected one of \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var memberships: [Membership] = []
        if let list = fields["members_of"] {
            for item in try reader.items(list, name: "members_of") {
                memberships.append(try parseMembership(item, of: id, reader: reader))
            }
        }
        let names = try reader.strings(fields["names"], name: "names") + reader.strings(fields["aliases"], name: "aliases")
        var localNames: [ActorID: [String]] = [:]
        if let node = fields["local_names"] {
            let countries = try reader.mapping(node, what: "local_names of '\(id)'", allowed: nil)
            for (country, list) in countries {
                guard Slug.make(country) == country else {
                    throw .invalidLexicon(
                        file: reader.file, line: reader.line(list),
                        message: "local_names of '\(id)': '\(country)' is not an actor id")
                }
                localNames[ActorID(country)] = try reader.strings(list, name: "local_names")
            }
        }
        return ActorEntry(
            id: ActorID(id), name: name, kind: kind, names: names,
            abbreviations: try reader.strings(fields["abbreviations"], name: "abbreviations"),
            demonyms: try reader.strings(fields["demonyms"], name: "demonyms"),
            capitals: try reader.strings(fields["capitals"], name: "capitals"),
            government: try fields["government"].map { node throws(ExtractionError) in ActorID(try reader.string(node, name: "government")) },
            speaksFor: try fields["speaks_for"].map { node throws(ExtractionError) in ActorID(try reader.string(node, name: "speaks_for")) },
            memberships: memberships, localNames: localNames)
    }

    private static func parseMembership(_ node: Node, of id: String, reader: ExtractionYAML) throws(ExtractionError) -> Membership {
        if case .scalar = node { return Membership(parent: ActorID(try reader.string(node, name: "members_of"))) }
        let fields = try reader.mapping(node, what: "a membership of '\(id)'", allowed: ["actor", "from", "until"])
        let parent = try reader.required(fields, "actor", in: "a membership of '\(id)'", at: node)
        let from = try date(fields["from"], reader: reader)
        let until = try date(fields["until"], reader: reader)
        guard let span = TimeSpan(from: from, until: until) else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(node),
                message: "membership of '\(id)' in '\(parent)' ends before it starts")
        }
        return Membership(parent: ActorID(parent), span: span)
    }

    private static func date(_ node: Node?, reader: ExtractionYAML) throws(ExtractionError) -> TimePoint? {
        guard let node else { return nil }
        let text = try reader.string(node, name: "date")
        guard let point = TimePoint(text) else { throw .invalidDate(text, file: reader.file, line: reader.line(node)) }
        return point
    }
}
