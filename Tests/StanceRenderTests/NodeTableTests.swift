import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

@Suite struct NodeTableTests {
    @Test func numbersNodesInActorIDOrder() {
        let actors = Fixtures.actors.reversed().map { $0 }
        let keys = [ClaimKey(source: "red-brigade", target: "avalon")]
        let table = NodeTable(actors: actors, keys: keys)
        #expect(table.entries.map(\.id) == Fixtures.actors.map(\.id).sorted())
        #expect(table.entries.map(\.nodeID) == ["n0", "n1", "n2", "n3", "n4"])
        #expect(table.nodeID("avalon") == "n0")
        #expect(table.name("red-brigade") == "Red Brigade")
    }

    @Test func drawsIDsNoActorDescribes() {
        let table = NodeTable(actors: [Fixtures.actors[0]], keys: [ClaimKey(source: "ghost", target: "avalon")])
        #expect(table.entries.map(\.id) == ["avalon", "ghost"])
        #expect(table.entries[1].actor == nil)
        #expect(table.name("ghost") == "ghost")
        var graph = DOTGraph(name: "g", attributes: DOTAttributes())
        table.write(into: &graph)
        #expect(graph.text.contains(##""n1" [fillcolor="#f5f5f5", label="ghost", shape="box", style="filled,dotted", tooltip="ghost — unknown actor"]"##))
    }

    @Test func keepsOneActorPerIDWhateverTheOrder() {
        let first = StanceActor(id: "a", name: "Alpha", kind: .state)
        let second = StanceActor(id: "a", name: "Beta", kind: .party)
        let one = NodeTable(actors: [first, second], keys: [])
        let other = NodeTable(actors: [second, first], keys: [])
        #expect(one.entries.count == 1)
        #expect(one.entries.map(\.name) == other.entries.map(\.name))
    }

    @Test func listsKindsInDeclarationOrder() {
        let table = NodeTable(actors: Fixtures.actors.shuffled(), keys: [])
        #expect(table.kinds == [.state, .party, .armedGroup, .coalition])
    }

    @Test func labelsTopicsByID() {
        let topics = TopicTable(Fixtures.topics.reversed())
        #expect(topics.label("bases") == "Bordurian bases in Avalon")
        #expect(topics.label("unknown") == "unknown")
        #expect(topics.label(nil) == nil)
    }
}
