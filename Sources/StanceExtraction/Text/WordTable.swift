/// An open-addressing hash map from word hashes (`WordToken.hash`, already well mixed) to values.
///
/// Lookups cost a multiply and a probe or two, where `Dictionary<UInt64, _>` would run SipHash on
/// every word of every sentence.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 8) {
        var size = 8
        while size < minimumCapacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so a key of 0 is stored as 1.
    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

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
            guard let newValue else { return }  // Removal is never needed.
            if (count + 1) * 2 > keys.count { grow() }
            let k = Self.stored(key)
            var i = slot(k)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            if keys[i] == 0 { count += 1 }
            keys[i] = k
            values[i] = newValue
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != 0 {
            var j = slot(k)
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = k
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
