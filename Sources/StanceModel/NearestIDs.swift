/// Ids that look like a mistyped one, for "did you mean" in error messages.
enum NearestIDs {
    /// Up to `limit` ids of `candidates` nearest to `wanted`: those containing it or contained in
    /// it first, then by edit distance (at most a third of the longer id), ties by id.
    /// - Complexity: O(n · m²) for n candidates of length m.
    static func nearest<ID: SlugID>(to wanted: ID, among candidates: some Sequence<ID>, limit: Int = 3) -> [ID] {
        let target = Array(wanted.rawValue.lowercased().unicodeScalars)
        let scored: [(Int, ID)] = candidates.compactMap { id in
            let text = id.rawValue.lowercased()
            if text.contains(wanted.rawValue.lowercased()) || wanted.rawValue.lowercased().contains(text) {
                return (0, id)
            }
            let other = Array(text.unicodeScalars)
            let distance = editDistance(target, other)
            return distance <= max(2, max(target.count, other.count) / 3) ? (distance, id) : nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }

    /// Levenshtein distance.
    static func editDistance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
