/// Timings of one benchmark: every run's wall time, in seconds.
struct Samples: Codable, Sendable {
    var seconds: [Double]

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
    var min: Double { seconds.min() ?? .nan }
    var runs: Int { seconds.count }
}

/// Accumulates what each benchmarked call produced, so the optimizer cannot drop the work.
/// The total is printed with the report.
struct Checksum: Codable, Sendable {
    private(set) var value = 0
    mutating func consume(_ count: Int) { value &+= count }
}

/// Runs `body` `warmUp` times untimed, then `runs` times timed with `ContinuousClock`.
/// `body` returns a count derived from its result, which goes into `checksum`.
func measure(
    runs: Int, warmUp: Int = 1, checksum: inout Checksum, _ body: () throws -> Int
) rethrows -> Samples {
    for _ in 0..<warmUp { checksum.consume(try body()) }
    let clock = ContinuousClock()
    var seconds: [Double] = []
    seconds.reserveCapacity(runs)
    for _ in 0..<runs {
        var produced = 0
        let elapsed = try clock.measure { produced = try body() }
        checksum.consume(produced)
        seconds.append(elapsed.seconds)
    }
    return Samples(seconds: seconds)
}

/// Wall time of one call of `body`, in seconds, with its result.
func timeOnce<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    return (value, (clock.now - start).seconds)
}

extension Duration {
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
