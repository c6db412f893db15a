import Foundation
import Hummingbird
import StanceModel
import StanceStore

/// The body of `POST /api/review/{claim}`:
/// `{"decision": "accept" | "reject" | "correct", "reviewer": "…",
///   "stance": "opposes", "target": "iran", "from": "2024-12", "until": ""}`.
/// A correction keeps what it does not name (an empty `from` or `until` is an open end).
struct ReviewRequest: Decodable {
    var decision: String
    var reviewer: String?
    var stance: String?
    var target: String?
    var from: String?
    var until: String?
}

extension ExplorerRoutes {
    /// The largest page of the review queue.
    static let maximumQueuePage = 500

    func reviewQueue(_ parameters: [String: String]) async throws -> Response {
        let limit = try ViewQuery.integer(parameters, "limit", in: 1...Self.maximumQueuePage) ?? 50
        let offset = try ViewQuery.integer(parameters, "offset", in: 0...Int(Int32.max)) ?? 0
        let status = ViewQuery.text(parameters, "status") ?? "pending"
        guard status == "pending" || status == "all" else {
            throw RequestProblem("'status' is pending or all, not '\(RequestProblem.excerpt(status))'")
        }
        let items = try data.database.reviewQueue(limit: limit, offset: offset, pendingOnly: status == "pending")
        let counts = try data.database.reviewCounts()
        let json = JSONBuilder(graph: await data.loaded.graph)
        return Self.json(
            ExplorerJSON.Queue(
                counts: ExplorerJSON.Counts(
                    pending: counts.pending, accepted: counts.accepted, rejected: counts.rejected, corrected: counts.corrected),
                items: items.map { json.claim($0.claim, reference: $0.reference, review: $0.review) }))
    }

    func review(_ claim: String, body: Data) async throws -> Response {
        guard let reference = ClaimReference(claim) else {
            throw RequestProblem("'\(RequestProblem.excerpt(claim))' is not a claim id (ARTICLE-POSITION, such as 12-3)")
        }
        let request: ReviewRequest
        do {
            request = try JSONDecoder().decode(ReviewRequest.self, from: body)
        } catch {
            throw RequestProblem("the body is not a review decision as JSON: {\"decision\": \"accept\"}")
        }
        guard let decision = ReviewDecision(rawValue: request.decision) else {
            throw RequestProblem(
                "decision is accept, reject or correct, not '\(RequestProblem.excerpt(request.decision))'")
        }
        guard let item = try data.database.reviewItem(reference) else {
            throw RequestProblem("no claim \(reference)", status: 404)
        }
        let correction = decision == .correct ? try Self.correction(request, of: item.claim) : nil
        let reviewer = request.reviewer.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        try await data.record(decision, correction: correction, of: reference, reviewer: reviewer ?? server.configuration.defaultReviewer)
        let graph = await data.loaded.graph
        guard let stored = try data.database.reviewItem(reference) else { throw RequestProblem("no claim \(reference)", status: 404) }
        return Self.json(JSONBuilder(graph: graph).claim(stored.claim, reference: reference, review: stored.review))
    }

    /// The correction a request asks for, keeping what it does not name from `claim`.
    static func correction(_ request: ReviewRequest, of claim: StanceClaim) throws(RequestProblem) -> ClaimCorrection {
        var stance = claim.stance
        if let text = request.stance?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let level = StanceLevel(rawValue: text.lowercased()) {
                stance = Stance(level)
            } else if let score = Double(text), let value = Stance(score: score) {
                stance = value
            } else {
                throw RequestProblem(
                    "stance is one of " + StanceLevel.allCases.map(\.rawValue).joined(separator: ", ")
                        + " or a score from -1 to 1, not '\(RequestProblem.excerpt(text))'")
            }
        }
        let target = request.target.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : ActorID($0) } ?? claim.target
        func point(_ text: String?, _ name: String, _ current: TimePoint?) throws(RequestProblem) -> TimePoint? {
            guard let text = text?.trimmingCharacters(in: .whitespaces) else { return current }
            if text.isEmpty { return nil }
            guard let point = TimePoint(text) else {
                throw RequestProblem("'\(name)' must be a date YYYY-MM-DD, YYYY-MM or YYYY, not '\(RequestProblem.excerpt(text))'")
            }
            return point
        }
        let from = try point(request.from, "from", claim.validTime.start)
        let until = try point(request.until, "until", claim.validTime.end)
        guard let span = TimeSpan(from: from, until: until) else {
            throw RequestProblem("the span ends (\(until?.description ?? "")) before it starts (\(from?.description ?? ""))")
        }
        return ClaimCorrection(stance: stance, target: target, validTime: span)
    }
}
