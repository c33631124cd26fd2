/// The decoded text in the three forms the reader needs: a `String`, an array
/// of scalars (offsets index it) and UTF-8 bytes with the byte offset of every
/// scalar, so that the text of any span is one copy away.
struct TextStorage: Sendable {
    let text: String
    let scalars: [Unicode.Scalar]
    let utf8: [UInt8]
    /// `byteOffsets[i]` is where scalar `i` starts in `utf8`; one extra entry marks the end.
    let byteOffsets: [Int32]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let bytes = Array(text.utf8)
        let n = bytes.count
        // At most one scalar per byte: fill buffers of that size, then trim.
        var scalars = [Unicode.Scalar](repeating: "\0", count: n)
        var offsets = [Int32](repeating: 0, count: n + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { b in
            scalars.withUnsafeMutableBufferPointer { out in
                offsets.withUnsafeMutableBufferPointer { offs in
                    var i = 0
                    while i < n {
                        let lead = b[i]
                        offs[count] = Int32(i)
                        if lead < 0x80 {
                            out[count] = Unicode.Scalar(lead)
                            i += 1
                        } else {
                            var v: UInt32
                            var len: Int
                            if lead < 0xE0 { v = UInt32(lead & 0x1F); len = 2 }
                            else if lead < 0xF0 { v = UInt32(lead & 0x0F); len = 3 }
                            else { v = UInt32(lead & 0x07); len = 4 }
                            var k = 1
                            while k < len && i + k < n { v = (v << 6) | UInt32(b[i + k] & 0x3F); k += 1 }
                            out[count] = Unicode.Scalar(v) ?? "\u{FFFD}"
                            i += len
                        }
                        count += 1
                    }
                    offs[count] = Int32(n)
                }
            }
        }
        scalars.removeLast(n - count)
        offsets.removeLast(n - count)
        self.text = text
        self.scalars = scalars
        self.utf8 = bytes
        self.byteOffsets = offsets
    }

    var count: Int { scalars.count }

    /// The text of a span, clamped to the text.
    func string(_ range: TextRange) -> String {
        let lower = max(0, min(range.start, scalars.count))
        let upper = max(lower, min(range.end, scalars.count))
        let a = Int(byteOffsets[lower]), b = Int(byteOffsets[upper])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[a..<b]), as: UTF8.self) }
    }
}
