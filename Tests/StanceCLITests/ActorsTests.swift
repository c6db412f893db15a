import Foundation
import StanceTestSupport
import Testing

@Suite("actors")
struct ActorsTests {
    @Test("actors lists every actor with the claims it holds and is the target of")
    func listsCounts() throws {
        let temp = try TemporaryDirectory("actors")
        defer { temp.remove() }
        let db = temp.file("s.sqlite").path
        #expect(try runStanceGraph(["ingest", "seeds", "--db", db]).status == 0)
        let result = try runStanceGraph(["actors", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("actor") == true)
        #expect(lines.count == 16)
        let framework = lines.first { $0.hasPrefix("coordination-framework ") }?.split(separator: " ", omittingEmptySubsequences: true)
        #expect(framework?[1] == "coalition")
        #expect(framework?[2] == "4")
        #expect(framework?[3] == "0")
        let total = lines.dropFirst().compactMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[2]) }.reduce(0, +)
        #expect(total == 22)
    }
}
