/// A case-folding trie over Unicode scalars: finds which listed words a token
/// is, or starts with, without building strings.
///
/// Every word the rules name (a word-class entry such as "jänner" or a literal
/// such as "vor") is a path from the root; its last node carries the word's
/// entries. Looking a token up walks its scalars once, folding upper case to
/// lower case on the way, so "Jänner", "JÄNNER" and "jänner" reach the same
/// node.
struct WordTrie: Sendable {
    /// One word-class membership of a word: its class, the value the class
    /// table gives it, and the case the text must have.
    struct Entry: Sendable, Equatable {
        var wordClass: Int
        var value: String
        var casing: Casing
    }

    /// Which case a listed word must have in the text.
    enum Casing: UInt8, Sendable {
        case any
        /// First letter upper case: "Morgen" (the morning), "May" (the month).
        case capitalized
        /// First letter lower case: "morgen" (tomorrow).
        case lower
    }

    // Frozen form: every edge (node, folded scalar) → child in an open-addressing
    // hash table; `edgeKeys` holds node << 32 | scalar + 1 (0 marks a free slot).
    private var edgeKeys: [UInt64] = []
    private var edgeTargets: [Int32] = []
    private var edgeMask: Int = 0
    /// Entries of node n are entries[entryStart[n] ..< entryStart[n + 1]].
    private var entryStart: [Int32] = [0]
    private(set) var entries: [Entry] = []
    /// Whether a node ends a listed word (with or without class entries).
    private var terminal: [Bool] = []
    /// Per node, bit c set when the word is in class c (c < 64): in any case,
    /// capitalised only, lower case only. The matcher's most frequent question.
    private var anyCaseClasses: [UInt64] = []
    private var capitalizedClasses: [UInt64] = []
    private var lowerClasses: [UInt64] = []
    /// Children of the root by folded scalar, for the first step of every look-up.
    private var rootTable: [Int32] = []
    private static let rootTableSize: UInt32 = 0x250

    /// The root node.
    static let root: Int32 = 0

    /// Builds the trie from words (any case) with their entries; a word with no
    /// entries is a literal.
    init(words: [(word: String, entry: Entry?)]) {
        var builder = Builder()
        for (word, entry) in words {
            let node = builder.insert(word.unicodeScalars.map(\.value))
            if let entry { builder.add(entry, to: node) }
        }
        self = builder.finish()
    }

    /// Builds a trie word by word: every edge goes straight into the open-addressing
    /// table (grown by doubling), entries are sorted into place at the end.
    struct Builder {
        private var keys = [UInt64](repeating: 0, count: 8192)
        private var targets = [Int32](repeating: -1, count: 8192)
        private var mask = 8191
        private var used = 0
        private var terminal: [Bool] = [false]
        private var rootTable = [Int32](repeating: -1, count: Int(WordTrie.rootTableSize))
        private var pending: [(node: Int32, entry: Entry)] = []

        init() {}

        /// The node of a word given as scalar values, made when missing; it becomes a listed word.
        mutating func insert(_ scalars: [UInt32]) -> Int32 {
            var node: Int32 = 0
            for v in scalars { node = step(node, WordTrie.fold(v)) }
            terminal[Int(node)] = true
            return node
        }

        /// The node of a UTF-8 word, made when missing; it becomes a listed word.
        mutating func insert(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            var node: Int32 = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b0 = UInt32(bytes[i])
                var v: UInt32
                if b0 < 0x80 { v = b0; i += 1 }
                else if b0 < 0xE0, i + 1 < n { v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2 }
                else if b0 < 0xF0, i + 2 < n {
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else if i + 3 < n {
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else { v = 0xFFFD; i = n }
                node = step(node, WordTrie.fold(v))
            }
            terminal[Int(node)] = true
            return node
        }

        /// Gives a node a class entry (once).
        mutating func add(_ entry: Entry, to node: Int32) { pending.append((node, entry)) }

        private mutating func step(_ node: Int32, _ folded: UInt32) -> Int32 {
            if node == 0 && folded < WordTrie.rootTableSize {
                let t = rootTable[Int(folded)]
                if t >= 0 { return t }
                let id = newNode()
                rootTable[Int(folded)] = id
                put(WordTrie.key(0, folded), id)
                return id
            }
            let key = WordTrie.key(node, folded)
            var slot = WordTrie.slot(key, mask)
            while true {
                let k = keys[slot]
                if k == key { return targets[slot] }
                if k == 0 { break }
                slot = (slot + 1) & mask
            }
            let id = newNode()
            put(key, id)
            return id
        }

        private mutating func newNode() -> Int32 {
            terminal.append(false)
            return Int32(terminal.count - 1)
        }

        private mutating func put(_ key: UInt64, _ target: Int32) {
            if (used + 1) * 3 > keys.count { grow() }
            var slot = WordTrie.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            targets[slot] = target
            used += 1
        }

        private mutating func grow() {
            let oldKeys = keys, oldTargets = targets
            keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
            targets = [Int32](repeating: -1, count: oldKeys.count * 2)
            mask = keys.count - 1
            for (k, key) in oldKeys.enumerated() where key != 0 {
                var slot = WordTrie.slot(key, mask)
                while keys[slot] != 0 { slot = (slot + 1) & mask }
                keys[slot] = key
                targets[slot] = oldTargets[k]
            }
        }

        /// The frozen trie.
        func finish() -> WordTrie {
            var trie = WordTrie()
            trie.edgeKeys = keys
            trie.edgeTargets = targets
            trie.edgeMask = mask
            trie.rootTable = rootTable
            trie.terminal = terminal
            // Entries grouped by node, in the order they were given, without repeats.
            var counts = [Int32](repeating: 0, count: terminal.count + 1)
            for p in pending { counts[Int(p.node) + 1] += 1 }
            for n in 0..<terminal.count { counts[n + 1] += counts[n] }
            var fill = counts
            var slots = [Entry?](repeating: nil, count: pending.count)
            for p in pending {
                slots[Int(fill[Int(p.node)])] = p.entry
                fill[Int(p.node)] += 1
            }
            var entries: [Entry] = []
            entries.reserveCapacity(pending.count)
            var start = [Int32](repeating: 0, count: terminal.count + 1)
            for n in 0..<terminal.count {
                let first = entries.count
                for k in Int(counts[n])..<Int(counts[n + 1]) {
                    let e = slots[k]!
                    if !entries[first...].contains(e) { entries.append(e) }
                }
                start[n + 1] = Int32(entries.count)
            }
            trie.entries = entries
            trie.entryStart = start
            var anyCase = [UInt64](repeating: 0, count: terminal.count)
            var capitalized = anyCase, lower = anyCase
            for n in 0..<terminal.count {
                for e in entries[Int(start[n])..<Int(start[n + 1])] where e.wordClass < 64 {
                    let bit: UInt64 = 1 << UInt64(e.wordClass)
                    switch e.casing {
                    case .any: anyCase[n] |= bit
                    case .capitalized: capitalized[n] |= bit
                    case .lower: lower[n] |= bit
                    }
                }
            }
            trie.anyCaseClasses = anyCase
            trie.capitalizedClasses = capitalized
            trie.lowerClasses = lower
            return trie
        }
    }

    private init() {}

    /// Folds a scalar for comparison: ASCII and Latin-1 letters to lower case.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32 {
        if v >= 0x41 && v <= 0x5A { return v + 0x20 }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if v == 0x2019 { return 0x27 }  // typographic apostrophe
        return v
    }

    @inline(__always)
    private static func key(_ node: Int32, _ folded: UInt32) -> UInt64 { UInt64(node) << 32 | UInt64(folded + 1) }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The child of `node` along a scalar, or -1.
    @inline(__always)
    func child(_ node: Int32, _ scalar: Unicode.Scalar) -> Int32 {
        let f = WordTrie.fold(scalar.value)
        if node == 0 && f < WordTrie.rootTableSize { return rootTable[Int(f)] }
        let key = WordTrie.key(node, f)
        var slot = WordTrie.slot(key, edgeMask)
        while true {
            let k = edgeKeys[slot]
            if k == key { return edgeTargets[slot] }
            if k == 0 { return -1 }
            slot = (slot + 1) & edgeMask
        }
    }

    /// The node a run of scalars leads to when it is a listed word, or -1.
    func lookup(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int32 {
        var node = WordTrie.root
        var i = start
        while i < end {
            node = child(node, scalars[i])
            if node < 0 { return -1 }
            i += 1
        }
        return terminal[Int(node)] ? node : -1
    }

    func isTerminal(_ node: Int32) -> Bool { terminal[Int(node)] }

    /// Whether the word of a node is in a class, for a token with or without a capital.
    @inline(__always)
    func isInClass(_ node: Int32, _ wordClass: Int, capitalized: Bool) -> Bool {
        let n = Int(node)
        guard wordClass < 64 else {
            return entries(of: node).contains { $0.wordClass == wordClass
                && ($0.casing == .any || ($0.casing == .capitalized) == capitalized) }
        }
        let bits = anyCaseClasses[n] | (capitalized ? capitalizedClasses[n] : lowerClasses[n])
        return bits & (1 << UInt64(wordClass)) != 0
    }

    /// The class entries of a node.
    func entries(of node: Int32) -> ArraySlice<Entry> {
        guard node >= 0 else { return [] }
        return entries[Int(entryStart[Int(node)])..<Int(entryStart[Int(node) + 1])]
    }

    var nodeCount: Int { terminal.count }
}
