/// An open-addressing table from already well-mixed 64-bit keys (token hashes) to values: no
/// rehashing of keys on lookup, one probe in the common case.
struct HashTable64<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    /// A slot is in use exactly when it holds a value.
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask)) }

    subscript(key: UInt64) -> Value? {
        get {
            var i = slot(key)
            while let value = values[i] {
                if keys[i] == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            var i = slot(key)
            while values[i] != nil && keys[i] != key { i = (i + 1) & mask }
            if values[i] == nil { count += 1 }
            keys[i] = key
            values[i] = newValue
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where v != nil {
            var i = slot(k)
            while values[i] != nil { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
            count += 1
        }
    }
}

/// A set of token hashes with the same open addressing.
struct TokenHashSet: Sendable {
    private var table: HashTable64<Bool>

    init<S: Sequence<UInt64>>(_ hashes: S) {
        table = HashTable64(capacity: 16)
        for h in hashes { table[h] = true }
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool { table[hash] != nil }
}
