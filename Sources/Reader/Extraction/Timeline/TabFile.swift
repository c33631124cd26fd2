/// A tab-separated data file split on its bytes: lines, fields, comments and
/// blank lines dropped, spaces trimmed. The rule loader reads its files this
/// way to stay within a few milliseconds (splitting `String`s by `Character`
/// costs several times more).
struct TabFile: Sendable {
    struct Line: Sendable {
        /// 1-based line number in the file.
        var number: Int
        var fields: [String]
    }

    let name: String
    let lines: [Line]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        var lines: [Line] = []
        var number = 0
        var i = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { b in
            while i < n {
                var end = i
                while end < n && b[end] != 0x0A { end += 1 }
                number += 1
                var lineEnd = end
                if lineEnd > i && b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd > i && b[i] != 0x23 {
                    var fields: [String] = []
                    var blank = true
                    var start = i
                    var k = i
                    while k <= lineEnd {
                        if k == lineEnd || b[k] == 0x09 {
                            var a = start, z = k
                            while a < z && b[a] == 0x20 { a += 1 }
                            while z > a && b[z - 1] == 0x20 { z -= 1 }
                            if z > a { blank = false }
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: b[a..<z]), as: UTF8.self))
                            start = k + 1
                        }
                        k += 1
                    }
                    if !blank { lines.append(Line(number: number, fields: fields)) }
                }
                i = end + 1
            }
        }
        self.lines = lines
    }

    /// Reads a data file from the reader's resources; an empty file when missing.
    static func load(_ name: String) -> TabFile? {
        guard let bytes = ResourceLocator.data(name) else { return nil }
        return TabFile(name: name, bytes: bytes)
    }
}
