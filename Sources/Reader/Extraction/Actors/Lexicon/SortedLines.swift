/// A sorted data file kept as raw bytes and searched in place.
///
/// Large word lists (German nouns, first names, places) load in a fraction of a
/// millisecond this way: the file is read, `#` header lines are skipped, and
/// the start of every line is recorded; a look-up is a binary search on the
/// first field, compared byte by byte. The file must be sorted by the UTF-8
/// bytes of its first field (the build scripts write it so).
struct SortedLines: Sendable {
    let bytes: [UInt8]
    /// The offset of every entry line in `bytes`, and one past the end.
    let starts: [Int32]

    init(bytes: [UInt8]) {
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 10)
        let n = bytes.count
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                let lineStart = i
                while i < n && b[i] != 10 { i += 1 }
                if i > lineStart && b[lineStart] != 35 { starts.append(Int32(lineStart)) } // not a "#" line
                i += 1
            }
        }
        starts.append(Int32(n))
        self.bytes = bytes
        self.starts = starts
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
        var lo = 0, hi = count - 1
        return bytes.withUnsafeBufferPointer { b -> Int? in
            while lo <= hi {
                let mid = (lo + hi) >> 1
                let c = compare(key, line: mid, b)
                if c == 0 { return mid }
                if c < 0 { hi = mid - 1 } else { lo = mid + 1 }
            }
            return nil
        }
    }

    func contains<C: Collection>(_ key: C) -> Bool where C.Element == UInt8 { find(key) != nil }

    /// The fields of a line after the first, as strings.
    func fields(_ line: Int) -> [Substring] {
        let a = Int(starts[line]), b = Int(starts[line + 1])
        let text = String(decoding: bytes[a..<b], as: UTF8.self)
        return text.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\n") ? $0.dropLast() : $0
        }
    }

    /// Three-way comparison of `key` with the first field of line `line`.
    @inline(__always)
    private func compare<C: Collection>(_ key: C, line: Int, _ b: UnsafeBufferPointer<UInt8>) -> Int where C.Element == UInt8 {
        var p = Int(starts[line])
        let end = Int(starts[line + 1])
        for k in key {
            let c: UInt8 = p < end ? b[p] : 10
            if c == 9 || c == 10 || c == 13 { return 1 }      // the line's field ended first: key is greater
            if k != c { return k < c ? -1 : 1 }
            p += 1
        }
        let c: UInt8 = p < end ? b[p] : 10
        return (c == 9 || c == 10 || c == 13) ? 0 : -1
    }
}
