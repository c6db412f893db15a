import Foundation

/// Runs `work` for every index on several threads and hands the results to a consumer on the
/// calling thread, in index order: what `ingest` and `build` use to extract articles on every
/// core while storing them one at a time, in order.
///
/// Workers stay at most `window` results ahead of the consumer, so memory stays bounded however
/// many items there are. When the consumer stops early (returns false or throws), workers finish
/// the item in hand and exit before `run` returns.
enum OrderedWork {
    /// - Parameters:
    ///   - count: the number of items, `0..<count`.
    ///   - jobs: worker threads; with 1, everything runs on the calling thread, one item after another.
    ///   - window: results computed ahead of the consumer at most (default: 4 per job).
    ///   - work: computes one item's result; called on a worker thread.
    ///   - consume: receives each result in index order; returns false to stop.
    static func run<Output: Sendable>(
        count: Int, jobs: Int, window: Int? = nil,
        work: @escaping @Sendable (Int) -> Output,
        consume: (Int, Output) throws -> Bool
    ) throws {
        guard jobs > 1 && count > 1 else {
            for index in 0..<count where try !consume(index, work(index)) { return }
            return
        }
        let shared = Shared<Output>(count: count, window: max(1, window ?? jobs * 4))
        let workers = min(jobs, count)
        shared.running = workers
        for _ in 0..<workers {
            let thread = Thread { shared.workLoop(work) }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { shared.stopAndWait() }
        for index in 0..<count {
            let output = shared.take(index)
            guard try consume(index, output) else { return }
        }
    }

    /// The state workers and the consumer share, under one condition lock.
    private final class Shared<Output: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private let window: Int
        private var results: [Int: Output] = [:]
        /// The next index a worker takes.
        private var next = 0
        /// Results the consumer has taken.
        private var consumed = 0
        private var stopped = false
        /// Workers still running.
        var running = 0

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        func workLoop(_ work: (Int) -> Output) {
            while let index = claim() {
                let output = work(index)
                condition.lock()
                results[index] = output
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }

        /// The next index to work on, once the consumer is close enough; nil when done or stopped.
        private func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !stopped && next < count && next - consumed >= window { condition.wait() }
            guard !stopped && next < count else { return nil }
            next += 1
            return next - 1
        }

        /// Waits for the result of `index` and takes it.
        func take(_ index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while true {
                if let output = results.removeValue(forKey: index) {
                    consumed = index + 1
                    condition.broadcast()
                    return output
                }
                condition.wait()
            }
        }

        /// Tells the workers to stop and waits until every one has.
        func stopAndWait() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while running > 0 { condition.wait() }
            condition.unlock()
        }
    }
}
