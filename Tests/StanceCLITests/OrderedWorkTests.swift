import Foundation
import Synchronization
import Testing

@testable import StanceCLI

@Suite("ordered work on several threads")
struct OrderedWorkTests {
    /// Work that takes longer for some items than others, so that threads finish out of order.
    static func uneven(_ index: Int) -> Int {
        var x = UInt64(index + 1)
        for _ in 0..<((index * 7919) % 13) * 20_000 { x = x &* 6_364_136_223_846_793_005 &+ 1 }
        return index * 10 + Int(x % 2)
    }

    @Test("results arrive in index order, the same for any number of jobs", arguments: [1, 2, 4, 8])
    func inOrder(jobs: Int) throws {
        var seen: [Int] = []
        var outputs: [Int] = []
        try OrderedWork.run(count: 200, jobs: jobs, work: { Self.uneven($0) }) { index, output in
            seen.append(index)
            outputs.append(output)
            return true
        }
        #expect(seen == Array(0..<200))
        #expect(outputs == (0..<200).map(Self.uneven))
    }

    @Test("no items, one item")
    func small() throws {
        var calls = 0
        try OrderedWork.run(count: 0, jobs: 4, work: { $0 }) { _, _ in
            calls += 1
            return true
        }
        #expect(calls == 0)
        try OrderedWork.run(count: 1, jobs: 4, work: { $0 + 5 }) { index, output in
            #expect(index == 0 && output == 5)
            calls += 1
            return true
        }
        #expect(calls == 1)
    }

    @Test("workers stay within the window ahead of the consumer", arguments: [1, 3])
    func bounded(window: Int) throws {
        let started = Atomic<Int>(0)
        let jobs = 4
        try OrderedWork.run(
            count: 100, jobs: jobs, window: window,
            work: { index in
                started.add(1, ordering: .relaxed)
                return index
            }
        ) { index, _ in
            let ahead = started.load(ordering: .relaxed) - (index + 1)
            #expect(ahead <= window, "\(ahead) items started ahead of item \(index)")
            return true
        }
        #expect(started.load(ordering: .relaxed) == 100)
    }

    struct Stop: Error {}

    @Test("a consumer that stops or throws ends the run; no work starts afterwards", arguments: [1, 4])
    func stops(jobs: Int) throws {
        let started = Atomic<Int>(0)
        var consumed = 0
        try OrderedWork.run(
            count: 1_000, jobs: jobs, window: 8,
            work: { index in
                started.add(1, ordering: .relaxed)
                return index
            }
        ) { index, _ in
            consumed += 1
            return index < 9
        }
        #expect(consumed == 10)
        let afterStop = started.load(ordering: .relaxed)
        #expect(afterStop <= 10 + 8 + jobs, "\(afterStop) items worked on")
        Thread.sleep(forTimeInterval: 0.05)
        #expect(started.load(ordering: .relaxed) == afterStop, "every worker has exited")

        #expect(throws: Stop.self) {
            try OrderedWork.run(count: 1_000, jobs: jobs, work: { $0 }) { index, _ in
                if index == 3 { throw Stop() }
                return true
            }
        }
    }
}
