/// An open-addressing hash map from word hashes (`WordToken.hash`, already well mixed) to values.
///
/// Lookups cost a multiply and a probe or two, where `Dictionary<UInt64, _>` would run SipHash on
/// every word of every sentence.
struct WordTable<Value: Sendable>: Sendable {
    private var slots: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: UInt64) -> Value? {
        get {
            var i = slot(key)
            // An empty slot is one without a value.
            while let value = values[i] {
                if slots[i] == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // Removal is never needed.
            if (count + 1) * 2 > slots.count { grow() }
            var i = slot(key)
            while values[i] != nil && slots[i] != key { i = (i + 1) & mask }
            if values[i] == nil { count += 1 }
            slots[i] = key
            values[i] = newValue
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// Every key, in no particular order.
    var keys: [UInt64] { slots.indices.filter { values[$0] != nil }.map { slots[$0] } }

    private mutating func grow() {
        let oldKeys = slots
        let oldValues = values
        slots = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = slots.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where oldValues[i] != nil {
            var j = slot(k)
            while values[j] != nil { j = (j + 1) & mask }
            slots[j] = k
            values[j] = oldValues[i]
            count += 1
        }
    }
}

/// A set of words, looked up by `WordToken.hash` (case-insensitive, ’ read as ').
struct WordSet: Sendable {
    private var table: WordTable<Bool>

    init(_ words: [String]) {
        table = WordTable(minimumCapacity: words.count)
        for w in words { table[WordTokenizer.hash(w)] = true }
    }

    func contains(_ hash: UInt64) -> Bool { table[hash] != nil }
}
