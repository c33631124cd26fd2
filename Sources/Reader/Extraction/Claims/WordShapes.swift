/// A bit set over (first byte, last byte, length) of words: a quick "no"
/// for most words before a dictionary has to hash them.
struct WordShapes: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256 * 256 * 32 / 64)

    private static func slot(_ text: String) -> Int? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        let length = min(utf8.count, 31)
        return (Int(first) << 13) | (Int(last) << 5) | length
    }

    mutating func insert(_ text: String) {
        guard let s = WordShapes.slot(text) else { return }
        bits[s >> 6] |= 1 << UInt64(s & 63)
    }

    @inline(__always)
    func mayContain(_ text: String) -> Bool {
        guard let s = WordShapes.slot(text) else { return false }
        return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
    }
}
