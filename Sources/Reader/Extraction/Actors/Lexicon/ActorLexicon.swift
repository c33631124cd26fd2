/// Every word list the actor extractor uses, loaded once per process.
///
/// Large lists stay sorted bytes searched in place (`IndexedLines`); small
/// ones become dictionaries. Loading takes a few milliseconds in a release build.
struct ActorLexicon: Sendable {
    /// German common nouns, with compound splitting.
    let germanNouns: CompoundSplitter
    let firstNames: IndexedLines
    let places: IndexedLines
    let countries: CountryTable
    let heads: [Language: HeadLexicon]
    let germanHeads: HeadLexicon
    let englishHeads: HeadLexicon
    let cues: [Language: CueWords]
    /// Legal forms without a final dot ("Inc", "GmbH", "B.V").
    let legalForms: Set<String>
    /// Lower-case words that are never names by themselves (function words, sentence starters).
    let functionWords: Set<String>
    /// A short word's cue roles and whether it is a function word, in one table per language.
    struct SmallWord: Sendable {
        var roles: CueWords.Roles
        var function: Bool
    }
    let smallWords: [Language: [String: SmallWord]]
    /// The same tables keyed by bytes.
    struct SmallWords: Sendable {
        let table: ByteTable
        let entries: [SmallWord]

        init(_ words: [String: SmallWord]) {
            var entries: [SmallWord] = []
            var pairs: [(String, Int32)] = []
            for (w, e) in words {
                pairs.append((w, Int32(entries.count)))
                entries.append(e)
            }
            table = ByteTable(pairs)
            self.entries = entries
        }

        @inline(__always)
        func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> SmallWord? {
            table.value(bytes).map { entries[Int($0)] }
        }

        func entry(_ word: String) -> SmallWord? {
            table.value(word).map { entries[Int($0)] }
        }
    }
    let smallWordTables: [Language: SmallWords]
    /// The two-byte beginnings of all small words (any language, any case).
    let smallWordFilter: PrefixFilter
    /// The longest function or cue word in bytes: longer words need no look-up.
    let longestFunctionWord: Int
    /// Endings of German common nouns ("-ung", "-keit"), as UTF-8.
    let germanNounSuffixes: [[UInt8]]

    static let shared = ActorLexicon.load()

    /// The large lists, each with a stored index (`IndexedLines`): nouns, first names, places.
    static let indexedLists = ["de/actors/common-nouns.txt", "common/actors/first-names.txt", "common/actors/places.txt"]

    /// Writes the index file of every large list (`reader --write-indexes`); returns the paths written.
    static func writeIndexes() -> [String] {
        guard let root = ResourceLocator.root else { return [] }
        var written: [String] = []
        for name in indexedLists {
            guard let file = MappedFile(path: root + "/" + name) else { continue }
            let path = root + "/" + name + ".idx"
            if FileSystem.writeFile(path, IndexedLines(file: file).indexFile()) { written.append(path) }
        }
        return written
    }

    static func load() -> ActorLexicon {
        let text = TextData.shared
        var function = Set<String>()
        for list in text.functionWords.values { function.formUnion(list.words) }
        function.formUnion(text.sentenceStarters.words)
        let cues: [Language: CueWords] = [.de: CueWords(file: DataFile.load("de/actors/cue-words.txt")),
                                          .en: CueWords(file: DataFile.load("en/actors/cue-words.txt"))]
        let germanHeads = HeadLexicon(file: DataFile.load("de/actors/heads.txt"))
        let englishHeads = HeadLexicon(file: DataFile.load("en/actors/heads.txt"))
        var longest = function.map(\.utf8.count).max() ?? 0
        for c in cues.values { longest = max(longest, c.longestWord) }
        var small: [Language: [String: SmallWord]] = [:]
        for (language, c) in cues {
            var table: [String: SmallWord] = [:]
            for w in function { table[w] = SmallWord(roles: [], function: true) }
            for (w, r) in c.allRoles {
                let isFunction = function.contains(w) || r.contains(.pronoun) || r.contains(.nonName)
                table[w] = SmallWord(roles: r, function: isFunction)
            }
            // The same words capitalised, so that a token is looked up as written ("Die", "The").
            for (w, entry) in table where table[w.capitalizedFirst] == nil { table[w.capitalizedFirst] = entry }
            small[language] = table
        }
        return ActorLexicon(
            germanNouns: CompoundSplitter(nouns: .load(indexedLists[0])),
            firstNames: .load(indexedLists[1]),
            places: .load(indexedLists[2]),
            countries: CountryTable(
                countries: DataFile.load("common/actors/countries.txt"),
                nationalities: DataFile.load("common/actors/nationalities.txt")),
            heads: [.de: germanHeads, .en: englishHeads],
            germanHeads: germanHeads,
            englishHeads: englishHeads,
            cues: cues,
            legalForms: Set(DataFile.load("common/actors/legal-forms.txt").entries),
            functionWords: function,
            smallWords: small,
            smallWordTables: small.mapValues { SmallWords($0) },
            smallWordFilter: PrefixFilter(small.values.flatMap(\.keys)),
            longestFunctionWord: longest,
            germanNounSuffixes: DataFile.load("de/actors/noun-suffixes.txt").entries.map { Array($0.utf8) })
    }

    /// The gender of a first name as written ("Donald" → m), or nil when it is not one.
    func firstName(_ word: String) -> HeadNoun.Gender? {
        guard let line = firstNames.find(word.utf8) else { return nil }
        let f = firstNames.fields(line)
        return f.count > 1 ? HeadNoun.Gender(rawValue: String(f[1])) ?? .unknown : .unknown
    }

    /// A known place by its lower-case name: (name, country code or "", kind).
    func place(_ lower: String) -> (name: String, country: String, kind: String)? {
        guard let line = places.find(lower.utf8) else { return nil }
        let f = places.fields(line)
        guard f.count >= 4 else { return nil }
        return (String(f[1]), String(f[2]), String(f[3]))
    }

    /// True when a German word (lower case, hyphens allowed) is an ordinary noun.
    func isGermanNoun(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { all in
            var partStart = 0
            for i in 0..<all.count where all[i] == 0x2D { partStart = i + 1 }
            guard partStart < all.count else { return false }
            let last = all[partStart...]
            if germanNouns.isKnown(last) { return true }
            return last.count > 6 && germanNounSuffixes.contains { ActorLexicon.hasSuffix(last, $0) }
        }
    }

    /// An inflectional ending a head noun may carry, and what it allows.
    struct Ending: Sendable {
        var bytes: [UInt8]
        var noun: Bool
        var adjective: Bool
        var plural: Bool
    }

    static let germanEndings: [Ending] = ["", "nen", "n", "en", "s", "es", "e", "er", "em"].map {
        Ending(bytes: Array($0.utf8), noun: nounEndings.contains($0), adjective: adjectiveEndings.contains($0), plural: $0 == "nen")
    }
    static let englishEndings: [Ending] = ["", "s", "es"].map {
        Ending(bytes: Array($0.utf8), noun: true, adjective: false, plural: !$0.isEmpty)
    }

    @inline(__always)
    static func hasSuffix<C: RandomAccessCollection>(_ bytes: C, _ e: [UInt8]) -> Bool where C.Element == UInt8, C.Index == Int {
        guard e.count <= bytes.count else { return false }
        var i = bytes.startIndex + bytes.count - e.count
        for b in e { if bytes[i] != b { return false }; i += 1 }
        return true
    }

    static let adjectiveEndings: Set<String> = ["e", "er", "en", "em", "es"]
    static let nounEndings: Set<String> = ["", "nen", "n", "en", "s", "es", "e"]

    /// The head noun at the end of a word, with its prefix and number.
    ///
    /// German: "Bundesrichterin" → richterin; "Influencern" → influencer (plural);
    /// "Einzelhandelsriesen" → riese with the form "Einzelhandelsriese". English:
    /// "spokesmen" → spokesman (plural). `text` is the word as written.
    func head(_ text: String, lower: String, language: Language) -> HeadMatch? {
        var lower = lower
        return lower.withUTF8 { all in head(text, all, language: language) }
    }

    private func head(_ text: String, _ all: UnsafeBufferPointer<UInt8>, language: Language) -> HeadMatch? {
        // The lexicon is passed on, not copied (a copy retains every one of its arrays).
        language == .de ? head(text, all, language: language, lexicon: germanHeads)
            : head(text, all, language: language, lexicon: englishHeads)
    }

    private func head(_ text: String, _ all: UnsafeBufferPointer<UInt8>, language: Language, lexicon: HeadLexicon) -> HeadMatch? {
        // The last part of a hyphenated compound: after "-" (or U+2010, U+2011: E2 80 90/91).
        var partStart = 0
        var i = 0
        while i < all.count {
            let b = all[i]
            if b == 0x2D { partStart = i + 1 }
            else if b == 0xE2, i + 2 < all.count, all[i + 1] == 0x80, all[i + 2] == 0x90 || all[i + 2] == 0x91 { partStart = i + 3 }
            i += 1
        }
        let bytes = UnsafeBufferPointer(rebasing: all[partStart...])
        guard bytes.count >= 2 else { return nil }
        let endings = language == .de ? ActorLexicon.germanEndings : ActorLexicon.englishEndings
        for ending in endings {
            let e = ending.bytes
            guard bytes.count > e.count + 1, ActorLexicon.hasSuffix(bytes, e), lexicon.canEnd(with: bytes[bytes.count - e.count - 1]) else { continue }
            var found: HeadMatch?
            lexicon.forEachSuffix(bytes, end: bytes.count - e.count) { start, index in
                let noun = lexicon.nouns[index]
                if noun.adjectival ? !ending.adjective : !ending.noun { return false }
                if start > 0 {
                    guard language == .de else { return false }
                    let prefix = bytes[0..<start]
                    guard prefix.count >= 4 || germanNouns.isStem(Array(prefix)[...]) else { return false }
                } else if noun.compoundOnly && partStart == 0 {
                    return false
                }
                // The prefix in scalars: count the bytes that start a scalar.
                var scalars = 0
                for k in 0..<(partStart + start) where all[k] & 0xC0 != 0x80 { scalars += 1 }
                // "Influencern": -n after -er or -el is the dative plural.
                let datives = language == .de && e.count == 1 && e[0] == 0x6E && (noun.lemma.endsWith("er") || noun.lemma.endsWith("el"))
                // Feminine nouns have no case endings in the singular: "Frauen", "Richterinnen" are plural.
                let feminine = language == .de && !noun.adjectival && noun.gender == .feminine && !e.isEmpty
                found = HeadMatch(noun: noun, word: text, prefixLength: scalars, plural: ending.plural || datives || feminine, language: language,
                                  inflected: !e.isEmpty)
                return true
            }
            if let found { return found }
        }
        if language == .en {
            let lowerText = String(decoding: all, as: UTF8.self)
            for (ending, replacement) in [("ies", "y"), ("men", "man")] where lowerText.endsWith(ending) && bytes.count > 4 {
                let singular = String(lowerText.dropLast(3)) + replacement
                if let i = lexicon.exact(Array(singular.utf8)).first {
                    return HeadMatch(noun: lexicon.nouns[i], word: singular, prefixLength: 0, plural: true, language: .en)
                }
            }
        }
        return nil
    }
}

extension String {
    /// The string with its first letter in upper case: "richterin" → "Richterin".
    var capitalizedFirst: String {
        guard let first = unicodeScalars.first else { return self }
        return String(first).uppercased() + String(unicodeScalars.dropFirst())
    }
}
