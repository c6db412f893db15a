import Foundation
import ArgumentParser
import StanceModel

/// What part of the graph `render`, `shift` and `export` show: `--focus`, `--depth`, `--topic`,
/// `--kind`, `--min-evidence`, `--source-outlet` and `--top`, made into a `GraphSelection`.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this actor (id) and the actors within --depth stances of it, either way.", valueName: "actor"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many stances away an actor may be (default 1).", valueName: "n"))
    var depth: Int?

    @Option(help: ArgumentHelp("Only claims on this topic id.", valueName: "topic"))
    var topic: String?

    @Option(
        help: ArgumentHelp(
            "Only claims whose holder and target are of these kinds, comma-separated: "
                + ActorKind.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "kinds"))
    var kind: [String] = []

    @Option(
        name: .customLong("min-evidence"),
        help: ArgumentHelp(
            "Only stances backed by at least N distinct documents (the claims on the key in force at the date).",
            valueName: "n"))
    var minimumEvidence: Int = 1

    @Option(
        name: .customLong("source-outlet"),
        help: ArgumentHelp("Only claims with evidence from this outlet (ignoring case).", valueName: "outlet"))
    var sourceOutlet: String?

    @Option(
        help: ArgumentHelp(
            "Only the K actors with the most documents behind their stances at the date; the title counts the rest.",
            valueName: "k"))
    var top: Int?

    func validate() throws {
        if let depth {
            guard focus != nil else { throw ValidationError("--depth needs --focus ACTOR.") }
            guard depth >= 0 else { throw ValidationError("--depth must be 0 or more, not \(depth).") }
        }
        guard minimumEvidence >= 1 else { throw ValidationError("--min-evidence must be 1 or more, not \(minimumEvidence).") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more, not \(top).") }
        _ = try kinds()
    }

    /// The kinds of `--kind`, comma-separated or repeated.
    func kinds() throws -> Set<ActorKind> {
        var kinds = Set<ActorKind>()
        for name in kind.flatMap({ $0.split(separator: ",") }) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let value = ActorKind(rawValue: trimmed) ?? ActorKind(rawValue: trimmed.replacingOccurrences(of: " ", with: "-"))
            else {
                throw ValidationError(
                    "Unknown actor kind '\(trimmed)' in --kind; the kinds are "
                        + ActorKind.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            kinds.insert(value)
        }
        return kinds
    }

    /// Whether no option is given.
    var isEmpty: Bool { (try? selection().isEmpty) ?? false }

    /// The selection these options ask for, with `--min-confidence` when the command has it.
    func selection(minimumConfidence: Double = 0) throws -> GraphSelection {
        GraphSelection(
            focus: focus.map { ActorID($0) }, depth: depth ?? 1, topic: topic.map { TopicID($0) }, kinds: try kinds(),
            minimumEvidence: minimumEvidence, outlet: sourceOutlet, minimumConfidence: minimumConfidence, top: top)
    }
}

extension SelectedGraph {
    /// "top 40 of 512 actors" when `--top` left actors out.
    var note: String? {
        leftOut > 0 ? "top \(shownActors) of \(candidateActors) actors" : nil
    }
}
