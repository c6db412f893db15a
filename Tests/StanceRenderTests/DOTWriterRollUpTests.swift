import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

/// `--roll-up`: members inside their umbrella's cluster while the membership holds, stances
/// between groups aggregated with their count.
@Suite struct DOTWriterRollUpTests {
    /// Green Front and Red Brigade belong to the Northern League from 2024 (Red Brigade until
    /// 2024-06); both, and the League itself, oppose Avalon; Green Front supports Red Brigade.
    static var graph: StanceGraph {
        var actors = Fixtures.actors
        actors[2].memberships = [Membership(parent: "northern-league", span: Fixtures.span("2024", nil))]
        actors[3].memberships = [Membership(parent: "northern-league", span: Fixtures.span("2024", "2024-06"))]
        let claims = [
            Fixtures.claim("green-front", "avalon", .opposes, from: "2023"),
            Fixtures.claim("red-brigade", "avalon", .hostile, from: "2023"),
            Fixtures.claim("northern-league", "avalon", .supports, from: "2023"),
            Fixtures.claim("green-front", "red-brigade", .supports, from: "2023"),
        ]
        do {
            return try StanceGraph(actors: actors, topics: Fixtures.topics, claims: claims)
        } catch {
            preconditionFailure("\(error)")
        }
    }

    static func rolledUp(at day: String) -> String {
        DOTWriter.snapshot(graph.snapshot(at: Fixtures.date(day)), options: DiagramOptions(rollUp: true))
    }

    @Test func drawsMembersInsideTheirUmbrellaWhileTheMembershipHolds() {
        let dot = Self.rolledUp(at: "2024-03-01")
        // Nodes by id order: avalon n0, green-front n1, northern-league n2, red-brigade n3.
        #expect(dot.contains(#"subgraph "cluster_n2" {"#))
        #expect(dot.contains(#"label="Northern League", style="rounded,filled""#))
        let cluster = dot.components(separatedBy: #"subgraph "cluster_n2" {"#)[1].components(separatedBy: "\n  }")[0]
        for node in ["n1", "n2", "n3"] { #expect(cluster.contains("\"\(node)\" [")) }
        #expect(!cluster.contains("\"n0\" ["))
        #expect(dot.contains(#"compound="true""#))
        // Later, Red Brigade has left the League.
        let later = Self.rolledUp(at: "2024-09-01")
        let laterCluster = later.components(separatedBy: #"subgraph "cluster_n2" {"#)[1].components(separatedBy: "\n  }")[0]
        #expect(!laterCluster.contains("\"n3\" ["))
    }

    @Test func aggregatesStancesBetweenGroupsWithTheirCount() {
        let dot = Self.rolledUp(at: "2024-03-01")
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(edges.count == 2, "one aggregate to Avalon, one inside the League")
        let aggregate = edges.first { $0.contains(#""n2" -> "n0""#) }
        #expect(aggregate?.contains(#"label="3 stances: 1 supports, 1 opposes, 1 hostile""#) == true)
        #expect(aggregate?.contains(#"ltail="cluster_n2""#) == true)
        #expect(aggregate?.contains("Green Front → Avalon: opposes") == true)
        #expect(edges.contains { $0.contains(#""n1" -> "n3""#) && $0.contains(#"label="supports · since 2023""#) })
        // Outside the League, Red Brigade's stance is its own edge again.
        let later = Self.rolledUp(at: "2024-09-01")
        #expect(later.contains(#"label="2 stances: 1 supports, 1 opposes""#))
        #expect(later.split(separator: "\n").filter { $0.contains(" -> ") }.count == 3)
    }

    @Test func leavesAGraphWithoutMembershipsAsItIs() {
        let snapshot = RenderFixtures.iraqAfter
        let plain = DOTWriter.snapshot(snapshot)
        let rolled = DOTWriter.snapshot(snapshot, options: DiagramOptions(rollUp: true))
        let edges = { (dot: String) in dot.split(separator: "\n").filter { $0.contains(" -> ") } }
        #expect(edges(rolled) == edges(plain))
    }
}
