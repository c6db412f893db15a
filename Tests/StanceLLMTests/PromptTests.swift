import Foundation
import StanceLLM
import StanceModel
import Testing

/// What the model is sent.
@Suite struct PromptTests {
    @Test func theUserMessageListsTheActorsThenTheNumberedSentencesEachOnOneLine() {
        let user = Prompt.user(
            actors: [("iran", "Iran"), ("iraq", "Iraq")], sentences: [(3, "Iran\nbacked Iraq."), (4, "Then it left.")])
        #expect(user == "ACTORS (id: name):\n- iran: Iran\n- iraq: Iraq\n\nSENTENCES:\n[3] Iran backed Iraq.\n[4] Then it left.")
    }

    @Test func theSchemaAllowsOnlyTheChoicesGiven() throws {
        let schema = Prompt.schema(choices: [
            .init(sentence: 3, source: "iran", targets: ["iraq"]), .init(sentence: 4, source: "israel", targets: ["iran", "hamas"], times: ["last year"]),
        ])
        let claims = try #require((schema["properties"] as? [String: any Sendable])?["claims"] as? [String: any Sendable])
        let branches = try #require((claims["items"] as? [String: any Sendable])?["anyOf"] as? [[String: any Sendable]])
        try #require(branches.count == 2)
        let properties = try #require(branches[1]["properties"] as? [String: any Sendable])
        #expect((properties["sentence"] as? [String: any Sendable])?["enum"] as? [Int] == [4])
        #expect((properties["source"] as? [String: any Sendable])?["enum"] as? [String] == ["israel"])
        #expect((properties["target"] as? [String: any Sendable])?["enum"] as? [String] == ["iran", "hamas"])
        let times = try #require((properties["time"] as? [String: any Sendable])?["enum"] as? [Any])
        #expect(times.count == 2 && times.first as? String == "last year" && times.last is NSNull)
        #expect((properties["time"] as? [String: any Sendable])?["type"] == nil, "a type list would hide the enum from some converters")
        #expect(branches[0]["required"] as? [String] == ["sentence", "source", "target", "stance", "topic", "time"])
        // Without choices, any string and any integer.
        let open = try #require(
            ((Prompt.schema()["properties"] as? [String: any Sendable])?["claims"] as? [String: any Sendable])?["items"]
                as? [String: any Sendable])
        #expect(((open["properties"] as? [String: any Sendable])?["source"] as? [String: any Sendable])?["enum"] == nil)
    }

    @Test func theSystemPromptIsTheVersionedResource() {
        #expect(Prompt.version == "v1")
        #expect(Prompt.system.contains("Answer with JSON only"))
    }
}
