import Foundation
import StanceModel
@testable import StanceStore
import StanceTestSupport
import Testing

@Suite("review decisions in the database")
struct StanceDatabaseReviewTests {
    /// A database with one article of three claims (confidences 0.5, 0.6, 0.7).
    private func database() throws -> (StanceDatabase, TemporaryDirectory) {
        let (database, folder) = try DatabaseFixtures.open()
        try database.ingest(DatabaseFixtures.document("a"), at: DatabaseFixtures.date)
        return (database, folder)
    }

    @Test("claim references read and print as ARTICLE-POSITION")
    func references() {
        #expect(ClaimReference("12-3") == ClaimReference(article: 12, position: 3))
        #expect(ClaimReference("12-3")?.description == "12-3")
        for bad in ["", "12", "12-", "-3", "a-3", "12-3-4", "12--3", "1 -3", "99999999999999999-1"] {
            #expect(ClaimReference(bad) == nil, "\(bad)")
        }
        #expect(ClaimReference(packed: ClaimReference(article: 7, position: 5).packed) == ClaimReference(article: 7, position: 5))
    }

    @Test("the queue lists claims lowest confidence first, then only pending ones")
    func queue() throws {
        let (database, folder) = try database()
        defer { folder.remove() }
        let queue = try database.reviewQueue()
        #expect(queue.map(\.claim.confidence) == [0.5, 0.6, 0.7])
        #expect(queue.allSatisfy { $0.review == nil })
        try database.recordReview(.accept, of: queue[0].reference, reviewer: "ana", at: DatabaseFixtures.date)
        #expect(try database.reviewQueue().map(\.reference) == [queue[1].reference, queue[2].reference])
        let all = try database.reviewQueue(pendingOnly: false)
        #expect(all.first?.review?.decision == .accept)
        #expect(all.first?.review?.reviewer == "ana")
        #expect(all.first?.review?.reviewedAt == "2025-11-24T16:00:00Z")
        #expect(try database.reviewCounts() == ReviewCounts(pending: 2, accepted: 1, rejected: 0, corrected: 0))
        #expect(try database.reviewQueue(limit: 1, offset: 1, pendingOnly: false).map(\.reference) == [queue[1].reference])
    }

    @Test("a rejected claim leaves every graph; a corrected one is drawn corrected; the latest decision wins")
    func applied() throws {
        let (database, folder) = try database()
        defer { folder.remove() }
        let queue = try database.reviewQueue()
        let before = try database.loadGraph()
        #expect(before.claims.count == 3)
        try database.recordReview(.reject, of: queue[0].reference, reviewer: "ana")
        let correction = ClaimCorrection(stance: .hostile, target: "avalon", validTime: Fixtures.span("2019-05", "2022"))
        try database.recordReview(.correct, correction: correction, of: queue[1].reference, reviewer: "ben")
        let after = try database.loadGraph()
        #expect(after.claims.count == 2)
        let corrected = after.claims.first { $0.target == "avalon" }
        #expect(corrected?.stance == .hostile)
        #expect(corrected?.validTime == Fixtures.span("2019-05", "2022"))
        #expect(corrected?.evidence == queue[1].claim.evidence)
        #expect(try database.claims(matching: ClaimFilter()).count == 2)
        // A corrected span that starts earlier is read for a snapshot before the stored start.
        #expect(try database.snapshot(at: Fixtures.date("2020-01-01")).entries.contains { $0.key.target == "avalon" })
        let (graph, references) = try database.loadGraphWithReferences()
        #expect(references.count == graph.claims.count)
        #expect(!references.contains(queue[0].reference))
        // Accepting the rejected claim brings it back.
        try database.recordReview(.accept, of: queue[0].reference, reviewer: "ana")
        #expect(try database.loadGraph().claims.count == 3)
        // The JSON export keeps the claims as stored, so that each article keeps its count.
        let (exported, _) = try GraphJSON.decodeArticles(try database.exportJSON(), file: nil)
        #expect(exported.claims.count == 3)
    }

    @Test("reviews that cannot apply are refused with a message naming the claim")
    func refused() throws {
        let (database, folder) = try database()
        defer { folder.remove() }
        let reference = try #require(try database.reviewQueue().first?.reference)
        #expect(throws: StoreError.noSuchClaim(database.path, reference: "99-0")) {
            try database.recordReview(.accept, of: ClaimReference(article: 99, position: 0), reviewer: "ana")
        }
        let unknown = ClaimCorrection(stance: .hostile, target: "atlantis", validTime: .always)
        #expect(throws: StoreError.invalidReview(database.path, reference: reference.description, reason: "no actor 'atlantis' to be the target")) {
            try database.recordReview(.correct, correction: unknown, of: reference, reviewer: "ana")
        }
        let itself = ClaimCorrection(stance: .hostile, target: "green-front", validTime: .always)
        #expect(throws: StoreError.self) { try database.recordReview(.correct, correction: itself, of: reference, reviewer: "ana") }
        #expect(throws: StoreError.self) { try database.recordReview(.correct, of: reference, reviewer: "ana") }
        #expect(throws: StoreError.self) { try database.recordReview(.accept, of: reference, reviewer: "  ") }
        #expect(throws: StoreError.self) { try database.recordReview(.accept, of: reference, reviewer: "a\u{1B}[31m") }
        #expect(try database.reviewCounts().pending == 3)
        let message = StoreError.noSuchClaim("g.sqlite", reference: "99-0").errorDescription
        #expect(message == "g.sqlite: no claim '99-0' (claims are named ARTICLE-POSITION, as the review queue lists them)")
    }

    @Test("decisions survive reopening; re-ingesting an article with other content drops its reviews")
    func persistence() throws {
        let (database, folder) = try database()
        defer { folder.remove() }
        let reference = try #require(try database.reviewQueue().first?.reference)
        try database.recordReview(.reject, of: reference, reviewer: "ana")
        let reopened = try StanceDatabase(path: database.path, options: .init(readOnly: true))
        #expect(try reopened.reviewItem(reference)?.review?.decision == .reject)
        #expect(try reopened.loadGraph().claims.count == 2)
        try database.ingest(DatabaseFixtures.document("a", hash: "other"))
        #expect(try database.reviewItem(reference)?.review == nil)
        #expect(try database.loadGraph().claims.count == 3)
    }

    @Test("reviewed articles carry accepted and corrected claims with the actors and topics they name")
    func reviewedArticles() throws {
        let (database, folder) = try database()
        defer { folder.remove() }
        let queue = try database.reviewQueue()
        try database.recordReview(.accept, of: queue[0].reference, reviewer: "ana")
        try database.recordReview(.reject, of: queue[1].reference, reviewer: "ana")
        let correction = ClaimCorrection(stance: .allied, target: "red-brigade", validTime: .always)
        try database.recordReview(.correct, correction: correction, of: queue[2].reference, reviewer: "ana")
        let articles = try database.reviewedArticles()
        #expect(articles.map(\.article.id) == ["a"])
        #expect(articles.first?.claims.count == 2)
        #expect(articles.first?.claims.last?.stance == .allied)
        // Green Front's umbrella Avalon is declared too, so that its membership names a declared actor.
        #expect(articles.first?.actors.map(\.id) == ["avalon", "borduria", "green-front", "red-brigade"])
        #expect(articles.first?.topics.map(\.id) == ["bases"])
    }
}
