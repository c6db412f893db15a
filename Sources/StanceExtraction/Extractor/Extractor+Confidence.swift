extension Extractor {
    /// The confidence below which `extract`, `build` and `ingest` leave an extracted claim out,
    /// unless `--min-confidence` says otherwise; 0 keeps every claim.
    public static let defaultMinimumConfidence: Double = 0
}
