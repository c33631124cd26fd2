/// Tells whether a German word is an ordinary noun: listed itself, or a
/// compound of a listed noun and a listed head ("Verbotsverordnung" =
/// "verbot" + s + "verordnung").
///
/// The noun list leaves out the compounds this rule rebuilds, so the rule here
/// and in `Scripts/build-actor-lexicons` must stay the same: the first part is
/// at least three letters, may end in a linking element (s, es, n, en, e, er,
/// ens), and the head is at least four letters.
struct CompoundSplitter: Sendable {
    let nouns: IndexedLines
    static let links: [[UInt8]] = ["s", "es", "n", "en", "e", "er", "ens"].map { Array($0.utf8) }
    static let minimumPart = 3
    /// Heads are at least four letters, so that a name such as "Walm…art" is not split into "Walm" + "Art".
    static let minimumHead = 4
    /// Heads this long join any first part of four letters or more.
    static let longHead = 8

    /// `word` is the lower-case UTF-8 of one word without hyphens.
    func isKnown<C: RandomAccessCollection>(_ word: C) -> Bool where C.Element == UInt8, C.Index == Int {
        if nouns.contains(word) { return true }
        return splits(word)
    }

    /// True when `word` is a compound of a known first part and a listed head.
    func splits<C: RandomAccessCollection>(_ word: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let n = word.count
        let base = word.startIndex
        let m = CompoundSplitter.minimumPart
        let h = CompoundSplitter.minimumHead
        guard n >= m + h else { return false }
        // Every head is a suffix: their hashes come in one pass from the end.
        var hash = SuffixHash()
        var i = n - 1
        while i >= m {
            hash.prepend(word[base + i])
            // Never split inside a multi-byte character.
            if i <= n - h, word[base + i] & 0xC0 != 0x80, nouns.find(word[(base + i)...], hash: hash.value) != nil {
                // A long head makes a compound even after an adjective or preposition
                // ("Sozialwissenschaftler", "Überzahlung"); a short one needs a noun before it.
                if isStem(word[base..<(base + i)]) || (n - i >= CompoundSplitter.longHead && i >= 4) { return true }
            }
            i -= 1
        }
        return false
    }

    /// The part before the head: a listed noun, with or without a linking element.
    func isStem<C: RandomAccessCollection>(_ prefix: C) -> Bool where C.Element == UInt8, C.Index == Int {
        let m = CompoundSplitter.minimumPart
        guard prefix.count >= m else { return false }
        if nouns.contains(prefix) { return true }
        for link in CompoundSplitter.links where prefix.count - link.count >= m && prefix.suffix(link.count).elementsEqual(link) {
            if nouns.contains(prefix.dropLast(link.count)) { return true }
        }
        return false
    }
}
