import StanceModel

/// A group noun's slug, label and kind ("armed-groups", "armed groups", armed group).
typealias GroupHead = (slug: String, label: String, kind: ActorKind)

/// The closed-class English words the actor rules look for, as token hashes.
enum ActorWords {
    static func hashes(_ words: [String]) -> TokenHashSet { TokenHashSet(words.map(TokenHash.of)) }

    /// Roles that speak or act for an organisation's leadership: "Iraqi officials" → its government.
    static let officialRoles = hashes([
        "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister",
        "ministers", "ministry", "president", "premier", "government", "leadership", "authorities",
        "administration", "cabinet", "diplomat", "diplomats", "envoy", "envoys", "ambassador", "delegation",
        "negotiator", "negotiators", "regime", "leader", "chancellor", "presidency", "officialdom",
    ])

    /// Roles of the armed forces: "American forces" → the state.
    static let militaryRoles = hashes([
        "forces", "troops", "military", "army", "soldiers", "navy", "militaries", "personnel",
    ])

    /// Role nouns that name an organisation after "of"/"from": "one official from the Framework".
    static let prefixRoles = hashes([
        "official", "officials", "leader", "leaders", "member", "members", "spokesperson", "spokesman",
        "spokeswoman", "head", "chief", "commander", "commanders", "representative", "representatives",
        "figure", "figures", "minister", "ministers", "lawmaker", "lawmakers", "source", "sources",
        "adviser", "advisers", "advisor", "advisors", "envoy", "delegates", "delegation",
    ])

    static let rolePrepositions = hashes(["of", "from", "within", "for"])
    static let `in` = TokenHash.of("in")

    /// Nouns after a demonym that name a country's people or land, never its government:
    /// "Iraqi civilians", "Yemeni provinces" ("Iraqi territory" stays: seizing it is hostile to Iraq).
    static let populace = hashes([
        "civilian", "civilians", "people", "peoples", "citizen", "citizens", "population", "populations", "resident",
        "residents", "refugee", "refugees", "children", "women", "families", "villagers", "nationals", "community",
        "communities", "brothers", "brethren", "city", "cities", "town", "towns",
        "village", "villages", "province", "provinces", "region", "regions", "area", "areas", "side", "border",
        "borders", "waters", "airspace", "coast", "coastline", "port", "ports", "desert", "countryside", "capital",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        // Events and conditions of a country, which act on no one: "the Syrian conflict".
        "conflict", "conflicts", "war", "crisis", "revolution", "uprising", "economy", "situation", "instability",
        "turmoil", "chaos", "unrest", "transition", "election", "elections",
    ])

    /// Group nouns that make a group actor out of a country or alignment: slug, label, kind.
    static let groupHeads: HashTable64<GroupHead> = {
        var table = HashTable64<GroupHead>(capacity: 32)
        let faction = (slug: "factions", label: "factions", kind: ActorKind.faction)
        for word in ["factions", "parties", "blocs", "entities"] { table[TokenHash.of(word)] = faction }
        let leaders = (slug: "political-leaders", label: "political leaders", kind: ActorKind.faction)
        for word in ["leaders", "politicians"] { table[TokenHash.of(word)] = leaders }
        table[TokenHash.of("groups")] = (slug: "groups", label: "groups", kind: .faction)
        table[TokenHash.of("militias")] = (slug: "militias", label: "militias", kind: .armedGroup)
        table[TokenHash.of("paramilitaries")] = (slug: "militias", label: "militias", kind: .armedGroup)
        for word in ["rebels", "insurgents"] { table[TokenHash.of(word)] = (slug: "rebels", label: "rebels", kind: .armedGroup) }
        table[TokenHash.of("fighters")] = (slug: "fighters", label: "fighters", kind: .armedGroup)
        table[TokenHash.of("proxies")] = (slug: "proxies", label: "proxies", kind: .armedGroup)
        for word in ["lawmakers", "legislators", "parliamentarians"] {
            table[TokenHash.of(word)] = (slug: "lawmakers", label: "lawmakers", kind: .faction)
        }
        return table
    }()

    static let armed = TokenHash.of("armed")
    static let groups = TokenHash.of("groups")

    /// Alignment words of compounds ("Iran-aligned", "aligned with Iran", "backed by Iran").
    static let alignWords: HashTable64<CompoundRelation.Kind> = {
        var table = HashTable64<CompoundRelation.Kind>(capacity: 32)
        for word in ["aligned", "allied", "affiliated", "linked", "loyal", "leaning", "friendly", "oriented", "close"] {
            table[TokenHash.of(word)] = .aligned
        }
        for word in ["backed", "sponsored", "supported", "funded", "armed", "financed", "trained"] {
            table[TokenHash.of(word)] = .backed
        }
        for word in ["designated", "sanctioned", "blacklisted", "proscribed"] {
            table[TokenHash.of(word)] = .designated
        }
        table[ActorWords.led] = .led
        return table
    }()

    static let alignPrepositions = hashes(["with", "to", "by"])
    /// Nouns that make a possessor's named group its part: "the PMU's Kataib Sayyid al-Shuhada faction".
    static let partNouns = hashes(["faction", "wing", "arm", "branch", "component", "affiliate", "offshoot", "brigade", "unit"])

    /// "local Syrian forces": of the place, not the state.
    static let local = TokenHash.of("local")
    /// "(the province of) southern Syria": a word of a region before a state.
    static let compass = hashes([
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "central",
    ])
    static let copulas = hashes(["is", "are", "was", "were", "remains", "remained", "became", "becomes"])
    static let air = TokenHash.of("air")
    static let capital = TokenHash.of("capital")
    static let space = TokenHash.of("space")
    /// Words that end a noun phrase: determiners, prepositions, conjunctions, auxiliaries.
    static let stopwords = hashes([
        "the", "a", "an", "and", "or", "of", "from", "in", "to", "with", "by", "for", "on", "at", "is", "are",
        "was", "were", "has", "have", "had", "will", "would", "that", "which", "who", "as", "but", "not", "be",
        "been", "this", "these", "those", "their", "its", "his", "her", "they", "it", "he", "she", "we", "said",
        "says", "say", "also", "than", "into", "over", "about", "after", "before", "since", "while", "if",
        "can", "could", "may", "might", "should", "do", "does", "did", "no", "there", "when", "where",
    ])

    static let and = TokenHash.of("and")
    static let against = TokenHash.of("against")
    static let anti = TokenHash.of("anti")
    static let to = TokenHash.of("to")
    /// "to defeat", "to fight": a name that states its enemy.
    static let enmityVerbs = hashes(["defeat", "fight", "counter", "combat"])
    /// The words of such names, one of which the name must hold.
    static let enmityWords = hashes(["against", "anti", "defeat", "fight", "counter", "combat"])
    static let by = TokenHash.of("by")
    static let at = TokenHash.of("at")
    static let of = TokenHash.of("of")
    static let led = TokenHash.of("led")
    static let pro = TokenHash.of("pro")
    static let political = TokenHash.of("political")
    static let capitalI = StanceTokenizer.tokens(of: "I")[0].exact
    static let the = TokenHash.of("the")
}
