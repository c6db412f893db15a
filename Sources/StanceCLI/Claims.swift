import ArgumentParser
import Foundation
import StanceModel

extension StanceGraphCommand {
    /// `stancegraph claims PATH... [--actor ID] [--at DATE]`.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List claims with their evidence, one per line.")

        @OptionGroup var input: GraphInput

        @Option(help: "Only claims held by or aimed at this actor id.")
        var actor: String?

        @Option(help: "Only claims whose valid span covers this date, an open end closed where a later claim on the same key starts (YYYY-MM-DD, YYYY-MM or YYYY).")
        var at: TimePoint?

        func run() throws {
            let graph = try input.load()
            if let actor, graph.actors[ActorID(actor)] == nil {
                let known = graph.actors.keys.sorted().map(\.rawValue).joined(separator: ", ")
                throw CLIError("no actor '\(actor)' in the graph (known: \(known))")
            }
            var count = 0
            for (position, claim) in graph.claims.enumerated() {
                if let actor, claim.source.rawValue != actor, claim.target.rawValue != actor { continue }
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
