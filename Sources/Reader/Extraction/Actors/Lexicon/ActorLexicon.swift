/// Every word list the actor extractor uses, loaded once per process.
///
/// Large lists stay sorted bytes searched in place (`SortedLines`); small
/// ones become dictionaries. Loading takes a few milliseconds in a release build.
struct ActorLexicon: Sendable {
    /// German common nouns, with compound splitting.
    let germanNouns: CompoundSplitter
    let firstNames: SortedLines
    let places: SortedLines
    let countries: CountryTable
    let heads: [Language: HeadLexicon]
    let cues: [Language: CueWords]
    /// Legal forms without a final dot ("Inc", "GmbH", "B.V").
    let legalForms: Set<String>
    /// Lower-case words that are never names by themselves (function words, sentence starters).
    let functionWords: Set<String>
    /// The longest function or cue word in bytes: longer words need no look-up.
    let longestFunctionWord: Int
    /// Endings of German common nouns ("-ung", "-keit"), as UTF-8.
    let germanNounSuffixes: [[UInt8]]

    static let shared = ActorLexicon.load()

    static func load() -> ActorLexicon {
        let text = TextData.shared
        var function = Set<String>()
        for list in text.functionWords.values { function.formUnion(list.words) }
        function.formUnion(text.sentenceStarters.words)
        let cues: [Language: CueWords] = [.de: CueWords(file: .load("de/actors/cue-words.txt")),
                                          .en: CueWords(file: .load("en/actors/cue-words.txt"))]
        var longest = function.map(\.utf8.count).max() ?? 0
        for c in cues.values { longest = max(longest, c.longestWord) }
        return ActorLexicon(
            germanNouns: CompoundSplitter(nouns: .load("de/actors/common-nouns.txt")),
            firstNames: .load("common/actors/first-names.txt"),
            places: .load("common/actors/places.txt"),
            countries: CountryTable(
                countries: .load("common/actors/countries.txt"),
                nationalities: .load("common/actors/nationalities.txt")),
            heads: [.de: HeadLexicon(file: .load("de/actors/heads.txt")),
                    .en: HeadLexicon(file: .load("en/actors/heads.txt"))],
            cues: cues,
            legalForms: Set(DataFile.load("common/actors/legal-forms.txt").entries),
            functionWords: function,
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
        let all = Array(lower.utf8)
        var partStart = 0
        for (i, b) in all.enumerated() where b == 0x2D { partStart = i + 1 }
        guard partStart < all.count else { return false }
        let last = partStart == 0 ? all : Array(all[partStart...])
        if germanNouns.isKnown(last) { return true }
        return last.count > 6 && germanNounSuffixes.contains { ActorLexicon.hasSuffix(last, $0) }
    }

    static let germanEndings: [(String, [UInt8])] = ["", "nen", "n", "en", "s", "es", "e", "er", "em"].map { ($0, Array($0.utf8)) }
    static let englishEndings: [(String, [UInt8])] = ["", "s", "es"].map { ($0, Array($0.utf8)) }

    @inline(__always)
    static func hasSuffix(_ bytes: [UInt8], _ e: [UInt8]) -> Bool {
        guard e.count <= bytes.count else { return false }
        var i = bytes.count - e.count
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
        guard let lexicon = heads[language] else { return nil }
        let all = Array(lower.utf8)
        // The last part of a hyphenated compound: after "-" (or U+2010, U+2011: E2 80 90/91).
        var partStart = 0
        for (i, b) in all.enumerated() {
            if b == 0x2D { partStart = i + 1 }
            else if b == 0xE2, i + 2 < all.count, all[i + 1] == 0x80, all[i + 2] == 0x90 || all[i + 2] == 0x91 { partStart = i + 3 }
        }
        let bytes = partStart == 0 ? all : Array(all[partStart...])
        guard bytes.count >= 2 else { return nil }
        let endings = language == .de ? ActorLexicon.germanEndings : ActorLexicon.englishEndings
        var result: HeadMatch?
        for (ending, e) in endings {
            guard bytes.count > e.count + 1, ActorLexicon.hasSuffix(bytes, e), lexicon.canEnd(with: bytes[bytes.count - e.count - 1]) else { continue }
            let end = bytes.count - e.count
            let plural = ending == "nen" || (language == .en && !ending.isEmpty)
            lexicon.forEachSuffix(bytes, end: end) { start, index in
                let noun = lexicon.nouns[index]
                let fits = noun.adjectival ? ActorLexicon.adjectiveEndings.contains(ending) : ActorLexicon.nounEndings.contains(ending)
                if !fits { return false }
                if start > 0 {
                    guard language == .de else { return false }
                    let prefix = bytes[0..<start]
                    guard prefix.count >= 4 || germanNouns.isStem(prefix) else { return false }
                } else if noun.compoundOnly && partStart == 0 {
                    return false
                }
                // The prefix as written: the token's text up to the lemma.
                let prefixBytes = partStart + start
                let prefixScalars = String(decoding: all[0..<prefixBytes], as: UTF8.self).unicodeScalars.count
                let prefixText = String(String.UnicodeScalarView(text.unicodeScalars.prefix(prefixScalars)))
                let lemma = (prefixText.isEmpty || prefixText.endsWith("-")) && language == .de ? noun.lemma.capitalizedFirst : noun.lemma
                result = HeadMatch(noun: noun, prefix: prefixText, plural: plural,
                                   lemmaForm: prefixText + (noun.adjectival ? lemma + "e" : lemma))
                return true
            }
            if result != nil { return result }
        }
        if language == .en, lower.endsWith("ies"), bytes.count > 4 {
            let singular = String(lower.dropLast(3)) + "y"
            if let i = lexicon.exact(Array(singular.utf8)).first {
                return HeadMatch(noun: lexicon.nouns[i], prefix: "", plural: true, lemmaForm: singular)
            }
        }
        if language == .en, lower.endsWith("men"), bytes.count > 4 {
            let singular = String(lower.dropLast(3)) + "man"
            if let i = lexicon.exact(Array(singular.utf8)).first {
                return HeadMatch(noun: lexicon.nouns[i], prefix: "", plural: true, lemmaForm: singular)
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
