import Foundation
import StanceModel
import StanceStore

/// The graph as loaded from the database, with what the pages need to find their way in it.
struct LoadedGraph: Sendable {
    /// The graph with reviews applied: rejected claims left out, corrections made.
    let graph: StanceGraph
    /// `references[i]` names the stored claim at position `i` of ``graph``.
    let references: [ClaimReference]
    /// The first and last day the data speaks of: claim starts and ends, publications, events.
    let first: TimePoint?
    let last: TimePoint?

    init(graph: StanceGraph, references: [ClaimReference]) {
        self.graph = graph
        self.references = references
        var low = Int.max, high = Int.min
        func see(_ day: Int?) {
            guard let day else { return }
            low = min(low, day)
            high = max(high, day)
        }
        for claim in graph.claims {
            see(claim.validTime.firstDay)
            see(claim.validTime.end.map { $0.endDay - 1 })
            for evidence in claim.evidence { see(evidence.published?.firstDay) }
        }
        for event in graph.events { see(event.date.firstDay) }
        first = low <= high ? TimePoint(dayNumber: low) : nil
        last = low <= high ? TimePoint(dayNumber: high) : nil
    }

    /// The day a view shows when none is asked for: the latest the data speaks of.
    var defaultDate: TimePoint? { graph.latestDate ?? last }
}

/// The database the explorer serves and the graph loaded from it, reloaded after each review.
actor ExplorerData {
    let database: StanceDatabase
    private(set) var loaded: LoadedGraph

    init(database: StanceDatabase) throws(StoreError) {
        self.database = database
        let (graph, references) = try database.loadGraphWithReferences()
        loaded = LoadedGraph(graph: graph, references: references)
    }

    /// Stores a review, then reloads the graph so that every view shows it — unless the claim was
    /// and stays drawn as extracted (accepted, or accepted again after no decision).
    /// - Complexity: a reload reads the whole database, O(claims).
    func record(
        _ decision: ReviewDecision, correction: ClaimCorrection?, of reference: ClaimReference, reviewer: String
    ) throws(StoreError) -> ClaimReview {
        let before = try database.reviewItem(reference)?.review?.decision
        let review = try database.recordReview(decision, correction: correction, of: reference, reviewer: reviewer)
        let unchanged = decision == .accept && (before == nil || before == .accept)
        if !unchanged {
            let (graph, references) = try database.loadGraphWithReferences()
            loaded = LoadedGraph(graph: graph, references: references)
        }
        return review
    }
}
