/// The stance cues an extractor knows, with a token trie of every inflected form.
///
/// Loaded from YAML (see `parse(yaml:source:)` and the bundled `DefaultLexicon.cuesYAML`); a
/// user lexicon merged in adds cues and replaces those with the same phrase and part of speech.
public struct CueLexicon: Sendable {
    /// Every cue with the forms it is matched by.
    public private(set) var cues: [Cue] = []
    /// Topic kinds frames refer to.
    public private(set) var topics: [TopicKind] = []
    private var forms: [[String]] = []
    private(set) var trie = TokenTrie<Int32>()

    public init() {}

    init(cues: [(Cue, [String])], topics: [TopicKind]) {
        for (cue, forms) in cues { add(cue, forms: forms) }
        self.topics = topics
    }

    /// The bundled cue lexicon (`DefaultLexicon.cuesYAML`).
    public static func bundled() throws(ExtractionError) -> CueLexicon {
        try parse(yaml: DefaultLexicon.cuesYAML, source: "bundled cues")
    }

    /// Adds the cues and topics of `other`; a later cue for the same form wins.
    public mutating func merge(_ other: CueLexicon) {
        for (cue, forms) in zip(other.cues, other.forms) { add(cue, forms: forms) }
        for topic in other.topics {
            if let at = topics.firstIndex(where: { $0.id == topic.id }) { topics[at] = topic } else { topics.append(topic) }
        }
    }

    private mutating func add(_ cue: Cue, forms: [String]) {
        let at = Int32(cues.count)
        cues.append(cue)
        self.forms.append(forms)
        for form in forms {
            let hashes = ActorIndex.hashes(of: form, exact: false, keepThe: true)
            trie.insert(hashes, at, replace: true)
        }
    }

    /// The topic kind of this id, if declared.
    public func topic(id: String) -> TopicKind? { topics.first { $0.id == id } }

    /// The forms a cue is matched by (its inflections).
    public func forms(of cueIndex: Int) -> [String] { forms[cueIndex] }
}
