import ArgumentParser
import Foundation
import StanceModel
import StanceStore

extension StanceGraphCommand {
    /// `stancegraph claims PATH... [--db FILE] [--actor ID] [--topic ID] [--at DATE] [--from DATE] [--until DATE]
    /// [--method M] [--article ID]`.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List claims with their evidence, one per line.")

        @OptionGroup var input: GraphInput

        @Option(help: "Only claims held by or aimed at this actor id.")
        var actor: String?

        @Option(help: "Only claims on this topic id.")
        var topic: String?

        @Option(help: "Only claims whose valid span covers this date, an open end closed where a later claim on the same key starts (YYYY-MM-DD, YYYY-MM or YYYY).")
        var at: TimePoint?

        @Option(help: "Only claims valid on or after this date (their valid span as coded reaches it; an open end always does).")
        var from: TimePoint?

        @Option(help: "Only claims valid on or before this date (their valid span starts by its last day).")
        var until: TimePoint?

        @Option(help: "Only claims with evidence of this method: manual, rules@VERSION, external:SOURCE.")
        var method: String?

        @Option(help: "Only claims with evidence from this article (document id).")
        var article: String?

        func validate() throws {
            if let from, let until, until.endDay <= from.firstDay {
                throw ValidationError("--until \(until) is before --from \(from).")
            }
        }

        func run() throws {
            let graph = try input.load()
            if let actor, graph.actors[ActorID(actor)] == nil {
                let known = graph.actors.keys.sorted().map(\.rawValue).joined(separator: ", ")
                throw CLIError("no actor '\(actor)' in the graph (known: \(known))")
            }
            let filter = ClaimFilter(
                actor: actor.map { ActorID($0) }, topic: topic.map { TopicID($0) }, from: from, until: until,
                method: method.map { ExtractionMethod(rawValue: $0) }, article: article)
            var count = 0
            for (position, claim) in graph.claims.enumerated() {
                if !filter.matches(claim) { continue }
                if let at, !graph.isInForce(claimAt: position, at: at) { continue }
                print(ClaimLine(claim, span: graph.effectiveSpan(ofClaimAt: position)).text)
                count += 1
            }
            if count == 0 { FileHandleStandardError.write("No claims match.\n") }
        }
    }
}

/// One claim as a line: span, key, stance, then its evidence.
struct ClaimLine {
    let text: String

    init(_ claim: StanceClaim, span: TimeSpan) {
        let stance = "\(claim.stance.level.rawValue) (\(String(format: "%+.2f", claim.stance.score)))"
        let evidence = claim.evidence.map { evidence in
            var parts = ["\"\(evidence.quote.replacingOccurrences(of: "\n", with: " "))\""]
            if let speaker = evidence.speaker {
                parts.append("speaker: \(speaker)" + (evidence.speakerActor.map { " (\($0))" } ?? ""))
            }
            if let phrase = evidence.timePhrase { parts.append("time: \(phrase)") }
            var source = evidence.documentID
            if let published = evidence.published { source += " \(published)" }
            if let range = evidence.characterRange { source += " @\(range.lowerBound)-\(range.upperBound)" }
            parts.append(source)
            parts.append("\(evidence.method) \(String(format: "%.2f", evidence.confidence))")
            return parts.joined(separator: " | ")
        }
        text = "\(span)\t\(claim.key.display)\t\(stance)\t" + evidence.joined(separator: " ;; ")
    }
}
