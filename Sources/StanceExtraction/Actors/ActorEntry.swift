import StanceModel

/// One actor of an actor lexicon: its names and the forms that refer to it in text.
public struct ActorEntry: Sendable, Hashable {
    public var id: ActorID
    /// The display name; also matched, ignoring case.
    public var name: String
    public var kind: ActorKind
    /// Other full names, matched ignoring case and punctuation.
    public var names: [String]
    /// Abbreviations, matched with case, with or without dots ("US", "U.S.").
    public var abbreviations: [String]
    /// Demonyms and adjectival forms ("Iraqi", "Iraqis").
    public var demonyms: [String]
    /// Capitals and other seats used as metonyms ("Baghdad").
    public var capitals: [String]
    /// What officials, ministers and "the Iraqi government" of this actor resolve to.
    public var government: ActorID?
    /// For persons: whose stance their statements express.
    public var speaksFor: ActorID?
    public var memberships: [Membership]
    /// Generic words that name this actor only on a page about a given country, by country:
    /// on a page about Syria, "the rebels" and "the opposition" are the Syrian rebels.
    public var localNames: [ActorID: [String]]

    public init(
        id: ActorID, name: String, kind: ActorKind, names: [String] = [], abbreviations: [String] = [],
        demonyms: [String] = [], capitals: [String] = [], government: ActorID? = nil, speaksFor: ActorID? = nil,
        memberships: [Membership] = [], localNames: [ActorID: [String]] = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.names = names
        self.abbreviations = abbreviations
        self.demonyms = demonyms
        self.capitals = capitals
        self.government = government
        self.speaksFor = speaksFor
        self.memberships = memberships
        self.localNames = localNames
    }

    /// The actor as the model knows it: every surface form becomes an alias.
    public var stanceActor: StanceActor {
        var seen: Set<String> = [name]
        let aliases = (names + abbreviations + demonyms + capitals).filter { seen.insert($0).inserted }
        return StanceActor(id: id, name: name, kind: kind, aliases: aliases, memberships: memberships)
    }

    /// The short form used in topic labels: the first dotted abbreviation, else the first
    /// abbreviation, else the name ("U.S.", "NATO", "Iraq").
    var shortName: String {
        guard kind == .state else { return name }
        return abbreviations.first { $0.contains(".") } ?? abbreviations.first ?? name
    }

    /// The slug used in topic ids: the first abbreviation without dots, lowercased, else the id.
    var shortSlug: String {
        guard kind == .state, let short = abbreviations.first else { return id.rawValue }
        return Slug.make(short.replacingOccurrences(of: ".", with: ""))
    }
}

/// Makes slugs (`iran-aligned-factions`) from names.
enum Slug {
    /// Lowercase ASCII letters and digits, every other run of characters a single hyphen.
    static func make(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let c = Character(scalar).lowercased().first, c.isLetter || c.isNumber {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(c)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar == "." {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}
