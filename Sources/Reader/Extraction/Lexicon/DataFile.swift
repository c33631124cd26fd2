/// A lexicon or rule file: UTF-8 text, one entry a line, fields split by tabs.
///
/// Lines starting with `#` are comments (the header names the data's source
/// and licence); blank lines are skipped; spaces around fields are trimmed.
/// Entries keep their case; callers that look words up ignoring case store
/// them in lower case. Parsing works on bytes, so loading is cheap.
struct DataFile: Sendable {
    let name: String
    let lines: [[String]]

    init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    init(name: String, bytes: [UInt8]) {
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
        self.name = name
        self.lines = lines
    }

    /// Loads a file from the reader's resources; an empty file when it is missing,
    /// so a missing resource weakens extraction instead of stopping the reader.
    static func load(_ name: String) -> DataFile {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return DataFile(name: name, bytes: [])
        }
        return DataFile(name: name, bytes: bytes)
    }

    /// The first field of every line.
    var entries: [String] { lines.map { $0[0] } }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}
