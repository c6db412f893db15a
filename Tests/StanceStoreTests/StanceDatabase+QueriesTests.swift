import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("database queries")
struct StanceDatabaseQueriesTests {
    @Test("claims selected in SQL are the claims the in-memory filter keeps, in the same order")
    func sqlMatchesMemory() throws {
        let (database, _, folder) = try DatabaseFixtures.synthetic(claims: 3_000)
        defer { folder.remove() }
        let all = Array(try database.loadGraph().claims)
        let filters: [ClaimFilter] = [
            ClaimFilter(),
            ClaimFilter(actor: "actor-3"),
            ClaimFilter(topic: "topic-4"),
            ClaimFilter(from: Fixtures.date("2020-03")),
            ClaimFilter(until: Fixtures.date("2004")),
            ClaimFilter(from: Fixtures.date("2010-01-15"), until: Fixtures.date("2010-02")),
            ClaimFilter(from: Fixtures.date("2012")),
            ClaimFilter(method: .manual),
            ClaimFilter(method: .rules(version: "0.1")),
            ClaimFilter(article: "doc-17"),
            ClaimFilter(actor: "actor-5", topic: "topic-1", from: Fixtures.date("2005"), article: "doc-3"),
        ]
        for filter in filters {
            let expected = all.filter(filter.matches)
            #expect(try database.claims(matching: filter) == expected, "\(filter)")
        }
        #expect(try database.claims(matching: ClaimFilter(actor: "actor-3")).count > 0)
        #expect(try database.claims(matching: ClaimFilter(from: Fixtures.date("2020-03"))).count < all.count)
    }

    @Test("actor summaries count the claims each actor holds and is the target of")
    func actorCounts() throws {
        let (database, graph, folder) = try DatabaseFixtures.synthetic(claims: 1_000)
        defer { folder.remove() }
        let summaries = try database.actorSummaries()
        #expect(summaries.map(\.actor) == graph.sortedActors)
        for summary in summaries {
            #expect(summary.claimsHeld == graph.claims.filter { $0.source == summary.actor.id }.count)
            #expect(summary.claimsTargeted == graph.claims.filter { $0.target == summary.actor.id }.count)
        }
        #expect(summaries.reduce(0) { $0 + $1.claimsHeld } == 1_000)
    }

    @Test("articles list with their metadata and claim counts, by id")
    func articles() throws {
        let (database, folder) = try DatabaseFixtures.open()
        defer { folder.remove() }
        try database.ingest(DatabaseFixtures.document("b", claims: 2), at: DatabaseFixtures.date)
        try database.ingest(DatabaseFixtures.document("a", claims: 4), at: DatabaseFixtures.date)
        let articles = try database.articles()
        #expect(articles.map(\.id) == ["a", "b"])
        #expect(articles.map(\.claimCount) == [4, 2])
        #expect(articles[0].ingestedAt == "2025-11-24T16:00:00Z")
        #expect(articles[0].title == "Title a")
        #expect(articles[0].published == Fixtures.date("2025-01-31"))
        #expect(try database.integrityProblems() == [])
    }
}
