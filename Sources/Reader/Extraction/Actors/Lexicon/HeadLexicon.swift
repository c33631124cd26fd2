/// The head nouns of one language, matched at the end of a word so that
/// compounds find their head ("US-Softwarekonzern" → konzern).
///
/// Entries sit in a trie of reversed lemmas; a match walks the word from its
/// last letter, so a look-up costs one step per letter and allocates nothing
/// until a head is found.
struct HeadLexicon: Sendable {
    private struct Node: Sendable {
        var children: [(UInt8, Int32)] = []
        var entries: [Int32] = []
    }

    private var nodes: [Node] = [Node()]
    // The trie flattened for look-ups: edges of node n are edgeByte/edgeTarget[firstEdge[n]..<firstEdge[n + 1]],
    // its entries entryList[firstEntry[n]..<firstEntry[n + 1]].
    private var firstEdge: [Int32] = []
    private var edgeByte: [UInt8] = []
    private var edgeTarget: [Int32] = []
    private var firstEntry: [Int32] = []
    private var entryList: [Int32] = []
    private(set) var nouns: [HeadNoun] = []
    /// Multi-word entries ("chief executive"), by their last word.
    private(set) var phrases: [String: [(words: [String], noun: Int)]] = [:]
    /// Titles by their exact lower-case form ("herr", "dr.").
    private(set) var titles: [String: HeadNoun] = [:]

    init(file: DataFile) {
        for line in file.lines where line.count >= 4 {
            guard let kind = HeadNoun.Kind(rawValue: line[1]) else { continue }
            let flags = line.count > 4 ? Set(line[4].split(separator: ",").map { String($0) }) : []
            var noun = HeadNoun(
                lemma: line[0], kind: kind, nounClass: line[2],
                gender: HeadNoun.Gender(rawValue: line[3]) ?? .unknown,
                adjectival: flags.contains("adj"), generic: flags.contains("generic"),
                national: flags.contains("national"), speaker: flags.contains("speaker"),
                compoundOnly: flags.contains("compound"))
            noun.capitalized = noun.lemma.capitalizedFirst
            noun.wordCount = 1 + noun.lemma.utf8.reduce(0) { $0 + ($1 == 32 ? 1 : 0) }
            if kind == .title {
                titles[noun.lemma] = noun
                continue
            }
            let words = noun.lemma.split(separator: " ").map(String.init)
            nouns.append(noun)
            let index = Int32(nouns.count - 1)
            if words.count > 1 {
                phrases[words[words.count - 1], default: []].append((words, Int(index)))
            } else {
                insert(Array(noun.lemma.utf8), index)
            }
        }
        flatten()
    }

    private mutating func flatten() {
        for node in nodes {
            firstEdge.append(Int32(edgeByte.count))
            for (b, t) in node.children { edgeByte.append(b); edgeTarget.append(t) }
            firstEntry.append(Int32(entryList.count))
            entryList.append(contentsOf: node.entries)
        }
        firstEdge.append(Int32(edgeByte.count))
        firstEntry.append(Int32(entryList.count))
        for (b, t) in nodes[0].children { rootChild[Int(b)] = t }
    }

    /// The root's children by byte, -1 where there is none.
    private var rootChild = [Int32](repeating: -1, count: 256)

    @inline(__always)
    private func child(_ node: Int, _ byte: UInt8) -> Int {
        if node == 0 { return Int(rootChild[Int(byte)]) }
        var e = Int(firstEdge[node])
        let end = Int(firstEdge[node + 1])
        while e < end {
            if edgeByte[e] == byte { return Int(edgeTarget[e]) }
            e += 1
        }
        return -1
    }

    private mutating func insert(_ word: [UInt8], _ entry: Int32) {
        var node = 0
        for byte in word.reversed() {
            if let next = nodes[node].children.first(where: { $0.0 == byte })?.1 {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[node].children.append((byte, next))
                node = Int(next)
            }
        }
        nodes[node].entries.append(entry)
    }

    /// Lemmas that are suffixes of `word[..<end]`, longest first: (start of the lemma, entry).
    func suffixes(_ word: [UInt8], end: Int) -> [(start: Int, noun: Int)] {
        var result: [(start: Int, noun: Int)] = []
        forEachSuffix(word, end: end) { start, noun in result.append((start, noun)); return false }
        return result
    }

    /// Calls `body` for every lemma that is a suffix of `word[..<end]`, longest first, until it returns true.
    @inline(__always)
    func forEachSuffix<C: RandomAccessCollection>(_ word: C, end: Int, _ body: (_ start: Int, _ noun: Int) -> Bool) where C.Element == UInt8, C.Index == Int {
        // Up to 32 matches along the walk, kept on the stack.
        var starts: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
        var nodesFound: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var node = 0
        var i = end - 1
        while i >= 0 && count < 8 {
            let next = child(node, word[i])
            if next < 0 { break }
            node = next
            if firstEntry[node] != firstEntry[node + 1] {
                withUnsafeMutableBytes(of: &starts) { $0.storeBytes(of: Int32(i), toByteOffset: count * 4, as: Int32.self) }
                withUnsafeMutableBytes(of: &nodesFound) { $0.storeBytes(of: Int32(node), toByteOffset: count * 4, as: Int32.self) }
                count += 1
            }
            i -= 1
        }
        var k = count - 1
        while k >= 0 {
            let start = withUnsafeBytes(of: &starts) { Int($0.load(fromByteOffset: k * 4, as: Int32.self)) }
            let n = withUnsafeBytes(of: &nodesFound) { Int($0.load(fromByteOffset: k * 4, as: Int32.self)) }
            for e in Int(firstEntry[n])..<Int(firstEntry[n + 1]) {
                if body(start, Int(entryList[e])) { return }
            }
            k -= 1
        }
    }

    /// Whether some lemma ends in this byte.
    @inline(__always)
    func canEnd(with byte: UInt8) -> Bool { !firstEdge.isEmpty && child(0, byte) >= 0 }

    /// The lemma exactly equal to `word`, if any.
    func exact(_ word: [UInt8]) -> [Int] {
        suffixes(word, end: word.count).filter { $0.start == 0 }.map(\.noun)
    }
}
