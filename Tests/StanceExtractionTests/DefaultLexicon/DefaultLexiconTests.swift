import StanceModel
import Testing

@testable import StanceExtraction

/// The bundled lexicons load with the real parsers, hold together, and resolve their own forms.
@Suite struct DefaultLexiconTests {
    /// The 193 UN member states, by the ids the lexicon gives states.
    static let unMembers: [String] = """
        afghanistan albania algeria andorra angola antigua-and-barbuda argentina armenia australia austria
        azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
        bosnia-and-herzegovina botswana brazil brunei bulgaria burkina-faso burundi cape-verde cambodia cameroon
        canada central-african-republic chad chile china colombia comoros republic-of-the-congo costa-rica
        ivory-coast croatia cuba cyprus czech-republic north-korea democratic-republic-of-the-congo denmark
        djibouti dominica dominican-republic ecuador egypt el-salvador equatorial-guinea eritrea estonia eswatini
        ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
        guinea-bissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
        japan jordan kazakhstan kenya kiribati kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
        liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta marshall-islands
        mauritania mauritius mexico micronesia monaco mongolia montenegro morocco mozambique myanmar namibia nauru
        nepal netherlands new-zealand nicaragua niger nigeria north-macedonia norway oman pakistan palau panama
        papua-new-guinea paraguay peru philippines poland portugal qatar south-korea moldova romania russia rwanda
        saint-kitts-and-nevis saint-lucia saint-vincent-and-the-grenadines samoa san-marino sao-tome-and-principe
        saudi-arabia senegal serbia seychelles sierra-leone singapore slovakia slovenia solomon-islands somalia
        south-africa south-sudan spain sri-lanka sudan suriname sweden switzerland syria tajikistan thailand
        east-timor togo tonga trinidad-and-tobago tunisia turkey turkmenistan tuvalu uganda ukraine
        united-arab-emirates united-kingdom tanzania united-states uruguay uzbekistan vanuatu venezuela vietnam
        yemen zambia zimbabwe
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    @Test func everyUNMemberStateIsAState() throws {
        #expect(Set(Self.unMembers).count == 193)
        let lexicon = try ActorLexicon.bundled()
        let missing = Self.unMembers.filter { lexicon.actor(id: ActorID($0))?.kind != .state }
        #expect(missing.isEmpty, "not states in the bundled lexicon: \(missing)")
    }

    @Test func everyReferenceNamesADefinedActor() throws {
        let lexicon = try ActorLexicon.bundled()
        var dangling: [String] = []
        for entry in lexicon.entries {
            let references = [entry.government, entry.speaksFor].compactMap { $0 } + entry.memberships.map(\.parent)
            for reference in references where lexicon.actor(id: reference) == nil {
                dangling.append("\(entry.id) → \(reference)")
            }
            if entry.speaksFor != nil { #expect(entry.kind == .person, "\(entry.id) speaks for someone but is not a person") }
        }
        #expect(dangling.isEmpty, "references to undefined actors: \(dangling)")
    }

    @Test func partsShareNoActorID() throws {
        var owner: [ActorID: String] = [:]
        var shared: [String] = []
        for file in DefaultLexicon.actorFiles {
            for entry in try ActorLexicon.parse(yaml: file.yaml, source: file.name).entries {
                if let first = owner[entry.id] { shared.append("\(entry.id) in \(first) and \(file.name)") }
                owner[entry.id] = file.name
            }
        }
        #expect(shared.isEmpty, "ids defined twice: \(shared)")
    }

    /// Every name, abbreviation, demonym and capital, read alone, is a mention of its own actor
    /// (or, for a person, of whom they speak for): no form is shadowed by another actor's.
    @Test func everySurfaceFormResolvesToItsOwnActor() throws {
        let lexicon = try ActorLexicon.bundled()
        var wrong: [String] = []
        for entry in lexicon.entries {
            let expected = entry.kind == .person ? (entry.speaksFor ?? entry.id) : entry.id
            let forms = [entry.name] + entry.names + entry.abbreviations + entry.demonyms + entry.capitals
            for form in forms {
                let found = lexicon.resolve(form)
                if found != expected { wrong.append("'\(form)' → \(found.map(\.rawValue) ?? "nothing"), expected \(expected)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) forms resolve elsewhere:\n\(wrong.joined(separator: "\n"))")
    }

    @Test(arguments: [
        ("Tehran", "iran"), ("U.S.", "united-states"), ("the White House", "united-states"), ("the Kremlin", "russia"),
        ("Downing Street", "united-kingdom"), ("Türkiye", "turkey"), ("Côte d’Ivoire", "ivory-coast"), ("Burma", "myanmar"),
        ("Iraq’s Shiite-led government", "iraqi-government"), ("Hashd al-Shaabi", "popular-mobilization-forces"),
        ("Kata’ib Hezbollah", "kataib-hezbollah"), ("Daesh", "islamic-state"), ("ISIL", "islamic-state"),
        ("Iran-aligned factions", "iran-aligned-factions"), ("the Shiite Coordination Framework", "coordination-framework"),
        ("Bashar Assad’s regime", "assad-regime"), ("the U.S.-led coalition", "us-led-coalition"), ("Emiratis", "united-arab-emirates"),
        ("Ansar Allah", "houthis"), ("the Quds Force", "quds-force"), ("Ahmed al-Sharaa", "syrian-government"),
    ])
    func resolvesCommonVariants(form: String, id: String) throws {
        #expect(try ActorLexicon.bundled().resolve(form) == ActorID(id))
    }

    @Test func bundledEventsLoadWithDistinctPhrases() throws {
        let lexicon = try EventLexicon.bundled()
        #expect(lexicon.event(id: "fall-of-assad")?.date == TimePoint("2024-12-08"))
        #expect(lexicon.event(id: "october-7-attack")?.date == TimePoint("2023-10-07"))
        var owner: [String: String] = [:]
        var shared: [String] = []
        for event in lexicon.events {
            for phrase in [event.name] + event.aliases {
                let key = phrase.lowercased().replacingOccurrences(of: "’", with: "'")
                    .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).joined(separator: " ")
                if let first = owner[key], first != event.id { shared.append("'\(phrase)': \(first), \(event.id)") }
                owner[key] = event.id
            }
        }
        #expect(shared.isEmpty, "phrases naming two events: \(shared)")
    }
}
