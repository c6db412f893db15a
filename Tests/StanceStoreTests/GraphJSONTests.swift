import Foundation
import StanceModel
import StanceStore
import StanceTestSupport
import Testing

@Suite("GraphJSON")
struct GraphJSONTests {
    private static func sampleGraph() -> StanceGraph {
        var claim = Fixtures.claim(
            "green-front", "borduria", topic: "bases", .opposes, from: "2024-12-08", until: "2025")
        claim.evidence[0].characterRange = 3..<40
        claim.evidence[0].speakerActor = "green-front"
        claim.evidence[0].timePhrase = "since the coup"
        return Fixtures.graph([
            claim,
            Fixtures.claim(
                "avalon", "borduria", Stance(score: -0.3) ?? .opposes, from: nil, published: nil, confidence: 0.35),
            Fixtures.claim("borduria", "avalon", .allied, from: "2020", until: "2024-11"),
        ])
    }

    @Test func encodeDecodeEncodeIsByteIdentical() throws {
        let graph = Self.sampleGraph()
        let data = try GraphJSON.encode(graph)
        let decoded = try GraphJSON.decode(data)
        #expect(decoded.claims == graph.claims)
        #expect(decoded.sortedActors == graph.sortedActors)
        #expect(decoded.sortedTopics == graph.sortedTopics)
        #expect(decoded.events == graph.events)
        #expect(try GraphJSON.encode(decoded) == data)
    }

    @Test func documentShape() throws {
        let data = try GraphJSON.encode(Self.sampleGraph())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["format", "actors", "topics", "events", "claims"])
        #expect(object["format"] as? Int == 1)
        let actors = try #require(object["actors"] as? [[String: Any]])
        #expect(
            actors.compactMap { $0["id"] as? String } == [
                "avalon", "borduria", "green-front", "northern-league", "red-brigade",
            ])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("https://example.org/doc-1"))
        #expect(text.hasPrefix("{\n  \"actors\" : ["))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func annotationGraphRoundTrips() throws {
        let folder = try TemporaryDirectory("store-tests")
        defer { folder.remove() }
        let graph = try AnnotationFile.load(from: StoreFixtures.write(in: folder)).graph()
        let data = try GraphJSON.encode(graph)
        #expect(try GraphJSON.decode(data).claims == graph.claims)
        #expect(try GraphJSON.encode(GraphJSON.decode(data)) == data)
    }

    @Test func garbageIsAClearError() {
        #expect(throws: StoreError.self) { try GraphJSON.decode(Data("not json".utf8)) }
        do {
            _ = try GraphJSON.decode(Data("not json".utf8), file: "graphs/graph.json")
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.hasPrefix("graphs/graph.json: not a valid graph JSON document: not JSON"))
            #expect(!message.contains("\n"))
        }
    }

    @Test func newerFormatIsRefused() {
        let data = Data(#"{"format": 3, "nodes": []}"#.utf8)
        #expect(throws: StoreError.unsupportedGraphFormat(version: 3, supported: 2, file: nil)) {
            try GraphJSON.decode(data)
        }
        #expect(
            StoreError.unsupportedGraphFormat(version: 3, supported: 2, file: "g.json").errorDescription
                == "g.json: unsupported graph JSON format 3 (this version reads formats up to 2)")
    }

    @Test func badValuesNameTheirPath() throws {
        var text = String(decoding: try GraphJSON.encode(Self.sampleGraph()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"stance\" : -0.5", with: "\"stance\" : -1.5")
        do {
            _ = try GraphJSON.decode(Data(text.utf8))
            Issue.record("decoded a stance of -1.5")
        } catch {
            #expect(error.errorDescription?.contains("at claims[0].stance") == true, "\(error)")
        }
    }

    @Test(arguments: [
        ("\"confidence\" : 0.35", "\"confidence\" : 7", "claims[1].evidence[0].confidence: 7"),
        ("\"characterRange\" : [\n            3,", "\"characterRange\" : [\n            -5,", "claims[0].evidence[0].characterRange"),
        ("40\n          ]", "3000000000\n          ]", "claims[0].evidence[0].characterRange"),
    ])
    func evidenceOutOfRangeIsRefused(original: String, replacement: String, message: String) throws {
        let text = String(decoding: try GraphJSON.encode(Self.sampleGraph()), as: UTF8.self)
        #expect(text.contains(original), "the fixture's JSON changed shape")
        do {
            _ = try GraphJSON.decode(Data(text.replacingOccurrences(of: original, with: replacement).utf8))
            Issue.record("decoded \(replacement)")
        } catch {
            #expect(error.errorDescription?.contains(message) == true, "\(error)")
        }
    }

    @Test func unknownActorsAreRefused() throws {
        let claim = #"{"source": "a", "target": "b", "stance": 1, "validTime": {}, "evidence": []}"#
        let data = Data(#"{"format": 1, "actors": [], "topics": [], "events": [], "claims": [\#(claim)]}"#.utf8)
        do {
            _ = try GraphJSON.decode(data, file: "g.json")
            Issue.record("decoded a claim between unknown actors")
        } catch {
            #expect(error.errorDescription?.contains("unknown actor 'a'") == true, "\(error)")
        }
    }
}
