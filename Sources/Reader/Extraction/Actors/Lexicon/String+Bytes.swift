extension StringProtocol {
    /// `hasSuffix` on UTF-8 bytes: much faster than `hasSuffix`, which compares
    /// characters, and exact for the lower-case endings the extractor asks about.
    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let a = utf8, b = suffix.utf8
        guard b.count <= a.count else { return false }
        var i = a.index(a.endIndex, offsetBy: -b.count)
        for byte in b {
            if a[i] != byte { return false }
            i = a.index(after: i)
        }
        return true
    }

    /// `hasPrefix` on UTF-8 bytes.
    @inline(__always)
    func startsWith(_ prefix: String) -> Bool {
        let a = utf8, b = prefix.utf8
        guard b.count <= a.count else { return false }
        var i = a.startIndex
        for byte in b {
            if a[i] != byte { return false }
            i = a.index(after: i)
        }
        return true
    }
}

/// Which two-byte beginnings occur among a set of words: a look-up for any other
/// word is turned away without hashing it.
struct PrefixFilter: Sendable {
    private var seen = [Bool](repeating: false, count: 65536)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { seen[PrefixFilter.key(w)] = true }
    }

    @inline(__always)
    static func key(_ s: String) -> Int {
        var it = s.utf8.makeIterator()
        let a = Int(it.next() ?? 0)
        let b = Int(it.next() ?? 0)
        return a << 8 | b
    }

    @inline(__always)
    func mayContain(_ s: String) -> Bool { seen[PrefixFilter.key(s)] }

    /// `mayContain` for a word's UTF-8.
    @inline(__always)
    func mayContain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = b.count > 0 ? Int(b[0]) : 0
        let c = b.count > 1 ? Int(b[1]) : 0
        return seen[a << 8 | c]
    }
}

extension String {
    /// Whether the UTF-8 of `part` occurs in the string (no Foundation, no Unicode folding).
    func containsBytes(_ part: String) -> Bool {
        let a = Array(utf8), b = Array(part.utf8)
        guard !b.isEmpty, b.count <= a.count else { return b.isEmpty }
        var i = 0
        while i + b.count <= a.count {
            if a[i] == b[0] {
                var k = 1
                while k < b.count && a[i + k] == b[k] { k += 1 }
                if k == b.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether the first byte is an ASCII digit.
    var startsWithDigit: Bool {
        guard let f = utf8.first else { return false }
        return f >= 0x30 && f <= 0x39
    }

    /// Byte-for-byte equality: texts from the same document need no Unicode
    /// normalisation, and this skips it (`==` on non-ASCII strings is slow).
    @inline(__always)
    func `is`(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Byte-for-byte equality with any of the words.
    @inline(__always)
    func isOne(of others: [String]) -> Bool {
        others.contains { self.is($0) }
    }
}
