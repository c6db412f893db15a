import Foundation
import GRDB
import StanceModel

/// A stored claim's name: the row id of its article and its position in the article ("12-3").
///
/// Stable while the article is not re-ingested with other content (its claims are then replaced,
/// and their reviews with them).
public struct ClaimReference: Hashable, Sendable, Comparable, LosslessStringConvertible {
    public var article: Int64
    public var position: Int

    public init(article: Int64, position: Int) {
        self.article = article
        self.position = position
    }

    /// "12-3"; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 12 && $0.allSatisfy(\.isASCII) }),
            let article = Int64(parts[0]), let position = Int(parts[1]), article >= 0, position >= 0
        else { return nil }
        self.init(article: article, position: position)
    }

    public var description: String { "\(article)-\(position)" }

    /// The number ``ClaimRows`` names a claim by.
    var packed: Int { Int(article) * 4_294_967_296 + position }

    init(packed: Int) { self.init(article: Int64(packed / 4_294_967_296), position: packed % 4_294_967_296) }

    public static func < (lhs: ClaimReference, rhs: ClaimReference) -> Bool {
        (lhs.article, lhs.position) < (rhs.article, rhs.position)
    }
}

/// What a reviewer decided about an extracted claim.
public enum ReviewDecision: String, CaseIterable, Sendable, Codable {
    /// The claim is right as extracted.
    case accept
    /// The claim is wrong: it is left out of every graph.
    case reject
    /// The claim is right once its stance, target or span are corrected: graphs show the correction.
    case correct
}

/// The stance, target and valid time a corrected claim has instead of the extracted ones.
public struct ClaimCorrection: Hashable, Sendable {
    public var stance: Stance
    public var target: ActorID
    public var validTime: TimeSpan

    public init(stance: Stance, target: ActorID, validTime: TimeSpan) {
        self.stance = stance
        self.target = target
        self.validTime = validTime
    }

    /// `claim` with this correction.
    public func applied(to claim: StanceClaim) -> StanceClaim {
        var corrected = claim
        corrected.stance = stance
        corrected.target = target
        corrected.validTime = validTime
        return corrected
    }
}

/// One stored review: the decision on a claim, who took it and when (the latest decision wins).
public struct ClaimReview: Hashable, Sendable {
    public var reference: ClaimReference
    public var decision: ReviewDecision
    /// Set for ``ReviewDecision/correct`` only.
    public var correction: ClaimCorrection?
    public var reviewer: String
    /// "2026-12-06T07:30:00Z".
    public var reviewedAt: String
}

/// A claim as extracted (no correction applied), with its review if it has one.
public struct ReviewItem: Hashable, Sendable {
    public var reference: ClaimReference
    public var claim: StanceClaim
    public var review: ClaimReview?

    /// The claim as graphs show it: nil when rejected, corrected when corrected.
    public var effectiveClaim: StanceClaim? {
        switch review?.decision {
        case .reject?: nil
        case .correct?: review?.correction.map { $0.applied(to: claim) } ?? claim
        default: claim
        }
    }
}

/// An article with its accepted and corrected claims (corrections applied), for gold annotations.
public struct ReviewedArticle: Hashable, Sendable {
    public var article: StoredArticle
    public var claims: [StanceClaim]
    /// The actors and topics the claims name (holders, targets, speakers, and the umbrellas they belong to).
    public var actors: [StanceActor]
    public var topics: [Topic]
}

/// How many claims each review state holds.
public struct ReviewCounts: Hashable, Sendable {
    public var pending: Int
    public var accepted: Int
    public var rejected: Int
    public var corrected: Int
}

/// What a review changes in a loaded graph: a rejected claim is skipped, a corrected one rewritten.
enum ClaimOverride {
    case reject
    case correct(ClaimCorrection)
}

extension StanceDatabase {
    /// The longest reviewer name stored.
    public static let maximumReviewerLength = 200

    /// Registers the table of review decisions (`claimReview`): one row a reviewed claim, removed
    /// with the claim when its article is re-ingested with other content.
    static func registerReviewMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-claim-review") { db in
            try db.execute(
                sql: """
                    CREATE TABLE claimReview (
                        articleId INTEGER NOT NULL,
                        claimPosition INTEGER NOT NULL,
                        decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'correct')),
                        score REAL,
                        target TEXT REFERENCES actor(id),
                        validFrom INTEGER,
                        validUntil INTEGER,
                        reviewer TEXT NOT NULL,
                        reviewedAt TEXT NOT NULL,
                        PRIMARY KEY (articleId, claimPosition),
                        FOREIGN KEY (articleId, claimPosition) REFERENCES claim(articleId, position) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    CREATE INDEX claimReview_on_decision ON claimReview(decision);
                    """)
        }
    }

    /// Stores `decision` on the claim `reference` by `reviewer`, replacing an earlier decision.
    ///
    /// - Throws: ``StoreError/noSuchClaim(_:reference:)`` for an unknown claim;
    ///   ``StoreError/invalidReview(_:reference:reason:)`` for a correction that is missing, names an
    ///   unknown target or the holder itself, or for an empty or over-long reviewer.
    @discardableResult
    public func recordReview(
        _ decision: ReviewDecision, correction: ClaimCorrection? = nil, of reference: ClaimReference,
        reviewer: String, at date: Date = Date()
    ) throws(StoreError) -> ClaimReview {
        let path = self.path
        let name = reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        func invalid(_ reason: String) -> StoreError { .invalidReview(path, reference: reference.description, reason: reason) }
        guard !name.isEmpty else { throw invalid("no reviewer named") }
        guard name.count <= Self.maximumReviewerLength else {
            throw invalid("the reviewer's name is longer than \(Self.maximumReviewerLength) characters")
        }
        guard name.unicodeScalars.allSatisfy({ !CharacterSet.controlCharacters.contains($0) }) else {
            throw invalid("the reviewer's name holds control characters")
        }
        let correction = decision == .correct ? correction : nil
        if decision == .correct, correction == nil { throw invalid("a correction needs a stance, a target and a span") }
        let review = ClaimReview(
            reference: reference, decision: decision, correction: correction, reviewer: name,
            reviewedAt: Self.timestamp(date))
        return try write { db in
            guard let source = try String.fetchOne(
                db,
                sql: "SELECT a.id FROM claim c JOIN actor a ON a.key = c.source WHERE c.articleId = ? AND c.position = ?",
                arguments: [reference.article, reference.position])
            else { throw StoreError.noSuchClaim(path, reference: reference.description) }
            if let correction {
                guard try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM actor WHERE id = ?)", arguments: [correction.target.rawValue]) == true
                else { throw invalid("no actor '\(correction.target.rawValue)' to be the target") }
                guard correction.target.rawValue != source else { throw invalid("the target cannot be the holder '\(source)'") }
            }
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO claimReview
                        (articleId, claimPosition, decision, score, target, validFrom, validUntil, reviewer, reviewedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    reference.article, reference.position, decision.rawValue, correction?.stance.score,
                    correction?.target.rawValue, correction?.validTime.start?.storedValue,
                    correction?.validTime.end?.storedValue, name, review.reviewedAt,
                ])
            return review
        }
    }

    /// Claims to review, lowest confidence first (then in article order); with `pendingOnly`,
    /// only those without a decision.
    public func reviewQueue(limit: Int = 50, offset: Int = 0, pendingOnly: Bool = true) throws(StoreError) -> [ReviewItem] {
        try read { db in
            let pending = pendingOnly ? "WHERE NOT EXISTS (SELECT 1 FROM claimReview r WHERE r.articleId = c.articleId AND r.claimPosition = c.position)" : ""
            let references = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.articleId, c.position,
                        coalesce((SELECT max(e.confidence) FROM evidence e
                                  WHERE e.articleId = c.articleId AND e.claimPosition = c.position), 1) AS confidence
                    FROM claim c \(pending)
                    ORDER BY confidence, c.articleId, c.position
                    LIMIT ? OFFSET ?
                    """,
                arguments: [max(0, limit), max(0, offset)]
            ).map { ClaimReference(article: $0[0], position: $0[1]) }
            return try references.compactMap { try Self.reviewItem(reference: $0, in: db) }
        }
    }

    /// The claim `reference` as extracted, with its review; nil when there is no such claim.
    public func reviewItem(_ reference: ClaimReference) throws(StoreError) -> ReviewItem? {
        try read { db in try Self.reviewItem(reference: reference, in: db) }
    }

    /// How many claims are pending, accepted, rejected and corrected.
    public func reviewCounts() throws(StoreError) -> ReviewCounts {
        try read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT decision, count(*) FROM claimReview GROUP BY decision") {
                counts[row[0]] = row[1]
            }
            let claims = try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0
            let decided = counts.values.reduce(0, +)
            return ReviewCounts(
                pending: claims - decided, accepted: counts["accept"] ?? 0, rejected: counts["reject"] ?? 0,
                corrected: counts["correct"] ?? 0)
        }
    }

    /// The articles with accepted or corrected claims, by document id, each with those claims
    /// (corrections applied) and the actors and topics they name.
    public func reviewedArticles() throws(StoreError) -> [ReviewedArticle] {
        try read { db in
            let references = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.articleId, r.claimPosition FROM claimReview r JOIN article a ON a.id = r.articleId
                    WHERE r.decision IN ('accept', 'correct') ORDER BY a.documentId, r.claimPosition
                    """
            ).map { ClaimReference(article: $0[0], position: $0[1]) }
            let articles = Dictionary(
                try Self.fetchArticleRows(db).map { ($0.rowID, $0.article) }, uniquingKeysWith: { first, _ in first })
            let actors = Dictionary(try Self.fetchActors(db).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let topics = try Row.fetchAll(db, sql: "SELECT id, label FROM topic").reduce(into: [TopicID: Topic]()) {
                $0[TopicID($1[0] as String)] = Topic(id: TopicID($1[0] as String), label: $1[1])
            }
            var result: [ReviewedArticle] = []
            for reference in references {
                guard let item = try Self.reviewItem(reference: reference, in: db), let claim = item.effectiveClaim,
                    let article = articles[reference.article]
                else { continue }
                if result.last?.article.id != article.id {
                    result.append(ReviewedArticle(article: article, claims: [], actors: [], topics: []))
                }
                result[result.count - 1].claims.append(claim)
            }
            for index in result.indices {
                let claims = result[index].claims
                var ids = Set(claims.flatMap { [$0.source, $0.target] + $0.evidence.compactMap(\.speakerActor) })
                // The umbrellas they belong to, and theirs, so that every membership names a declared actor.
                var queue = Array(ids)
                while let id = queue.popLast() {
                    for parent in actors[id]?.memberships.map(\.parent) ?? [] where actors[parent] != nil && !ids.contains(parent) {
                        ids.insert(parent)
                        queue.append(parent)
                    }
                }
                result[index].actors = ids.sorted().compactMap { actors[$0] }.map { actor in
                    var actor = actor
                    actor.memberships.removeAll { actors[$0.parent] == nil }
                    return actor
                }
                result[index].topics = Set(claims.compactMap(\.topic)).sorted().compactMap { topics[$0] }
            }
            return result
        }
    }

    /// Articles with their row ids, which claim references name.
    static func fetchArticleRows(_ db: Database) throws -> [(rowID: Int64, article: StoredArticle)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, documentId, contentHash, path, title, outlet, url, published, ingestedAt, claimCount
                FROM article ORDER BY documentId
                """
        ).map { row in
            (
                row[0],
                StoredArticle(
                    id: row[1], contentHash: row[2], path: row[3], title: row[4], outlet: row[5], url: row[6],
                    published: try point(row[7], "article"), ingestedAt: row[8], claimCount: row[9])
            )
        }
    }

    static func reviewItem(reference: ClaimReference, in db: Database) throws -> ReviewItem? {
        let rows = try ClaimRows(
            db: db, condition: "c.articleId = ? AND c.position = ?", arguments: [reference.article, reference.position],
            selective: true)
        let claim = rows.next()
        if let failure = rows.failure { throw failure }
        guard let claim else { return nil }
        return ReviewItem(reference: reference, claim: claim, review: try review(of: reference, in: db))
    }

    static func review(of reference: ClaimReference, in db: Database) throws -> ClaimReview? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT decision, score, target, validFrom, validUntil, reviewer, reviewedAt
                    FROM claimReview WHERE articleId = ? AND claimPosition = ?
                    """,
                arguments: [reference.article, reference.position])
        else { return nil }
        let text: String = row[0]
        guard let decision = ReviewDecision(rawValue: text) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "review of claim \(reference) has decision '\(text)'")
        }
        var correction: ClaimCorrection?
        if decision == .correct { correction = try Self.correction(row, from: 1, reference: reference.description) }
        return ClaimReview(reference: reference, decision: decision, correction: correction, reviewer: row[5], reviewedAt: row[6])
    }

    /// The correction stored in `row`'s columns score, target, validFrom, validUntil from `first` on.
    static func correction(_ row: Row, from first: Int, reference: String) throws -> ClaimCorrection {
        let score: Double? = row[first]
        let target: String? = row[first + 1]
        guard let score, let stance = Stance(score: score), let target else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "correction of claim \(reference) has no stance or target")
        }
        let start = try point(row[first + 2], "correction of claim \(reference)")
        let end = try point(row[first + 3], "correction of claim \(reference)")
        guard let span = TimeSpan(from: start, until: end) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "correction of claim \(reference) ends before it starts")
        }
        return ClaimCorrection(stance: stance, target: ActorID(target), validTime: span)
    }

    /// The rejections and corrections a loaded graph applies, by the number ``ClaimRows`` names claims by.
    static func claimOverrides(_ db: Database) throws -> [Int: ClaimOverride] {
        var overrides: [Int: ClaimOverride] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT articleId, claimPosition, decision, score, target, validFrom, validUntil
                FROM claimReview WHERE decision IN ('reject', 'correct')
                """)
        while let row = try rows.next() {
            let reference = ClaimReference(article: row[0], position: row[1])
            let decision: String = row[2]
            overrides[reference.packed] =
                decision == "reject" ? .reject : .correct(try correction(row, from: 3, reference: reference.description))
        }
        return overrides
    }
}
