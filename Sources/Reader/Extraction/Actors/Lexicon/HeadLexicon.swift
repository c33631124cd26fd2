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
    private(set) var nouns: [HeadNoun] = []
    /// Multi-word entries ("chief executive"), by their last word.
    private(set) var phrases: [String: [(words: [String], noun: Int)]] = [:]
    /// Titles by their exact lower-case form ("herr", "dr.").
    private(set) var titles: [String: HeadNoun] = [:]

    init(file: DataFile) {
        for line in file.lines where line.count >= 4 {
            guard let kind = HeadNoun.Kind(rawValue: line[1]) else { continue }
            let flags = line.count > 4 ? Set(line[4].split(separator: ",").map { String($0) }) : []
            let noun = HeadNoun(
                lemma: line[0], kind: kind, nounClass: line[2],
                gender: HeadNoun.Gender(rawValue: line[3]) ?? .unknown,
                adjectival: flags.contains("adj"), generic: flags.contains("generic"),
                national: flags.contains("national"), speaker: flags.contains("speaker"),
                compoundOnly: flags.contains("compound"))
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
        var result: [(Int, Int)] = []
        var node = 0
        guard end > 0, nodes[0].children.contains(where: { $0.0 == word[end - 1] }) else { return [] }
        var i = end - 1
        while i >= 0 {
            guard let next = nodes[node].children.first(where: { $0.0 == word[i] })?.1 else { break }
            node = Int(next)
            for e in nodes[node].entries { result.append((i, Int(e))) }
            i -= 1
        }
        return result.reversed()
    }

    /// Calls `body` for every lemma that is a suffix of `word[..<end]`, longest first, until it returns true.
    @inline(__always)
    func forEachSuffix(_ word: [UInt8], end: Int, _ body: (_ start: Int, _ noun: Int) -> Bool) {
        var found: [(Int, Int)] = []
        var node = 0
        var i = end - 1
        while i >= 0 {
            let byte = word[i]
            var next = -1
            for (b, child) in nodes[node].children where b == byte { next = Int(child); break }
            if next < 0 { break }
            node = next
            for e in nodes[node].entries { found.append((i, Int(e))) }
            i -= 1
        }
        var k = found.count - 1
        while k >= 0 {
            if body(found[k].0, found[k].1) { return }
            k -= 1
        }
    }

    /// Whether some lemma ends in this byte.
    @inline(__always)
    func canEnd(with byte: UInt8) -> Bool { nodes[0].children.contains { $0.0 == byte } }

    /// The lemma exactly equal to `word`, if any.
    func exact(_ word: [UInt8]) -> [Int] {
        suffixes(word, end: word.count).filter { $0.start == 0 }.map(\.noun)
    }
}
