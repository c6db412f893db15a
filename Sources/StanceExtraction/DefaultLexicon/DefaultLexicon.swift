/// The lexicons bundled with the extractor, as YAML text compiled into the binary (so that the
/// `stancegraph` executable works wherever it is copied, with no resource bundle to find).
///
/// The actor lexicon is split by region and kind, one file each; every part has the same format
/// (see `ActorLexicon`) and they are loaded together, so an actor in one part may name an actor of
/// another part in `members_of`, `government` or `speaks_for`.
enum DefaultLexicon {
    /// Every part of the bundled actor lexicon, in load order.
    static var actorParts: [String] {
        [
            organizationsYAML,
            statesEuropeYAML, statesAmericasYAML, statesMiddleEastYAML, statesAfricaYAML, statesAsiaYAML,
            statesOceaniaYAML, middleEastYAML, worldYAML,
        ]
    }

    /// The bundled event lexicon (see `EventLexicon`).
    static var eventsYAML: String { defaultEventsYAML }
}
