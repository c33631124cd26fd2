/// A tab-separated data file indexed on its bytes: where each line is, with
/// comments (`#`) and blank lines left out. Fields are cut out on demand as
/// byte ranges (spaces trimmed), so the rule loader makes strings only for
/// what it keeps and never touches the example lines it does not need.
struct TabFile: Sendable {
    /// A line of the file: its 1-based number and its bytes (line break and CR excluded).
    struct Line: Sendable {
        var number: Int
        var start: Int
        var end: Int
    }

    let name: String
    let bytes: [UInt8]
    let lines: [Line]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
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
                    var k = i
                    while k < lineEnd && (b[k] == 0x20 || b[k] == 0x09) { k += 1 }
                    if k < lineEnd { lines.append(Line(number: number, start: i, end: lineEnd)) }
                }
                i = end + 1
            }
        }
        self.lines = lines
    }

    /// The byte ranges of a line's tab-separated fields, spaces trimmed, into a reused buffer.
    func split(_ line: Line, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        bytes.withUnsafeBufferPointer { b in
            var start = line.start
            var k = line.start
            while k <= line.end {
                if k == line.end || b[k] == 0x09 {
                    var a = start, z = k
                    while a < z && b[a] == 0x20 { a += 1 }
                    while z > a && b[z - 1] == 0x20 { z -= 1 }
                    fields.append(a..<z)
                    start = k + 1
                }
                k += 1
            }
        }
    }

    /// A line's fields as strings.
    func fields(_ line: Line) -> [String] {
        var ranges: [Range<Int>] = []
        split(line, into: &ranges)
        return ranges.map(string)
    }

    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Whether the bytes in a range are exactly an ASCII word.
    func equals(_ range: Range<Int>, _ ascii: StaticString) -> Bool {
        guard range.count == ascii.utf8CodeUnitCount else { return false }
        let p = ascii.utf8Start
        for (k, i) in range.enumerated() where bytes[i] != p[k] { return false }
        return true
    }

    /// Whether the bytes in a range end with an ASCII suffix.
    func hasSuffix(_ range: Range<Int>, _ ascii: StaticString) -> Bool {
        let n = ascii.utf8CodeUnitCount
        guard range.count >= n else { return false }
        return equals((range.upperBound - n)..<range.upperBound, ascii)
    }

    /// "de/timeline/rules.txt:42".
    func location(_ line: Line) -> String { "\(name):\(line.number)" }

    /// Reads a data file from the reader's resources; nil when it is missing.
    static func load(_ name: String) -> TabFile? {
        guard let bytes = ResourceLocator.data(name) else { return nil }
        return TabFile(name: name, bytes: bytes)
    }
}
