import StanceModel

/// The version of the rule-based extractor, recorded in every claim it makes as `rules@VERSION`.
///
/// Bump it whenever a rule or a bundled lexicon changes what is extracted, so that claims made
/// by different versions can be told apart in a store.
public enum ExtractorVersion {
    public static let current = "0.6"

    /// The extraction method recorded in evidence: `rules@0.6`.
    public static var method: ExtractionMethod { .rules(version: current) }
}
