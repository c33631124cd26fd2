/// A hash table from short byte strings (words in UTF-8) to numbers: open
/// addressing with linear probing and an FNV-1a hash, the keys kept in one
/// byte arena. Cheaper to fill and to ask than a `[String: Int32]`, whose
/// keys are strings to build and to hash with SipHash. The lexicons of the
/// actor and claim extractors keep their words in it.
struct ByteTable: Sendable {
    /// Key number + 1 in each slot; 0 is empty. The count is a power of two.
    private var slots: [Int32]
    private var keyStarts: [Int32] = [0]
    private var arena: [UInt8] = []
    private var hashes: [UInt32] = []
    private(set) var values: [Int32] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        arena.reserveCapacity(capacity * 8)
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        keyStarts.reserveCapacity(capacity + 1)
    }

    /// Builds the table from pairs; a later duplicate key replaces the
    /// earlier value.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Int32) {
        let list = Array(pairs)
        self.init(capacity: max(list.count, 8))
        for (key, value) in list {
            var key = key
            key.withUTF8 { set($0, value: value) }
        }
    }

    var count: Int { values.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The value stored for a key.
    @inline(__always)
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard !values.isEmpty else { return nil }
        let k = find(key, hash: ByteTable.hash(key))
        return k < 0 ? nil : values[k]
    }

    /// The value stored for a string's bytes.
    func value(_ key: String) -> Int32? {
        if let v = key.utf8.withContiguousStorageIfAvailable({ value($0) }) { return v }
        var key = key
        return key.withUTF8 { value($0) }
    }

    /// The value for a string's bytes without its last byte ("Syriens" → "Syrien").
    func value(droppingLast key: String) -> Int32? {
        func look(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
            b.isEmpty ? nil : value(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)]))
        }
        if let v = key.utf8.withContiguousStorageIfAvailable({ look($0) }) { return v }
        var key = key
        return key.withUTF8 { look($0) }
    }

    /// Stores a value for a key that is not there yet; returns false (and
    /// changes nothing) when the key is present.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) -> Bool {
        let h = ByteTable.hash(key)
        if find(key, hash: h) >= 0 { return false }
        if (values.count + 1) * 2 > slots.count { grow() }
        arena.append(contentsOf: key)
        keyStarts.append(Int32(arena.count))
        hashes.append(h)
        values.append(value)
        place(values.count - 1, hash: h)
        return true
    }

    /// Stores a value for a key, replacing the one it had.
    mutating func set(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        let k = find(key, hash: ByteTable.hash(key))
        if k >= 0 { values[k] = value } else { insert(key, value: value) }
    }

    mutating func insert(_ key: String, value: Int32) {
        var key = key
        key.withUTF8 { _ = insert($0, value: value) }
    }

    /// The number of the key, or -1.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count - 1
                var s = Int(h) & mask
                while true {
                    let k = Int(slots[s]) - 1
                    if k < 0 { return -1 }
                    if hashes[k] == h {
                        let a = Int(keyStarts[k]), b = Int(keyStarts[k + 1])
                        if b - a == key.count {
                            var same = true
                            var i = 0
                            while i < key.count { if arena[a + i] != key[i] { same = false; break }; i += 1 }
                            if same { return k }
                        }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    private mutating func place(_ k: Int, hash h: UInt32) {
        let mask = slots.count - 1
        var s = Int(h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Int32(k + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for k in hashes.indices { place(k, hash: hashes[k]) }
    }
}
