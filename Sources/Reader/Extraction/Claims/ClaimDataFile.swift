/// Reads a claims data file straight from its UTF-8 bytes: one entry a line,
/// fields split by tabs and trimmed of spaces, `#` lines and blank lines
/// skipped — the format `DataFile` reads, without its per-character work, so
/// the claims lexicons load in well under a millisecond each.
struct ClaimDataFile {
    let name: String
    let lines: [[String]]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        var lines: [[String]] = []
        lines.reserveCapacity(bytes.count / 16)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                var end = i
                while end < n && b[end] != 0x0A { end += 1 }
                var stop = end
                if stop > i && b[stop - 1] == 0x0D { stop -= 1 }
                if stop > i && b[i] != 0x23 {
                    var fields: [String] = []
                    var f = i
                    while f <= stop {
                        var g = f
                        while g < stop && b[g] != 0x09 { g += 1 }
                        var s = f, e = g
                        while s < e && b[s] == 0x20 { s += 1 }
                        while e > s && b[e - 1] == 0x20 { e -= 1 }
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self))
                        f = g + 1
                    }
                    if !(fields.count == 1 && fields[0].isEmpty) { lines.append(fields) }
                }
                i = end + 1
            }
        }
        self.lines = lines
    }

    /// A data file from the reader's resources; empty (and reported once) when missing.
    static func load(_ name: String) -> ClaimDataFile {
        guard let bytes = ResourceLocator.data(name) else {
            Diagnostics.warnOnce("data file \(name) not found; claims will be poorer")
            return ClaimDataFile(name: name, bytes: [])
        }
        return ClaimDataFile(name: name, bytes: bytes)
    }
}
