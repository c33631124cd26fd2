/// Word beginnings and endings that mark verb forms, from the `tense` word
/// class: `participle-prefix` ("ge", "abge"), `participle-ending` ("t", "en"),
/// `participle-suffix` ("iert"), `final-participle-prefix` ("er", "ver"),
/// `past-suffix` ("ed", "te"), `not-past-suffix` ("ste").
///
/// A participle counts as past only next to a perfect auxiliary ("hat …
/// eingeleitet"); a past-tense ending counts on its own ("rejected").
struct TenseAffixes: Sendable {
    var participlePrefixes: [[Unicode.Scalar]] = []
    var participleEndings: [[Unicode.Scalar]] = []
    var participleSuffixes: [[Unicode.Scalar]] = []
    /// Inseparable prefixes ("er", "ver"): a participle without "ge" ("erschienen",
    /// "verkauft"), taken only at the end of a clause, where German puts it.
    var finalParticiplePrefixes: [[Unicode.Scalar]] = []
    var pastSuffixes: [[Unicode.Scalar]] = []
    /// Endings that look past but are not ("ste" in "erste", "letzte").
    var notPastSuffixes: [[Unicode.Scalar]] = []

    /// Takes the affix entries out of a class file's entries; returns false for ordinary words.
    mutating func add(_ affix: String, kind: String) -> Bool {
        guard kind.hasSuffix("-prefix") || kind.hasSuffix("-suffix") || kind.hasSuffix("-ending") else { return false }
        let scalars = Array(affix.lowercased().unicodeScalars)
        switch kind {
        case "participle-prefix": participlePrefixes.append(scalars)
        case "participle-ending": participleEndings.append(scalars)
        case "participle-suffix": participleSuffixes.append(scalars)
        case "final-participle-prefix": finalParticiplePrefixes.append(scalars)
        case "past-suffix": pastSuffixes.append(scalars)
        case "not-past-suffix": notPastSuffixes.append(scalars)
        default: return false
        }
        return true
    }

    /// A lower-case word with a participle's shape: "gegeben", "eingeleitet", "kritisiert".
    /// At the end of a clause, also one with an inseparable prefix: "erschienen".
    func isParticiple(_ s: [Unicode.Scalar], _ r: TextRange, clauseFinal: Bool = false) -> Bool {
        guard r.length >= 5 else { return false }
        if participleSuffixes.contains(where: { hasSuffix(s, r, $0) }) { return true }
        guard participleEndings.contains(where: { hasSuffix(s, r, $0) }) else { return false }
        let prefixes = clauseFinal ? participlePrefixes + finalParticiplePrefixes : participlePrefixes
        return prefixes.contains { p in
            guard p.count + 2 < r.length else { return false }
            for k in 0..<p.count where WordTrie.fold(s[r.start + k].value) != p[k].value { return false }
            return true
        }
    }

    /// A lower-case word with a past-tense ending: "rejected", "setzte"
    /// (not "erste"; the caller leaves out words after an article: "die geplante").
    func isPastForm(_ s: [Unicode.Scalar], _ r: TextRange) -> Bool {
        pastSuffixes.contains { $0.count + 2 < r.length && hasSuffix(s, r, $0) }
            && !notPastSuffixes.contains { hasSuffix(s, r, $0) }
    }

    private func hasSuffix(_ s: [Unicode.Scalar], _ r: TextRange, _ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count < r.length else { return false }
        let start = r.end - suffix.count
        for k in 0..<suffix.count where WordTrie.fold(s[start + k].value) != suffix[k].value { return false }
        return true
    }
}
