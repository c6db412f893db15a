import StanceModel
import Testing

@testable import StanceExtraction

@Test func topicsMatchByIdOrByTheirLabelsContentWords() {
    let matching = TopicMatching(topics: [
        Topic(id: "zan-troops-in-orla", label: "Zan troop presence in Orla"),
        Topic(id: "zan-troop-presence", label: "Zan troops' presence"),
        Topic(id: "orla-mission", label: "Coalition military mission in Orla"),
    ])
    #expect(matching.matches(nil, nil))
    #expect(!matching.matches("orla-mission", nil))
    #expect(!matching.matches(nil, "orla-mission"))
    #expect(matching.matches("orla-mission", "orla-mission"))
    #expect(matching.matches("zan-troops-in-orla", "zan-troop-presence"))
    #expect(!matching.matches("zan-troops-in-orla", "orla-mission"))
}

@Test func unknownTopicsFallBackToTheirIdsWords() {
    let matching = TopicMatching(topics: [])
    #expect(matching.matches("kel-grain-exports", "grain-exports-of-kel"))
    #expect(!matching.matches("kel-grain-exports", "kel-sanctions"))
}

@Test func contentWordsDropStopWordsDotsAndPlurals() {
    #expect(TopicMatching.contentWords("The U.S. troops in the region") == ["us", "troop", "region"])
    #expect(TopicMatching.contentWords("Access") == ["access"])
}
