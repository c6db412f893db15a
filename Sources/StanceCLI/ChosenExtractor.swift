import ArgumentParser
import Foundation
import StanceExtraction
import StanceLLM
import StanceModel

/// Which extractor reads the articles: the rules (default), a language model, or both merged.
enum ExtractorKind: String, CaseIterable, Sendable, ExpressibleByArgument {
    case rules, llm, both
}

/// The extractor the options chose, ready to read articles: the rules, the model through
/// ``LLMExtractor`` (every claim verified), or both merged (``MergedExtraction``).
struct ChosenExtractor: Sendable {
    let kind: ExtractorKind
    let rules: Extractor
    let model: LLMExtractor?
    /// Whether to print every dropped and conflicting claim, not only their counts.
    let verbose: Bool
    /// What the model did so far.
    let tally = ModelTally()

    /// The claims of `article`. Notes (rejections, conflicts) go to standard error, counted on one
    /// line, one line each with `verbose`.
    /// - Throws: ``LLMError`` when the model server fails after its retries (the article then
    ///   yields nothing).
    func extract(_ article: Article) throws -> ExtractionResult {
        guard kind != .rules, let model else { return rules.extract(article) }
        let ruled = rules.extract(article)
        let started = ContinuousClock.now
        let read = try model.extract(article, aliases: ruled.candidates)
        let elapsed = ContinuousClock.now - started
        tally.add(read, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        var notes: [String] = []
        if !read.rejections.isEmpty {
            notes.append("\(article.id): \(read.rejections.count) of \(read.proposed) model claims dropped (\(read.rejectionSummary))")
            if verbose { notes += read.rejections.map { "    dropped \($0.description)" } }
        }
        var result = read.result
        if kind == .both {
            let merged = MergedExtraction(rules: ruled, model: read.result)
            tally.add(agreements: merged.agreements, conflicts: merged.conflicts.count)
            if !merged.conflicts.isEmpty {
                notes.append("\(article.id): \(merged.conflicts.count) conflict(s) between rules and model, both kept")
                for conflict in merged.conflicts where verbose {
                    let a = merged.result.claims[conflict.rules]
                    let b = merged.result.claims[conflict.model]
                    notes.append(
                        "    conflict \(conflict.source) → \(conflict.target): rules \(a.stance.level.rawValue), model \(b.stance.level.rawValue)")
                }
            }
            result = merged.result
        }
        if !notes.isEmpty { FileHandleStandardError.write(notes.joined(separator: "\n") + "\n") }
        return result
    }

    /// What the claims' method says and ingest's content hash covers: `rules@VERSION`,
    /// `llm:MODEL@PROMPT`, or both joined by "+".
    var fingerprint: String {
        switch (kind, model) {
        case (.llm, let model?): model.method.rawValue
        case (.both, let model?): ExtractorVersion.method.rawValue + "+" + model.method.rawValue
        default: ExtractorVersion.method.rawValue
        }
    }
}
