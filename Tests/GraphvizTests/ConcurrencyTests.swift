import Foundation
import Graphviz
import Testing

@Suite("Rendering from many threads at once")
struct ConcurrencyTests {
    /// One render's outcome, kept until all threads have finished.
    struct Outcome: Sendable {
        var expected: Set<String>
        var titles: [String]?
        var otherFormatValid: Bool
        var error: String?
    }

    /// Collects outcomes from several threads.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Outcome] = []
        func append(_ outcome: Outcome) { lock.withLock { items.append(outcome) } }
        var all: [Outcome] { lock.withLock { items } }
    }

    static func graph(thread: Int, iteration: Int) -> (dot: String, names: Set<String>) {
        let names = (0..<(3 + iteration)).map { "t\(thread)_i\(iteration)_n\($0)" }
        let edges = zip(names, names.dropFirst()).map { "\"\($0)\" -> \"\($1)\" [label=\"\($0)\"];" }
        let dot = "digraph g\(thread)_\(iteration) { " + edges.joined(separator: " ") + " }"
        return (dot, Set(names))
    }

    @Test("8 threads × 5 renders: every output is valid and holds its own nodes")
    func eightThreads() {
        let outcomes = Outcomes()
        let group = DispatchGroup()
        for thread in 0..<8 {
            group.enter()
            let worker = Thread {
                defer { group.leave() }
                for iteration in 0..<5 {
                    let (dot, names) = Self.graph(thread: thread, iteration: iteration)
                    let engine = LayoutEngine.allCases[(thread + iteration) % LayoutEngine.allCases.count]
                    var outcome = Outcome(expected: names, titles: nil, otherFormatValid: false)
                    do {
                        outcome.titles = OutputChecks.svgNodeTitles(
                            try GraphvizLibrary.render(dot, format: .svg, engine: engine))
                        if iteration.isMultiple(of: 2) {
                            let png = try GraphvizLibrary.render(dot, format: .png, engine: engine)
                            outcome.otherFormatValid = OutputChecks.pngSize(png) != nil
                        } else {
                            let pdf = try GraphvizLibrary.render(dot, format: .pdf, engine: engine)
                            outcome.otherFormatValid = OutputChecks.isPDF(pdf)
                        }
                        outcome.otherFormatValid = try outcome.otherFormatValid
                            && Set(GraphvizLibrary.parse(dot).nodes.map(\.name)) == names
                    } catch {
                        outcome.error = "\(error)"
                    }
                    outcomes.append(outcome)
                }
            }
            worker.start()
        }
        group.wait()
        let all = outcomes.all
        #expect(all.count == 40)
        for outcome in all {
            #expect(outcome.error == nil)
            #expect(outcome.titles.map(Set.init) == outcome.expected)
            #expect(outcome.titles?.count == outcome.expected.count)
            #expect(outcome.otherFormatValid)
        }
    }

    @Test("Concurrent tasks rendering and failing do not disturb each other")
    func tasksWithFailures() async throws {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask {
                    if index.isMultiple(of: 4) {
                        return (try? GraphvizLibrary.render("digraph { x -> -> }", format: .svg)) == nil
                    }
                    let (dot, names) = Self.graph(thread: 100 + index, iteration: 0)
                    let data = try? GraphvizLibrary.render(dot, format: .svg)
                    return data.flatMap(OutputChecks.svgNodeTitles).map(Set.init) == names
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 })
    }
}
