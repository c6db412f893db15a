import Foundation
import StanceTestSupport
import Testing

@Suite("claims filters")
struct ClaimsTests {
    private func lines(_ arguments: [String]) throws -> [Substring] {
        let result = try runStanceGraph(["claims", "seeds"] + arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.split(separator: "\n")
    }

    @Test("claims filter by topic, time range, method and article")
    func filters() throws {
        let all = try lines([])
        #expect(all.count == 22)
        let onTopic = try lines(["--topic", "us-troop-presence-iraq"])
        #expect(!onTopic.isEmpty && onTopic.count < 22)
        #expect(onTopic.allSatisfy { $0.contains("[us-troop-presence-iraq]") })
        let late = try lines(["--from", "2025-01"])
        let early = try lines(["--until", "2023-10-06"])
        #expect(!late.isEmpty && late.count < 22 && !early.isEmpty && early.count < 22)
        #expect(early.allSatisfy { !$0.hasPrefix("2024") && !$0.hasPrefix("2025") })
        #expect(try lines(["--method", "manual"]).count == 22)
        #expect(try lines(["--article", "iraqi-factions-rethink-us-troop-presence"]).count == 22)
        let none = try runStanceGraph(["claims", "seeds", "--method", "rules@0.1"])
        #expect(none.stdout.isEmpty && none.stderr.contains("No claims match"))
        let combined = try lines(["--topic", "us-troop-presence-iraq", "--actor", "coordination-framework", "--from", "2024-12-08"])
        // The valid span as coded: the 2023 claim's open end still reaches 2024-12-08 (`--at` would close it).
        #expect(combined.count == 3)
        expectOneLineError(
            try runStanceGraph(["claims", "seeds", "--from", "2025", "--until", "2024"]), containing: "before --from",
            "a range that ends before it starts")
    }
}
