import Foundation
import StanceModel
@testable import StanceStore
import StanceTestSupport
import Testing

/// Fresh databases and small article documents of the fictional fixture actors.
enum DatabaseFixtures {
    /// A new database file in a fresh temporary folder; remove the folder when done.
    static func open(
        _ name: String = "test.sqlite", options: StanceDatabase.Options = .init()
    ) throws -> (StanceDatabase, TemporaryDirectory) {
        let folder = try TemporaryDirectory("db-tests")
        return (try StanceDatabase(path: folder.file(name).path, options: options), folder)
    }

    /// An article `id` with `claims` claims of Green Front toward Borduria on bases, one a year from 2020.
    static func document(_ id: String, claims count: Int = 3, hash: String? = nil) -> ArticleDocument {
        let claims = (0..<count).map { i -> StanceClaim in
            let method: ExtractionMethod = i == 1 ? .rules(version: "0.1") : .manual
            let confidence: Double = 0.5 + Double(i % 5) / 10
            let range: Range<Int> = i..<(i + 5)
            let phrase: String? = i == 0 ? "last year" : nil
            let quote = "Quote \(i) of \(id)."
            let evidence = Evidence(
                documentID: id, title: "Title \(id)", outlet: "Fictional Times", url: "https://example.org/\(id)",
                published: Fixtures.date("2025-01-31"), quote: quote, characterRange: range, timePhrase: phrase,
                speaker: "a spokesman", speakerActor: "green-front", method: method, confidence: confidence)
            let topic: TopicID? = i % 2 == 0 ? "bases" : nil
            let stance: Stance = i % 2 == 0 ? .opposes : .supports
            return StanceClaim(
                source: "green-front", target: "borduria", topic: topic, stance: stance,
                validTime: Fixtures.span("\(2020 + i)", nil), evidence: [evidence])
        }
        return ArticleDocument(
            id: id, path: "\(id).stances.yaml", title: "Title \(id)", outlet: "Fictional Times",
            url: "https://example.org/\(id)", published: Fixtures.date("2025-01-31"),
            contentHash: hash ?? ContentHash.of(text: "text of \(id)"), actors: Fixtures.actors, topics: Fixtures.topics,
            events: Fixtures.events, claims: claims)
    }

    /// A fixed ingest time, so that exports compare.
    static let date = Date(timeIntervalSince1970: 1_764_000_000)
}

extension DatabaseFixtures {
    /// A seeded synthetic graph stored as articles of about 20 claims (one an evidence document).
    static func synthetic(claims: Int, seed: UInt64 = 7) throws -> (StanceDatabase, StanceGraph, TemporaryDirectory) {
        let graph = SyntheticGraph.make(claims: claims, actors: 40, seed: seed)
        var byDocument: [String: [StanceClaim]] = [:]
        for claim in graph.claims { byDocument[claim.evidence[0].documentID, default: []].append(claim) }
        let documents = byDocument.keys.sorted().map { id in
            ArticleDocument(
                id: id, contentHash: ContentHash.of(text: id), actors: graph.sortedActors, topics: graph.sortedTopics,
                events: Fixtures.events, claims: byDocument[id] ?? [])
        }
        let (database, folder) = try open()
        try database.ingest(batch: documents, at: date)
        return (database, graph, folder)
    }
}

/// Holds the write lock of a database on another thread until ``release()``.
final class WriteLockHolder: @unchecked Sendable {
    private let held = DispatchSemaphore(value: 0)
    private let release_ = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Returns once the lock is held.
    init(_ database: StanceDatabase) {
        Thread.detachNewThread { [self] in
            try? database.write { _ in
                held.signal()
                release_.wait()
            }
            finished.signal()
        }
        held.wait()
    }

    /// Lets the transaction commit and waits until it has.
    func release() {
        release_.signal()
        finished.wait()
    }
}
