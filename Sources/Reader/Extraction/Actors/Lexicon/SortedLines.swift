/// A word-list data file kept as raw bytes, with a hash index over the first
/// field of every line.
///
/// Large lists (German nouns, first names, places) load in a few milliseconds
/// this way: the file is read, `#` header lines are skipped, the start of
/// every line is recorded and hashed into an open-addressing table; a look-up
/// hashes the key and compares bytes in place. The build scripts write the
/// files sorted, which keeps them diff-friendly and lets a reader search them by eye.
struct SortedLines: Sendable {
    let bytes: [UInt8]
    /// The offset of every entry line in `bytes`, and one past the end.
    let starts: [Int32]
    /// Line index + 1 for every used slot, 0 for an empty one; the size is a power of two.
    private let slots: [Int32]
    /// A small bit filter over the keys' hashes (two bits a key): most words that are
    /// not in the list are turned away here, without touching the large table.
    private let filter: [UInt64]
    private static let filterBits = 1 << 20

    init(bytes: [UInt8]) {
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 10)
        let n = bytes.count
        var capacity = 16
        var slots: [Int32] = []
        var filter = [UInt64](repeating: 0, count: SortedLines.filterBits / 64)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                let lineStart = i
                while i < n && b[i] != 10 { i += 1 }
                if i > lineStart && b[lineStart] != 35 { starts.append(Int32(lineStart)) } // not a "#" line
                i += 1
            }
            starts.append(Int32(n))
            let lines = starts.count - 1
            while capacity < lines * 2 { capacity <<= 1 }
            slots = [Int32](repeating: 0, count: capacity)
            let mask = capacity - 1
            slots.withUnsafeMutableBufferPointer { s in
                for line in 0..<lines {
                    var p = Int(starts[line])
                    let end = Int(starts[line + 1])
                    var h: UInt32 = 2_166_136_261
                    while p < end {
                        let c = b[p]
                        if c == 9 || c == 10 || c == 13 { break }
                        h = (h ^ UInt32(c)) &* 16_777_619
                        p += 1
                    }
                    var slot = Int(h) & mask
                    while s[slot] != 0 { slot = (slot + 1) & mask }
                    s[slot] = Int32(line + 1)
                    let (a, c) = SortedLines.filterPositions(h)
                    filter[a >> 6] |= 1 << UInt64(a & 63)
                    filter[c >> 6] |= 1 << UInt64(c & 63)
                }
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.slots = slots
        self.filter = filter
    }

    @inline(__always)
    private static func filterPositions(_ h: UInt32) -> (Int, Int) {
        let mask = filterBits - 1
        let mixed = (h ^ (h >> 15)) &* 0x2C1B_3C6D
        return (Int(h) & mask, Int(mixed ^ (mixed >> 12)) & mask)
    }

    /// Loads a resource file; empty when it is missing (with one warning).
    static func load(_ name: String) -> SortedLines {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return SortedLines(bytes: [])
        }
        return SortedLines(bytes: bytes)
    }

    var count: Int { starts.count - 1 }

    /// The index of the line whose first field is exactly `key`, or nil.
    func find<C: Collection>(_ key: C) -> Int? where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        for c in key { h = (h ^ UInt32(c)) &* 16_777_619 }
        let (a, c) = SortedLines.filterPositions(h)
        guard filter[a >> 6] & (1 << UInt64(a & 63)) != 0, filter[c >> 6] & (1 << UInt64(c & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var slot = Int(h) & mask
        return bytes.withUnsafeBufferPointer { b -> Int? in
            while true {
                let v = Int(slots[slot])
                if v == 0 { return nil }
                if equals(key, line: v - 1, b) { return v - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    func contains<C: Collection>(_ key: C) -> Bool where C.Element == UInt8 { find(key) != nil }

    /// The fields of a line, as strings.
    func fields(_ line: Int) -> [String] {
        var result: [String] = []
        bytes.withUnsafeBufferPointer { b in
            var p = Int(starts[line])
            let end = Int(starts[line + 1])
            var fieldStart = p
            while p <= end {
                let c: UInt8 = p < end ? b[p] : 10
                if c == 9 || c == 10 || c == 13 {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart..<p]), as: UTF8.self))
                    if c != 9 { break }
                    fieldStart = p + 1
                }
                p += 1
            }
        }
        return result
    }

    /// Whether `key` is the first field of line `line`.
    @inline(__always)
    private func equals<C: Collection>(_ key: C, line: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool where C.Element == UInt8 {
        var p = Int(starts[line])
        let end = Int(starts[line + 1])
        for k in key {
            guard p < end, b[p] == k else { return false }
            p += 1
        }
        return p >= end || b[p] == 9 || b[p] == 10 || b[p] == 13
    }
}
