import Foundation
import StanceModel
import Testing

@Suite("ActorID and TopicID")
struct IdentifiersTests {
    @Test func actorIDsCompareByRawValueAndPrintAsIt() {
        let ids: [ActorID] = ["red-brigade", "avalon", "green-front"]
        #expect(ids.sorted().map(\.rawValue) == ["avalon", "green-front", "red-brigade"])
        #expect(ActorID("avalon") == ActorID(rawValue: "avalon"))
        #expect("\(ActorID("avalon"))" == "avalon")
    }

    @Test func topicIDsCompareByRawValue() {
        let ids: [TopicID] = ["trade", "bases"]
        #expect(ids.sorted() == ["bases", "trade"])
        #expect(TopicID("bases").description == "bases")
    }

    @Test func codableAsPlainStrings() throws {
        let data = try JSONEncoder().encode([ActorID("avalon")])
        #expect(String(decoding: data, as: UTF8.self) == #"["avalon"]"#)
        #expect(try JSONDecoder().decode([ActorID].self, from: data) == ["avalon"])
        let topics = try JSONEncoder().encode(["k": TopicID("trade")])
        #expect(String(decoding: topics, as: UTF8.self) == #"{"k":"trade"}"#)
        #expect(try JSONDecoder().decode([String: TopicID].self, from: topics) == ["k": "trade"])
    }
}
