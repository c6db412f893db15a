import Foundation
import StanceModel
import StanceTestSupport
import Testing

@Suite("StanceActor, Topic, Event")
struct StanceActorTests {
    @Test func actorKindRawValuesAreKebabCase() {
        #expect(
            ActorKind.allCases.map(\.rawValue) == [
                "state", "government", "party", "faction", "armed-group", "coalition", "organization", "person",
            ])
        #expect(ActorKind(rawValue: "armed-group") == .armedGroup)
    }

    @Test func parentsFollowTimeBoundedMemberships() {
        let actor = StanceActor(
            id: "red-brigade", name: "Red Brigade", kind: .armedGroup,
            memberships: [
                Membership(parent: "northern-league", span: Fixtures.span("2020", "2023-06")),
                Membership(parent: "green-front", span: Fixtures.span("2023-07", nil)),
                Membership(parent: "avalon"),
            ])
        #expect(actor.parents(at: Fixtures.date("2019-12-31")) == ["avalon"])
        #expect(actor.parents(at: Fixtures.date("2021-05-05")) == ["northern-league", "avalon"])
        #expect(actor.parents(at: Fixtures.date("2023-06-30")) == ["northern-league", "avalon"])
        #expect(actor.parents(at: Fixtures.date("2023-07-01")) == ["green-front", "avalon"])
        #expect(Fixtures.actors[2].parents(at: Fixtures.date("2024")) == ["avalon"])
    }

    @Test(arguments: ["coup", "COUP", "The Coup", "the coup", "Coup in Avalon", "coup in avalon"])
    func eventIsNamedByIdNameOrAliasIgnoringCase(_ text: String) {
        #expect(Fixtures.events[0].isNamed(text))
    }

    @Test(arguments: ["coups", "", "2024-12-08", "The Coup "])
    func eventIsNotNamedByOtherText(_ text: String) {
        #expect(!Fixtures.events[0].isNamed(text))
    }

    @Test func codableRoundTrips() throws {
        let actor = StanceActor(
            id: "green-front", name: "Green Front", kind: .party, aliases: ["GF"],
            memberships: [Membership(parent: "avalon", span: Fixtures.span("2020", nil))])
        #expect(try JSONDecoder().decode(StanceActor.self, from: JSONEncoder().encode(actor)) == actor)
        let event = Fixtures.events[0]
        #expect(try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(event)) == event)
        let topic = Fixtures.topics[0]
        #expect(try JSONDecoder().decode(Topic.self, from: JSONEncoder().encode(topic)) == topic)
        let kind = try JSONEncoder().encode([ActorKind.armedGroup])
        #expect(String(decoding: kind, as: UTF8.self) == #"["armed-group"]"#)
    }
}
