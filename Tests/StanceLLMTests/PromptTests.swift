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

    @Test func theSchemaAllowsOnlyTheActorsAndSentencesSent() throws {
        let schema = Prompt.schema(actors: ["iran", "iraq"], sentences: [3, 4])
        let claims = try #require((schema["properties"] as? [String: any Sendable])?["claims"] as? [String: any Sendable])
        let claim = try #require(claims["items"] as? [String: any Sendable])
        let properties = try #require(claim["properties"] as? [String: any Sendable])
        #expect((properties["source"] as? [String: any Sendable])?["enum"] as? [String] == ["iran", "iraq"])
        #expect((properties["target"] as? [String: any Sendable])?["enum"] as? [String] == ["iran", "iraq"])
        #expect((properties["sentence"] as? [String: any Sendable])?["enum"] as? [Int] == [3, 4])
        #expect(claim["required"] as? [String] == ["sentence", "source", "target", "stance", "topic", "time"])
        // Without them, any string and any integer.
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
