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
    /// Children of the root by folded scalar, for the first step of every look-up.
    private var rootTable: [Int32] = []
    private static let rootTableSize: UInt32 = 0x250

    /// The root node.
    static let root: Int32 = 0

    /// Builds the trie from words (any case) with their entries; a word with no
    /// entries is a literal.
    init(words: [(word: String, entry: Entry?)]) {
        // Build with one dictionary of edges, then freeze into the hash table.
        var edgeMap: [UInt64: Int32] = [:]
        edgeMap.reserveCapacity(words.count * 4)
        var nodeEntries: [[Entry]] = [[]]
        var isTerminal: [Bool] = [false]
        for (word, entry) in words {
            var node: Int32 = 0
            for s in word.unicodeScalars {
                let key = WordTrie.key(node, WordTrie.fold(s.value))
                if let next = edgeMap[key] {
                    node = next
                } else {
                    nodeEntries.append([]); isTerminal.append(false)
                    let id = Int32(nodeEntries.count - 1)
                    edgeMap[key] = id
                    node = id
                }
            }
            isTerminal[Int(node)] = true
            if let entry, !nodeEntries[Int(node)].contains(entry) { nodeEntries[Int(node)].append(entry) }
        }
        var size = 16
        while size < edgeMap.count * 3 { size *= 2 }
        edgeKeys = [UInt64](repeating: 0, count: size)
        edgeTargets = [Int32](repeating: -1, count: size)
        edgeMask = size - 1
        rootTable = [Int32](repeating: -1, count: Int(WordTrie.rootTableSize))
        for (key, target) in edgeMap {
            var slot = WordTrie.slot(key, edgeMask)
            while edgeKeys[slot] != 0 { slot = (slot + 1) & edgeMask }
            edgeKeys[slot] = key
            edgeTargets[slot] = target
            let scalar = UInt32(truncatingIfNeeded: key) - 1
            if key >> 32 == 0 && scalar < WordTrie.rootTableSize { rootTable[Int(scalar)] = target }
        }
        entryStart.reserveCapacity(nodeEntries.count + 1)
        for list in nodeEntries {
            entries.append(contentsOf: list)
            entryStart.append(Int32(entries.count))
        }
        terminal = isTerminal
    }

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

    /// The class entries of a node.
    func entries(of node: Int32) -> ArraySlice<Entry> {
        guard node >= 0 else { return [] }
        return entries[Int(entryStart[Int(node)])..<Int(entryStart[Int(node) + 1])]
    }

    var nodeCount: Int { terminal.count }
}
