/// Reads a small data file the way `DataFile` does (tab-separated fields, `#`
/// comments, blank lines skipped, spaces trimmed), but on bytes: loading the
/// actor lexicons this way takes a fraction of a millisecond.
enum ByteDataFile {
    static func load(_ name: String) -> DataFile {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return DataFile(name: name, lines: [])
        }
        var lines: [[String]] = []
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                let start = i
                while i < n && b[i] != 10 { i += 1 }
                var end = i
                if end > start && b[end - 1] == 13 { end -= 1 }
                i += 1
                guard end > start, b[start] != 35 else { continue }
                var fields: [String] = []
                var f = start
                var p = start
                var blank = true
                while p <= end {
                    if p == end || b[p] == 9 {
                        var s = f, e = p
                        while s < e && b[s] == 32 { s += 1 }
                        while e > s && b[e - 1] == 32 { e -= 1 }
                        if e > s { blank = false }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
                        f = p + 1
                    }
                    p += 1
                }
                if !blank { lines.append(fields) }
            }
        }
        return DataFile(name: name, lines: lines)
    }
}

extension DataFile {
    /// A data file from lines already split into fields.
    init(name: String, lines: [[String]]) {
        self.name = name
        self.lines = lines
    }
}
