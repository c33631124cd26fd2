/// A small hash table from byte strings to numbers: a look-up hashes the
/// bytes once (FNV-1a) and compares bytes, where a `Dictionary<String, …>`
/// hashes with SipHash and may normalise the string first.
struct ByteTable: Sendable {
    /// Entry index + 1 per slot, 0 for an empty slot.
    private var slots: [Int32]
    private var keyStart: [Int32] = []
    private var arena: [UInt8] = []
    private(set) var values: [Int32] = []
    private var mask: Int

    /// Builds the table; a later duplicate key replaces the earlier value.
    init<S: Sequence>(_ pairs: S) where S.Element == (String, Int32) {
        let list = Array(pairs)
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        keyStart = [0]
        for (key, value) in list {
            let bytes = Array(key.utf8)
            let found = bytes.withUnsafeBufferPointer { probe($0) }
            if found.entry >= 0 {
                values[found.entry] = value
                continue
            }
            arena.append(contentsOf: bytes)
            keyStart.append(Int32(arena.count))
            values.append(value)
            slots[found.slot] = Int32(values.count)
        }
    }

    var count: Int { values.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for c in bytes { h = (h ^ UInt32(c)) &* 16_777_619 }
        return h ^ (h >> 15)
    }

    /// The entry with these bytes (or -1) and the slot where it is or would go.
    @inline(__always)
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int, slot: Int) {
        var slot = Int(ByteTable.hash(bytes)) & mask
        while true {
            let s = slots[slot]
            if s == 0 { return (-1, slot) }
            let e = Int(s) - 1
            let a = Int(keyStart[e]), b = Int(keyStart[e + 1])
            if b - a == bytes.count {
                var same = true
                var k = 0
                while k < bytes.count {
                    if arena[a + k] != bytes[k] { same = false; break }
                    k += 1
                }
                if same { return (e, slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for these bytes.
    @inline(__always)
    func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard !values.isEmpty else { return nil }
        let e = probe(bytes).entry
        return e < 0 ? nil : values[e]
    }

    /// The value stored for a string's bytes.
    func value(_ key: String) -> Int32? {
        if let v = key.utf8.withContiguousStorageIfAvailable({ value($0) }) { return v }
        var copy = key
        return copy.withUTF8 { value($0) }
    }

    /// The value for a string's bytes without its last byte ("Syriens" → "Syrien").
    func value(droppingLast key: String) -> Int32? {
        func look(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
            b.isEmpty ? nil : value(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)]))
        }
        if let v = key.utf8.withContiguousStorageIfAvailable({ look($0) }) { return v }
        var copy = key
        return copy.withUTF8 { look($0) }
    }
}
