import StanceModel
import Testing

@testable import StanceRender

@Suite struct DiagramStyleActorKindTests {
    @Test func givesEveryKindItsOwnLook() {
        let looks = ActorKind.allCases.map { kind -> String in
            let node = DiagramStyle.node(kind)
            return "\(String(describing: node.values["shape"])) \(String(describing: node.values["style"]))"
        }
        #expect(Set(looks).count == ActorKind.allCases.count)
        #expect(DiagramStyle.node(.state).values["shape"] == .quoted("box"))
        #expect(DiagramStyle.node(.government).values["style"] == .quoted("filled,rounded"))
    }

    @Test func namesKindsAsPeopleWriteThem() {
        #expect(DiagramStyle.name(.armedGroup) == "armed group")
        #expect(DiagramStyle.name(.state) == "state")
    }

    @Test func describesEveryShapeForTheKey() {
        let names = ActorKind.allCases.map(DiagramStyle.shapeName)
        #expect(Set(names).count == ActorKind.allCases.count)
        #expect(Set(ActorKind.allCases.map(DiagramStyle.fill)).count == ActorKind.allCases.count)
    }
}
