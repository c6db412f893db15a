import Foundation
import Testing
import StanceModel
@testable import StanceExtraction

/// The bundled lexicon on the seed article, scored against its hand-coded gold.
@Suite struct ExtractorSeedTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    /// The gold claims of a `.stances.yaml` file: source, target, topic and stance of each, read
    /// line by line (the file's `claims:` entries are flat mappings).
    static func goldClaims(_ yaml: String) -> [StanceClaim] {
        var claims: [StanceClaim] = []
        var fields: [String: String] = [:]
        var inClaims = false
        func flush() {
            if let source = fields["source"], let target = fields["target"], let level = fields["stance"].flatMap(StanceLevel.init) {
                claims.append(
                    StanceClaim(
                        source: ActorID(source), target: ActorID(target), topic: fields["topic"].map { TopicID($0) },
                        stance: Stance(level)))
            }
            fields = [:]
        }
        for raw in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("claims:") { inClaims = true; continue }
            guard inClaims else { continue }
            var body = line.trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("- ") {
                flush()
                body.removeFirst(2)
            }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = String(body[..<colon])
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[key] = value
        }
        flush()
        return claims
    }

    @Test func seedReachesF1OnDyads() throws {
        let name = "iraqi-factions-rethink-us-troop-presence"
        let article = try ArticleReader.read(contentsOf: Self.seeds.appendingPathComponent("\(name).txt"))
        let gold = Self.goldClaims(try String(contentsOf: Self.seeds.appendingPathComponent("\(name).stances.yaml"), encoding: .utf8))
        #expect(gold.count > 15)
        let result = Extractor(lexicon: try Lexicon.bundled()).extract(article)
        let evaluation = ArticleEvaluation(
            id: name, gold: gold, extracted: result.claims, topics: TopicMatching(topics: result.topics))
        #expect(evaluation.dyads.f1 >= 0.8, "dyad F1 \(evaluation.dyads.f1); misses \(evaluation.misses.map(\.key)); false alarms \(evaluation.falseAlarms.map(\.key))")
        // Evidence points at the sentence it quotes, in Unicode scalars of the article text.
        let scalars = Array(article.text.unicodeScalars)
        for claim in result.claims {
            let evidence = try #require(claim.evidence.first)
            let range = try #require(evidence.characterRange)
            #expect(String(String.UnicodeScalarView(scalars[range])) == evidence.quote)
            #expect(evidence.method == ExtractorVersion.method)
            #expect(evidence.documentID == name)
            #expect(evidence.confidence > 0 && evidence.confidence <= 1)
        }
    }

    @Test func extractionIsDeterministic() throws {
        let article = try ArticleReader.read(
            contentsOf: Self.seeds.appendingPathComponent("iraqi-factions-rethink-us-troop-presence.txt"))
        let extractor = Extractor(lexicon: try Lexicon.bundled())
        #expect(extractor.extract(article).claims == extractor.extract(article).claims)
    }

    @Test func resultListsActorsWithTheirParents() throws {
        let article = try ArticleReader.read(
            contentsOf: Self.seeds.appendingPathComponent("iraqi-factions-rethink-us-troop-presence.txt"))
        let result = Extractor(lexicon: try Lexicon.bundled()).extract(article)
        let ids = Set(result.actors.map(\.id))
        for claim in result.claims {
            #expect(ids.contains(claim.source) && ids.contains(claim.target))
        }
        for actor in result.actors {
            for membership in actor.memberships { #expect(ids.contains(membership.parent)) }
        }
        #expect(result.actors.map(\.id) == result.actors.map(\.id).sorted())
    }
}
