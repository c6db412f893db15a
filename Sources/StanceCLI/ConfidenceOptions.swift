import ArgumentParser
import StanceExtraction

/// `--min-confidence X` of the commands that extract (`extract`, `build`, `ingest`): extracted
/// claims below X are not written or stored.
struct ExtractionConfidenceOption: ParsableArguments {
    @Option(
        name: .customLong("min-confidence"),
        help: ArgumentHelp(
            "Leave out extracted claims whose confidence is below X (0 to 1); hand-coded annotations are kept whole.",
            valueName: "X"))
    var minimum: Double = Extractor.defaultMinimumConfidence

    func validate() throws { try MinimumConfidence.validate(minimum) }
}

/// `--min-confidence X` of the commands that draw, compare or export (`render`, `shift`, `export`): claims below X
/// are left out of the graph first.
struct GraphConfidenceOption: ParsableArguments {
    @Option(
        name: .customLong("min-confidence"),
        help: ArgumentHelp(
            "Leave out claims whose confidence (the highest of their evidence) is below X (0 to 1).",
            valueName: "X"))
    var minimum: Double = 0

    func validate() throws { try MinimumConfidence.validate(minimum) }
}

enum MinimumConfidence {
    /// Refuses a minimum outside [0, 1] (or not a number).
    static func validate(_ value: Double) throws {
        guard value >= 0 && value <= 1 else {
            throw ValidationError("--min-confidence must be between 0 and 1, not \(value).")
        }
    }
}
