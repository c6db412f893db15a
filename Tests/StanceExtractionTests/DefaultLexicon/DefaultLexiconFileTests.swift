import Foundation
import StanceModel
import Testing
import Yams

@testable import StanceExtraction

/// The bundled lexicon files, each read alone: they parse, their references resolve across the
/// parts, and no surface form is given to two actors unless `shared-forms.yaml` says why.
@Suite struct DefaultLexiconFileTests {
    /// One form as the matcher compares it, with the actors that list it.
    struct SharedForm: Hashable {
        let key: String
        let actors: Set<String>
    }

    @Test func everyFileParsesAsUTF8YAML() throws {
        for file in DefaultLexicon.allFiles {
            #expect(!file.yaml.contains("\u{FFFD}"), "\(file.name) is not valid UTF-8")
            #expect(file.yaml.hasPrefix("#"), "\(file.name) opens with a comment saying what it holds")
            var lexicon = Lexicon(actors: ActorLexicon(), cues: CueLexicon(), events: EventLexicon(events: []))
            #expect(throws: Never.self, "\(file.name)") { try lexicon.merge(yaml: file.yaml, source: file.name) }
        }
        #expect(try ActorLexicon.parse(yaml: DefaultLexicon.cuesYAML, source: "cues.yaml").entries.isEmpty)
        #expect(try !CueLexicon.parse(yaml: DefaultLexicon.cuesYAML, source: "cues.yaml").cues.isEmpty)
        #expect(try !EventLexicon.parse(yaml: DefaultLexicon.eventsYAML, source: "events.yaml").events.isEmpty)
    }

    @Test func referencesNameActorsOfSomePart() throws {
        let entries = try Self.actorEntries()
        let known = Set(entries.map(\.entry.id))
        var dangling: [String] = []
        for (file, entry) in entries {
            let references =
                entry.memberships.map { ("members_of", $0.parent) }
                + [entry.government.map { ("government", $0) }, entry.speaksFor.map { ("speaks_for", $0) }].compactMap { $0 }
                + entry.localNames.keys.map { ("local_names", $0) }
            for (field, id) in references where !known.contains(id) {
                dangling.append("\(file): \(entry.id) \(field): \(id)")
            }
        }
        #expect(dangling.isEmpty, "unknown actors named:\n\(dangling.joined(separator: "\n"))")
    }

    /// A form on two actors confuses the matcher (the later part silently wins); the deliberate
    /// cases are listed in `shared-forms.yaml`, which must not list anything stale either.
    @Test func everySurfaceFormBelongsToOneActorUnlessListed() throws {
        let found = Self.sharedForms(in: try Self.actorEntries().map(\.entry))
        let allowed = try Self.allowedSharedForms()
        let unlisted = found.subtracting(allowed).map { "\($0.key): \($0.actors.sorted())" }.sorted()
        let stale = allowed.subtracting(found).map { "\($0.key): \($0.actors.sorted())" }.sorted()
        #expect(unlisted.isEmpty, "forms of several actors, not in shared-forms.yaml:\n\(unlisted.joined(separator: "\n"))")
        #expect(stale.isEmpty, "shared-forms.yaml entries the lexicon no longer has:\n\(stale.joined(separator: "\n"))")
    }

    @Test func findsFormsOfSeveralActors() {
        let entries = [
            ActorEntry(id: "a", name: "Alpha", kind: .state, names: ["the Alpha Republic"], abbreviations: ["AR"]),
            ActorEntry(id: "b", name: "Beta", kind: .state, names: ["ALPHA republic"], abbreviations: ["A.R."], demonyms: ["Beta"]),
            ActorEntry(id: "c", name: "Gamma", kind: .party, capitals: ["Ar"]),
        ]
        #expect(
            Self.sharedForms(in: entries) == [
                SharedForm(key: Self.nameKey("Alpha Republic"), actors: ["a", "b"]),
                SharedForm(key: Self.abbreviationKey("AR"), actors: ["a", "b"]),
            ])
    }

    @Test func formKeysFollowTheMatcher() {
        #expect(Self.nameKey("the Iraq’s  Government") == Self.nameKey("IRAQ'S government"))
        #expect(Self.abbreviationKey("U.S.") == Self.abbreviationKey("US"))
        #expect(Self.abbreviationKey("US") != Self.abbreviationKey("Us"))
    }

    // MARK: - Helpers

    static func actorEntries() throws -> [(file: String, entry: ActorEntry)] {
        try DefaultLexicon.actorFiles.flatMap { file in
            try ActorLexicon.parse(yaml: file.yaml, source: file.name).entries.map { (file.name, $0) }
        }
    }

    /// The forms that more than one of `entries` lists.
    static func sharedForms(in entries: [ActorEntry]) -> Set<SharedForm> {
        var owners: [String: Set<String>] = [:]
        for entry in entries {
            for form in forms(of: entry) { owners[form.key, default: []].insert(entry.id.rawValue) }
        }
        return Set(owners.filter { $0.value.count > 1 }.map { SharedForm(key: $0.key, actors: $0.value) })
    }

    /// Every surface form of an entry, each key once.
    static func forms(of entry: ActorEntry) -> [(key: String, text: String)] {
        let names = ([entry.name] + entry.names + entry.demonyms + entry.capitals).map { (nameKey($0), $0) }
        let abbreviations = entry.abbreviations.map { (abbreviationKey($0), $0) }
        var seen = Set<String>()
        return (names + abbreviations).filter { seen.insert($0.0).inserted }.map { (key: $0.0, text: $0.1) }
    }

    /// Names, demonyms and capitals: ignoring case, punctuation and a leading "the".
    static func nameKey(_ form: String) -> String {
        var words = form.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
            .map { $0.replacingOccurrences(of: "’", with: "'") }
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Abbreviations: with case, without dots.
    static func abbreviationKey(_ form: String) -> String {
        "abbreviation " + form.filter { $0 != "." && !$0.isWhitespace }
    }

    /// The forms `shared-forms.yaml` allows, with exactly their actors.
    static func allowedSharedForms() throws -> Set<SharedForm> {
        let yaml = String(decoding: PackageResources.shared_forms_yaml, as: UTF8.self)
        struct File: Decodable {
            struct Entry: Decodable {
                let form: String
                let actors: [String]
                let abbreviation: Bool?
                let reason: String
            }
            let format: Int
            let shared_forms: [Entry]
        }
        let file = try YAMLDecoder().decode(File.self, from: yaml)
        #expect(file.format == 1)
        var allowed = Set<SharedForm>()
        for entry in file.shared_forms {
            #expect(!entry.reason.isEmpty, "shared-forms.yaml: '\(entry.form)' needs a reason")
            #expect(Set(entry.actors).count == entry.actors.count && entry.actors.count > 1, "'\(entry.form)'")
            let key = entry.abbreviation == true ? abbreviationKey(entry.form) : nameKey(entry.form)
            #expect(allowed.insert(SharedForm(key: key, actors: Set(entry.actors))).inserted, "'\(entry.form)' listed twice")
        }
        return allowed
    }
}
