internal import Yams

/// How often each extraction rule was right on the development sets, and the confidence that
/// gives each claim.
///
/// `stancegraph eval --calibrate FILE` counts, for every extracted (holder, target, polarity)
/// tuple of the gold sets it is given, the rule that read it (``RuleKey``) and whether the gold
/// holds the tuple; the bundled `calibration.yaml` is that count on the development sets. A
/// claim's confidence is the precision of its key, shrunk toward the precision of the key one
/// level less specific in proportion to how few claims the key has (``priorWeight`` pseudo-claims
/// of the parent): "clause/-/hedged" toward "clause/-", that toward "clause", that toward all rules.
public struct Calibration: Sendable, Equatable {
    /// Claims and correct claims per key ("all", "clause", "clause/-", "clause/-/hedged").
    public private(set) var counts: [String: Count]
    /// Where the counts were measured, as written in the file.
    public var measuredOn: [String]

    public struct Count: Sendable, Hashable {
        public var claims: Int
        public var correct: Int

        public init(claims: Int, correct: Int) {
            self.claims = claims
            self.correct = correct
        }
    }

    /// How many claims of the parent key's precision a key's own count is blended with.
    public static let priorWeight = 6.0

    public init(counts: [String: Count] = [:], measuredOn: [String] = []) {
        self.counts = counts
        self.measuredOn = measuredOn
        fillTable()
    }

    public static func == (lhs: Calibration, rhs: Calibration) -> Bool {
        lhs.counts == rhs.counts && lhs.measuredOn == rhs.measuredOn
    }

    public var isEmpty: Bool { counts.isEmpty }

    /// The calibrated confidence of a claim read by `key`, in [0.02, 0.98].
    /// - Complexity: one hash look-up (every key is computed when the table is made).
    public func confidence(for key: RuleKey) -> Double { table[key] ?? estimate(for: key) }

    /// Every key's confidence, computed once.
    private var table: [RuleKey: Double] = [:]

    private mutating func fillTable() {
        var table: [RuleKey: Double] = [:]
        for rule in RuleClass.allCases {
            for polarity in ["+", "-", "0"] {
                for flags in 0..<16 {
                    let key = RuleKey(
                        rule: rule, polarity: polarity, implicitHolder: flags & 1 != 0, hedged: flags & 2 != 0,
                        adHoc: flags & 4 != 0, far: flags & 8 != 0)
                    table[key] = estimate(for: key)
                }
            }
        }
        self.table = table
    }

    private func estimate(for key: RuleKey) -> Double {
        var estimate = precision(counts["all"], prior: 0.5)
        for level in key.backOff.reversed() {
            estimate = precision(counts[level], prior: estimate)
        }
        return min(0.98, max(0.02, estimate))
    }

    private func precision(_ count: Count?, prior: Double) -> Double {
        guard let count else { return prior }
        return (Double(count.correct) + Self.priorWeight * prior) / (Double(count.claims) + Self.priorWeight)
    }

    /// The table as YAML, keys sorted: what `calibration.yaml` holds.
    public func yaml(header: String) -> String {
        var lines = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }
        lines.append("format: 1")
        lines.append("measured_on: [\(measuredOn.map { "\"\($0)\"" }.joined(separator: ", "))]")
        lines.append("rules:")
        for key in counts.keys.sorted() {
            let count = counts[key]!
            lines.append("  \"\(key)\": {claims: \(count.claims), correct: \(count.correct)}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a calibration table; `source` names it in errors.
    public static func parse(yaml: String, source: String) throws(ExtractionError) -> Calibration {
        let reader = ExtractionYAML(file: source)
        guard let root = try reader.compose(yaml) else { return Calibration() }
        let top = try reader.mapping(root, what: "the calibration", allowed: ["format", "measured_on", "rules"])
        var calibration = Calibration(measuredOn: try reader.strings(top["measured_on"], name: "measured_on"))
        guard let rules = top["rules"] else { return calibration }
        guard case .mapping(let mapping) = rules else {
            throw .invalidLexicon(file: source, line: reader.line(rules), message: "'rules' must be a mapping")
        }
        for (keyNode, valueNode) in mapping {
            let key = try reader.string(keyNode, name: "rules")
            let fields = try reader.mapping(valueNode, what: "rule '\(key)'", allowed: ["claims", "correct"])
            let claims = Int(try reader.required(fields, "claims", in: "rule '\(key)'", at: valueNode))
            let correct = Int(try reader.required(fields, "correct", in: "rule '\(key)'", at: valueNode))
            guard let claims, let correct, claims >= correct, correct >= 0 else {
                throw .invalidLexicon(
                    file: source, line: reader.line(valueNode),
                    message: "rule '\(key)' needs whole numbers claims >= correct >= 0")
            }
            calibration.counts[key] = Count(claims: claims, correct: correct)
        }
        calibration.fillTable()
        return calibration
    }

    /// The bundled table (`calibration.yaml`).
    public static func bundled() throws(ExtractionError) -> Calibration {
        try parse(yaml: DefaultLexicon.calibrationFile.yaml, source: DefaultLexicon.calibrationFile.name)
    }
}
