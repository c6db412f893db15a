internal import Yams

extension CueLexicon {
    /// Parses a cue lexicon: `format: 1`, optional `topics:` (`{id, label}`) and `cues:`.
    ///
    /// A cue is `{cue: PHRASE or [PHRASES], pos: verb|noun|phrase, role: ROLE, score: S, topic: T,
    /// mutual: true, weak: true, adjacent: true, gives: true, forms: [EXTRA]}`; `pos: verb` inflects the first word (support →
    /// supports, supported, supporting), `pos: noun` pluralises it, `phrase` (the default) keeps
    /// it as written. Roles are those of `Cue.Role` (default `stance`). Stance cues need a score in
    /// [-1, 1] other than 0. Errors name `source` and the line. Other top-level keys (`actors`,
    /// `events`) are left to their own parsers.
    public static func parse(yaml: String, source: String) throws(ExtractionError) -> CueLexicon {
        let reader = ExtractionYAML(file: source)
        guard let root = try reader.compose(yaml) else { return CueLexicon() }
        let top = try reader.mapping(root, what: "the lexicon", allowed: ["format", "actors", "events", "cues", "topics"])
        if let format = top["format"] {
            let value = try reader.string(format, name: "format")
            guard value == "1" else {
                throw .invalidLexicon(file: source, line: reader.line(format), message: "unsupported format '\(value)' (expected 1)")
            }
        }
        var topics: [TopicKind] = []
        if let list = top["topics"] {
            for node in try reader.items(list, name: "topics") {
                let fields = try reader.mapping(node, what: "a topic", allowed: ["id", "label"])
                topics.append(
                    TopicKind(
                        id: try reader.required(fields, "id", in: "a topic", at: node),
                        label: try reader.required(fields, "label", in: "a topic", at: node)))
            }
        }
        var cues: [(Cue, [String])] = []
        if let list = top["cues"] {
            for node in try reader.items(list, name: "cues") {
                cues += try parseCue(node, reader: reader, topics: topics)
            }
        }
        return CueLexicon(cues: cues, topics: topics)
    }

    private static func parseCue(_ node: Node, reader: ExtractionYAML, topics: [TopicKind]) throws(ExtractionError) -> [(Cue, [String])] {
        let fields = try reader.mapping(
            node, what: "a cue", allowed: ["cue", "pos", "role", "score", "topic", "mutual", "weak", "adjacent", "gives", "forms", "note"])
        guard let phraseNode = fields["cue"] else {
            throw .invalidLexicon(file: reader.file, line: reader.line(node), message: "missing required field 'cue' in a cue")
        }
        let phrases = try reader.strings(phraseNode, name: "cue").filter { !$0.isEmpty }
        guard let first = phrases.first else {
            throw .invalidLexicon(file: reader.file, line: reader.line(phraseNode), message: "a cue needs a phrase")
        }
        let pos = try fields["pos"].map { n throws(ExtractionError) in try reader.string(n, name: "pos") } ?? "phrase"
        guard ["verb", "noun", "phrase"].contains(pos) else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["pos"] ?? node),
                message: "unknown pos '\(pos)' of cue '\(first)' (expected verb, noun or phrase)")
        }
        let roleText = try fields["role"].map { n throws(ExtractionError) in try reader.string(n, name: "role") } ?? "stance"
        guard let role = Cue.Role(rawValue: roleText) else {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["role"] ?? node),
                message: "unknown role '\(roleText)' of cue '\(first)' (expected one of \(Cue.Role.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var score = 0.0
        if let scoreNode = fields["score"] {
            let text = try reader.string(scoreNode, name: "score")
            guard let value = Double(text), value.isFinite, (-1.0...1.0).contains(value) else {
                throw .invalidLexicon(
                    file: reader.file, line: reader.line(scoreNode),
                    message: "score '\(text)' of cue '\(first)' is not a number in [-1, 1]")
            }
            score = value
        }
        if [.stance, .operator, .frame].contains(role), score == 0 {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(node),
                message: "cue '\(first)' (\(role.rawValue)) needs a score in [-1, 1] other than 0")
        }
        let topic = try fields["topic"].map { n throws(ExtractionError) in try reader.string(n, name: "topic") }
        if let topic, !topics.isEmpty, !topics.contains(where: { $0.id == topic }) {
            throw .invalidLexicon(
                file: reader.file, line: reader.line(fields["topic"] ?? node),
                message: "cue '\(first)' names topic '\(topic)', which the file's topics do not declare")
        }
        let mutual = try flag(fields["mutual"], name: "mutual", reader: reader)
        let weak = try flag(fields["weak"], name: "weak", reader: reader)
        let adjacent = try flag(fields["adjacent"], name: "adjacent", reader: reader)
        let gives = try flag(fields["gives"], name: "gives", reader: reader)
        let extra = try reader.strings(fields["forms"], name: "forms")
        return phrases.map { phrase in
            (
                Cue(
                    phrase: phrase, role: role, score: score, topic: topic, mutual: mutual, weak: weak, adjacent: adjacent,
                    gives: gives, partOfSpeech: pos),
                Inflection.forms(of: phrase, pos: pos) + extra
            )
        }
    }

    private static func flag(_ node: Node?, name: String, reader: ExtractionYAML) throws(ExtractionError) -> Bool {
        guard let node else { return false }
        let text = try reader.string(node, name: name)
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            throw .invalidLexicon(file: reader.file, line: reader.line(node), message: "'\(name)' must be true or false, not '\(text)'")
        }
    }
}

/// English inflections of a cue's first word.
enum Inflection {
    /// The phrase with its first word in every form of its part of speech.
    static func forms(of phrase: String, pos: String) -> [String] {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let head = words.first, pos != "phrase" else { return [phrase] }
        let rest = words.dropFirst().joined(separator: " ")
        let heads = pos == "verb" ? verbForms(head.lowercased()) : nounForms(head.lowercased())
        var seen: Set<String> = []
        return heads.map { rest.isEmpty ? $0 : "\($0) \(rest)" }.filter { seen.insert($0).inserted }
    }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    static func nounForms(_ w: String) -> [String] {
        if w.hasSuffix("y"), let before = w.dropLast().last, !isVowel(before) { return [w, String(w.dropLast()) + "ies"] }
        if ["s", "x", "z", "ch", "sh"].contains(where: { w.hasSuffix($0) }) { return [w, w + "es"] }
        return [w, w + "s"]
    }

    static func verbForms(_ w: String) -> [String] {
        var result = [w]
        let chars = Array(w)
        let last = chars.last ?? "a"
        let consonantY = last == "y" && chars.count > 1 && !isVowel(chars[chars.count - 2])
        // Third person.
        if consonantY {
            result.append(String(w.dropLast()) + "ies")
        } else if ["s", "x", "z", "ch", "sh", "o"].contains(where: { w.hasSuffix($0) }) {
            result.append(w + "es")
        } else {
            result.append(w + "s")
        }
        // Past and -ing.
        if consonantY {
            result += [String(w.dropLast()) + "ied", w + "ing"]
        } else if w.hasSuffix("ie") {
            result += [w + "d", String(w.dropLast(2)) + "ying"]
        } else if w.hasSuffix("e") {
            result += [w + "d"]
            result.append(w.hasSuffix("ee") || w.hasSuffix("oe") || w.hasSuffix("ye") ? w + "ing" : String(w.dropLast()) + "ing")
        } else {
            result += [w + "ed", w + "ing"]
            // Consonant–vowel–consonant endings may double ("ban" → "banned", "combat" → "combatting").
            if chars.count >= 3, !isVowel(last), !"wxy".contains(last), isVowel(chars[chars.count - 2]),
                !isVowel(chars[chars.count - 3])
            {
                result += [w + String(last) + "ed", w + String(last) + "ing"]
            }
        }
        return result
    }
}
