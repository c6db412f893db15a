import StanceModel
import Testing

@testable import StanceExtraction

@Test func goldActorsKeepKnownIdsAndResolveOthersByNameThenAlias() {
    let lexicon: [String: ActorID] = ["Zan Republic": "zan", "Orlan Front": "orla-front", "Kel": "kel"]
    let gold = [
        StanceActor(id: "zan", name: "Zan", kind: .state),
        StanceActor(id: "my-zan-state", name: "Zan Republic", kind: .state),
        StanceActor(id: "front", name: "The Front", kind: .armedGroup, aliases: ["Orlan Front"]),
        StanceActor(id: "nobody", name: "Nobody Known", kind: .person),
    ]
    let alignment = ActorAlignment(
        goldActors: gold, knows: { ["zan", "kel", "orla-front"].contains($0) }, resolve: { lexicon[$0] })
    #expect(alignment.map("zan") == "zan")
    #expect(alignment.map("my-zan-state") == "zan")
    #expect(alignment.map("front") == "orla-front")
    #expect(alignment.map("nobody") == "nobody")
    #expect(alignment.renamed.count == 2)
}
