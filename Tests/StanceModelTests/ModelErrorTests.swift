import Foundation
import StanceModel
import Testing

@Suite("ModelError")
struct ModelErrorTests {
    @Test func messagesNameTheValueAtFault() {
        let actor = ModelError.unknownActor("atlantis", inClaim: "#3 (avalon → atlantis)")
        #expect(actor.errorDescription == "unknown actor 'atlantis' in claim #3 (avalon → atlantis)")
        #expect(actor.localizedDescription.contains("atlantis"))

        let topic = ModelError.unknownTopic("fishing", inClaim: "#1 (avalon → borduria on fishing)")
        #expect(topic.errorDescription == "unknown topic 'fishing' in claim #1 (avalon → borduria on fishing)")
    }

    @Test func unknownEventListsTheKnownOnes() {
        #expect(
            ModelError.unknownEvent("invasion", known: ["coup", "treaty"]).errorDescription
                == "no event named 'invasion'; known events: coup, treaty")
        #expect(
            ModelError.unknownEvent("invasion", known: []).errorDescription
                == "no event named 'invasion' (the graph has no events)")
    }
}
