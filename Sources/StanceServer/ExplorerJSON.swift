import Foundation
import StanceModel
import StanceStore

/// The JSON shapes of the explorer's API. Every string is data: the page shows it as text.
enum ExplorerJSON {
    struct ActorRef: Encodable, Equatable {
        let id: String
        let name: String
    }

    struct TopicRef: Encodable, Equatable {
        let id: String
        let label: String
    }

    struct EventItem: Encodable {
        let id: String
        let name: String
        let date: String
    }

    struct Span: Encodable {
        let first: String?
        let last: String?
        let latest: String?
        let events: [EventItem]
        let actors: Int
        let claims: Int
        let kinds: [String]
        let topics: [TopicRef]
    }

    struct EvidenceItem: Encodable {
        let document: String
        let title: String?
        let outlet: String?
        /// Only http(s) links: anything else is left out.
        let url: String?
        let published: String?
        let quote: String
        let speaker: String?
        let timePhrase: String?
        let method: String
        let confidence: Double
    }

    struct ReviewState: Encodable {
        let decision: String
        let reviewer: String
        let reviewedAt: String
        let stance: String?
        let target: ActorRef?
        let from: String?
        let until: String?
    }

    struct ClaimItem: Encodable {
        /// The claim's reference ("12-3"), for `POST /api/review/{id}`.
        let id: String?
        let source: ActorRef
        let target: ActorRef
        let topic: TopicRef?
        let stance: String
        let score: Double
        let validTime: String
        let from: String?
        let until: String?
        let confidence: Double
        let evidence: [EvidenceItem]
        let review: ReviewState?
    }

    struct EdgeStance: Encodable {
        let topic: TopicRef?
        let stance: String
        let claims: [ClaimItem]
    }

    struct Edge: Encodable {
        let source: ActorRef
        let target: ActorRef
        let date: String
        let stances: [EdgeStance]
    }

    struct Membership: Encodable {
        let parent: ActorRef
        let from: String?
        let until: String?
    }

    struct Dyad: Encodable {
        let other: ActorRef
        let topic: TopicRef?
        let claims: Int
        /// The timeline chart of the dyad (held by the actor), as an SVG address.
        let chart: String?
    }

    struct ActorDetail: Encodable {
        let id: String
        let name: String
        let kind: String
        let aliases: [String]
        let memberships: [Membership]
        let members: [ActorRef]
        let holds: [Dyad]
        let receives: [Dyad]
    }

    struct Counts: Encodable {
        let pending: Int
        let accepted: Int
        let rejected: Int
        let corrected: Int
    }

    struct Queue: Encodable {
        let counts: Counts
        let items: [ClaimItem]
    }

    struct Problem: Encodable {
        let error: String
    }
}

/// Builds the JSON values from the model, naming actors and topics as the graph knows them.
struct JSONBuilder {
    let graph: StanceGraph

    func actor(_ id: ActorID) -> ExplorerJSON.ActorRef {
        ExplorerJSON.ActorRef(id: id.rawValue, name: graph.actors[id]?.name ?? id.rawValue)
    }

    func topic(_ id: TopicID?) -> ExplorerJSON.TopicRef? {
        id.map { ExplorerJSON.TopicRef(id: $0.rawValue, label: graph.topics[$0]?.label ?? $0.rawValue) }
    }

    func claim(_ claim: StanceClaim, reference: ClaimReference?, review: ClaimReview?) -> ExplorerJSON.ClaimItem {
        ExplorerJSON.ClaimItem(
            id: reference?.description, source: actor(claim.source), target: actor(claim.target), topic: topic(claim.topic),
            stance: claim.stance.level.rawValue, score: claim.stance.score, validTime: claim.validTime.description,
            from: claim.validTime.start?.description, until: claim.validTime.end?.description,
            confidence: claim.confidence, evidence: claim.evidence.map(Self.evidence), review: review.map(self.review))
    }

    func review(_ review: ClaimReview) -> ExplorerJSON.ReviewState {
        ExplorerJSON.ReviewState(
            decision: review.decision.rawValue, reviewer: review.reviewer, reviewedAt: review.reviewedAt,
            stance: review.correction?.stance.level.rawValue, target: review.correction.map { actor($0.target) },
            from: review.correction?.validTime.start?.description, until: review.correction?.validTime.end?.description)
    }

    static func evidence(_ evidence: Evidence) -> ExplorerJSON.EvidenceItem {
        ExplorerJSON.EvidenceItem(
            document: evidence.documentID, title: evidence.title, outlet: evidence.outlet, url: webLink(evidence.url),
            published: evidence.published?.description, quote: evidence.quote, speaker: evidence.speaker,
            timePhrase: evidence.timePhrase, method: evidence.method.rawValue,
            confidence: evidence.confidence.isFinite ? evidence.confidence : 0)
    }

    /// `url` when it is an http(s) address, else nil: no `javascript:` link reaches the page.
    static func webLink(_ url: String?) -> String? {
        guard let url, let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", parsed.host != nil
        else { return nil }
        return url
    }
}

extension JSONEncoder {
    /// Sorted keys, no escaped slashes: stable output.
    static func explorer() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
