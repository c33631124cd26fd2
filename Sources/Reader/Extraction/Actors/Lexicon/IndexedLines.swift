import Glibc

/// A word-list data file mapped into memory, with a hash index over the
/// first field of every line.
///
/// The index is an open-addressing table: each slot holds a line's byte
/// offset and eight bits of its key's hash (so a probe that lands on another
/// key is turned away without touching that key's bytes); `#` header lines
/// are not indexed. A line is named by its byte offset.
///
/// Building the table for the 180,000 German nouns costs more than the whole
/// analysis of an article, so `reader --write-indexes` stores each table next
/// to its list (`common-nouns.txt.idx`) and loading maps it. A stored table
/// whose header does not match its list (size and a sample of its bytes) is
/// ignored and the table is built in memory, with a warning; a test checks
/// that the stored tables are up to date.
struct IndexedLines: Sendable {
    private let file: MappedFile
    /// Byte offset of a line << 8 | eight bits of its key's hash; -1 for an empty slot.
    private let table: Table
    private let mask: Int
    /// How many entry lines there are.
    let count: Int

    /// The slots, in memory or mapped from an index file.
    private enum Table: Sendable {
        case memory([Int32])
        case mapped(MappedFile, offset: Int, count: Int)

        @inline(__always)
        func withSlots<R>(_ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
            switch self {
            case .memory(let slots): return slots.withUnsafeBufferPointer(body)
            case .mapped(let file, let offset, let count):
                return withExtendedLifetime(file) {
                    let raw = UnsafeRawPointer(file.buffer.baseAddress!) + offset
                    return body(UnsafeBufferPointer(start: raw.assumingMemoryBound(to: Int32.self), count: count))
                }
            }
        }
    }

    init(bytes: [UInt8]) { self.init(file: MappedFile(bytes: bytes)) }

    /// A list whose table is stored in an index file.
    private init(file: MappedFile, index: MappedFile, slots: Int, count: Int) {
        self.file = file
        self.table = .mapped(index, offset: IndexedLines.headerSize, count: slots)
        self.mask = slots - 1
        self.count = count
    }

    init(file: MappedFile) {
        self.file = file
        // At most 70% full: count the lines, then size the table.
        var lines = 0
        withExtendedLifetime(file) {
            let b = file.buffer
            guard let base = b.baseAddress else { return }
            var i = 0
            while i < b.count, let nl = memchr(base + i, 10, b.count - i) {
                lines += 1
                i = UnsafeRawPointer(nl).assumingMemoryBound(to: UInt8.self) - base + 1
            }
            if i < b.count { lines += 1 }
        }
        var capacity = 16
        while capacity * 7 < lines * 10 { capacity <<= 1 }
        let (slots, count) = IndexedLines.build(file, capacity: capacity)
        self.table = .memory(slots)
        self.mask = capacity - 1
        self.count = count
    }

    /// One pass over the bytes: each key is hashed as it goes by and its line
    /// entered in the table (entries beyond 70% of the capacity are only counted).
    private static func build(_ file: MappedFile, capacity: Int) -> ([Int32], Int) {
        var slots = [Int32](repeating: -1, count: capacity)
        let count = withExtendedLifetime(file) {
            slots.withUnsafeMutableBufferPointer { fill($0, from: file.buffer) }
        }
        return (slots, count)
    }

    private static func fill(_ table: UnsafeMutableBufferPointer<Int32>, from b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        let mask = table.count - 1
        let limit = table.count * 7 / 10
        var count = 0
        var h: UInt32 = 0
        var lineStart = 0
        var inKey = true
        var comment = n > 0 && b[0] == 35
        var i = 0
        while i <= n {
            let c: UInt8 = i < n ? b[i] : 10
            if c == 10 {
                if !comment && i > lineStart {
                    count += 1
                    if count <= limit {
                        let m = mix(h)
                        var k = Int(m) & mask
                        while table[k] >= 0 { k = (k + 1) & mask }
                        table[k] = Int32(truncatingIfNeeded: lineStart << 8 | Int(m >> 24))
                    }
                }
                h = 0
                lineStart = i + 1
                inKey = true
                comment = i + 1 < n && b[i + 1] == 35
            } else if c == 9 || c == 13 {
                inKey = false
            } else if inKey {
                h = h &* base &+ UInt32(c)
            }
            i += 1
        }
        return count
    }

    /// Loads a resource file with its stored index; empty when it is missing (with one warning).
    static func load(_ name: String) -> IndexedLines {
        guard let file = ResourceLocator.mapped(name) else {
            Diagnostics.warnOnce("data file \(name) not found; results will be poorer")
            return IndexedLines(bytes: [])
        }
        if let index = ResourceLocator.mapped(name + ".idx") {
            if let (slots, count) = validIndex(index, for: file) {
                return IndexedLines(file: file, index: index, slots: slots, count: count)
            }
            Diagnostics.warnOnce("the index \(name).idx does not match its list; run reader --write-indexes")
        }
        return IndexedLines(file: file)
    }

    // MARK: stored indexes

    static let headerSize = 32
    private static let magic: [UInt8] = Array("RDRIDX1\n".utf8)

    /// A fingerprint of a list: 64 bytes sampled across it, hashed.
    static func fingerprint(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 0
        guard b.count > 0 else { return 0 }
        for k in 0..<64 { h = h &* base &+ UInt32(b[(b.count - 1) * k / 63]) }
        return h
    }

    /// The header and slots of the index file for a list (little-endian):
    /// magic, list size (8 bytes), fingerprint, slot count, entry count, zeros; then the slots.
    func indexFile() -> [UInt8] {
        var out = IndexedLines.magic
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt64(file.count))
        put(withExtendedLifetime(file) { IndexedLines.fingerprint(file.buffer) })
        put(UInt32(mask + 1))
        put(UInt32(count))
        while out.count < IndexedLines.headerSize { out.append(0) }
        table.withSlots { slots in for v in slots { put(v) } }
        return out
    }

    /// The slot and entry counts when `index` was written for `file` as it is.
    private static func validIndex(_ index: MappedFile, for file: MappedFile) -> (Int, Int)? {
        let b = index.buffer
        guard b.count >= headerSize, Array(b[0..<8]) == magic else { return nil }
        func read<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T {
            var v: T = 0
            withUnsafeMutableBytes(of: &v) { $0.copyBytes(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(b)[at..<(at + MemoryLayout<T>.size)])) }
            return T(littleEndian: v)
        }
        let size = Int(read(8, UInt64.self))
        let print = read(16, UInt32.self)
        let slots = Int(read(20, UInt32.self))
        let count = Int(read(24, UInt32.self))
        guard size == file.count, print == withExtendedLifetime(file, { fingerprint(file.buffer) }),
              slots > 0, slots & (slots - 1) == 0, b.count == headerSize + 4 * slots else { return nil }
        return (slots, count)
    }

    /// The key hash is polynomial, h = Σ key[i]·base^(n−1−i): computed left to
    /// right when the file is read, and right to left (`SuffixHash`) for all
    /// suffixes of a word in one pass.
    static let base: UInt32 = 0x0100_0193

    static func hash<C: Collection>(_ key: C) -> UInt32 where C.Element == UInt8 {
        var h: UInt32 = 0
        for c in key { h = h &* base &+ UInt32(c) }
        return h
    }

    /// Spreads the bits of a key hash before it picks a slot.
    @inline(__always)
    static func mix(_ h: UInt32) -> UInt32 {
        var x = h ^ (h >> 16)
        x = x &* 0x45D9_F3B
        return x ^ (x >> 16)
    }

    /// The line (its byte offset) whose first field is exactly `key`, or nil.
    func find<C: Collection>(_ key: C) -> Int? where C.Element == UInt8 {
        find(key, hash: IndexedLines.hash(key))
    }

    /// `find` with the key's hash already known.
    func find<C: Collection>(_ key: C, hash: UInt32) -> Int? where C.Element == UInt8 {
        let h = IndexedLines.mix(hash)
        let tag = Int32(h >> 24)
        return self.table.withSlots { table -> Int? in
            file.withBytes { b -> Int? in
                var k = Int(h) & mask
                while true {
                    let slot = table[k]
                    if slot < 0 { return nil }
                    if slot & 0xFF == tag {
                        let line = Int(slot >> 8)
                        if IndexedLines.keyEquals(key, at: line, b) { return line }
                    }
                    k = (k + 1) & mask
                }
            }
        }
    }

    func contains<C: Collection>(_ key: C) -> Bool where C.Element == UInt8 { find(key) != nil }

    /// The fields of a line, as strings.
    func fields(_ line: Int) -> [String] {
        var result: [String] = []
        file.withBytes { b in
            var p = line
            var fieldStart = p
            while true {
                let c: UInt8 = p < b.count ? b[p] : 10
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

    /// Whether the first field of the line at byte `start` is exactly `key`.
    @inline(__always)
    private static func keyEquals<C: Collection>(_ key: C, at start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool where C.Element == UInt8 {
        var p = start
        let n = b.count
        for k in key {
            guard p < n, b[p] == k else { return false }
            p += 1
        }
        if p == n { return true }
        let c = b[p]
        return c == 9 || c == 10 || c == 13
    }
}

/// The hashes of a word's suffixes, longest last: feed the bytes from the end.
struct SuffixHash {
    private(set) var value: UInt32 = 0
    private var power: UInt32 = 1

    /// Puts a byte in front of the suffix hashed so far.
    @inline(__always)
    mutating func prepend(_ c: UInt8) {
        value = value &+ UInt32(c) &* power
        power = power &* IndexedLines.base
    }
}
