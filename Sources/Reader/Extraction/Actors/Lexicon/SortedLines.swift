import Foundation

/// A sorted word-list data file kept as raw bytes and searched in place.
///
/// Large lists (German nouns, first names, places) load in a few milliseconds
/// this way: the file is read, `#` header lines are skipped, and one sequential
/// pass records where every line starts, where every two-byte beginning starts
/// (the file is sorted by the UTF-8 bytes of its first field), and two bits a
/// key in a small filter. A look-up that the filter turns away costs a few
/// instructions; any other is a binary search inside one bucket.
struct SortedLines: Sendable {
    let bytes: [UInt8]
    /// The offset of every entry line in `bytes`, and one past the end.
    let starts: [Int32]
    /// For every first two bytes of a key, the first line with that beginning or a later one.
    private let buckets: [Int32]
    /// A bit filter over the keys' hashes (two bits a key), or empty when the list has none.
    private let filter: [UInt64]
    private static let filterBits = 1 << 20

    /// `filtered`: also build the bit filter (worth it for lists asked mostly about words they lack;
    /// it costs a pass of hashing at load).
    init(bytes: [UInt8], filtered: Bool = true) {
        let n = bytes.count
        var starts: [Int32] = []
        starts.reserveCapacity(n / 8)
        var buckets = [Int32](repeating: -1, count: 65537)
        var filter = [UInt64](repeating: 0, count: filtered ? SortedLines.filterBits / 64 : 0)
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var i = 0
            while i < n {
                let lineStart = i
                // The end of the line, found with memchr.
                if let nl = memchr(base + i, 10, n - i) {
                    i = UnsafeRawPointer(nl).assumingMemoryBound(to: UInt8.self) - base
                } else {
                    i = n
                }
                if i > lineStart && b[lineStart] != 35 { // not a "#" line
                    let line = Int32(starts.count)
                    let key = SortedLines.prefix(b, lineStart, i)
                    if buckets[key] < 0 { buckets[key] = line }
                    starts.append(Int32(lineStart))
                    if filtered {
                        var h: UInt32 = 2_166_136_261
                        var p = lineStart
                        while p < i {
                            let c = b[p]
                            if c == 9 || c == 13 { break }
                            h = (h ^ UInt32(c)) &* 16_777_619
                            p += 1
                        }
                        let (a, c) = SortedLines.filterPositions(h)
                        filter[a >> 6] |= 1 << UInt64(a & 63)
                        filter[c >> 6] |= 1 << UInt64(c & 63)
                    }
                }
                i += 1
            }
        }
        starts.append(Int32(n))
        // Empty buckets point at the next used one.
        var next = Int32(starts.count - 1)
        buckets[65536] = next
        for k in stride(from: 65535, through: 0, by: -1) {
            if buckets[k] < 0 { buckets[k] = next } else { next = buckets[k] }
        }
        self.bytes = bytes
        self.starts = starts
        self.buckets = buckets
        self.filter = filter
    }

    /// Loads a resource file; empty when it is missing (with one warning).
    static func load(_ name: String, filtered: Bool = true) -> SortedLines {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return SortedLines(bytes: [])
        }
        return SortedLines(bytes: bytes, filtered: filtered)
    }

    var count: Int { starts.count - 1 }

    /// The first two bytes of the key at `start` as a number (a shorter key counts 0 for a missing byte).
    @inline(__always)
    private static func prefix(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        func byte(_ p: Int) -> Int {
            guard p < end else { return 0 }
            let c = b[p]
            return c == 9 || c == 10 || c == 13 ? 0 : Int(c)
        }
        let c0 = byte(start)
        return c0 == 0 ? 0 : c0 << 8 | byte(start + 1)
    }

    @inline(__always)
    private static func filterPositions(_ h: UInt32) -> (Int, Int) {
        let mask = filterBits - 1
        let mixed = (h ^ (h >> 15)) &* 0x2C1B_3C6D
        return (Int(h) & mask, Int(mixed ^ (mixed >> 12)) & mask)
    }

    /// The index of the line whose first field is exactly `key`, or nil.
    func find<C: Collection>(_ key: C) -> Int? where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        var k0 = 0, k1 = 0, n = 0
        for c in key {
            h = (h ^ UInt32(c)) &* 16_777_619
            if n == 0 { k0 = Int(c) } else if n == 1 { k1 = Int(c) }
            n += 1
        }
        if !filter.isEmpty {
            let (a, c) = SortedLines.filterPositions(h)
            guard filter[a >> 6] & (1 << UInt64(a & 63)) != 0, filter[c >> 6] & (1 << UInt64(c & 63)) != 0 else { return nil }
        }
        let bucket = k0 == 0 ? 0 : k0 << 8 | k1
        var lo = Int(buckets[bucket]), hi = Int(buckets[bucket + 1]) - 1
        return bytes.withUnsafeBufferPointer { b -> Int? in
            while lo <= hi {
                let mid = (lo + hi) >> 1
                let r = compare(key, line: mid, b)
                if r == 0 { return mid }
                if r < 0 { hi = mid - 1 } else { lo = mid + 1 }
            }
            return nil
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

    /// Three-way comparison of `key` with the first field of line `line`.
    @inline(__always)
    private func compare<C: Collection>(_ key: C, line: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int where C.Element == UInt8 {
        var p = Int(starts[line])
        let end = Int(starts[line + 1])
        for k in key {
            let c: UInt8 = p < end ? b[p] : 10
            if c == 9 || c == 10 || c == 13 { return 1 }      // the line's key ended first: the key sorts after it
            if k != c { return k < c ? -1 : 1 }
            p += 1
        }
        let c: UInt8 = p < end ? b[p] : 10
        return (c == 9 || c == 10 || c == 13) ? 0 : -1
    }
}
