/// An open-addressing table from already well-mixed 64-bit keys (token hashes) to values: no
/// rehashing of keys on lookup, one probe in the common case.
struct HashTable64<Value: Sendable>: Sendable {
    private var keys: [UInt64]
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

    /// 0 marks an empty slot, so a zero key is stored as 1 (token hashes are never 0 or 1 in practice).
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key <= 1 ? key &+ 2 : key }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 29)) & UInt64(mask)) }

    subscript(key: UInt64) -> Value? {
        get {
            let k = Self.stored(key)
            var i = slot(k)
            while true {
                let found = keys[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
        set {
            guard let newValue else { return }  // removal is never needed
            if (count + 1) * 2 > keys.count { grow() }
            let k = Self.stored(key)
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
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
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var i = slot(k)
            while keys[i] != 0 { i = (i + 1) & mask }
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
