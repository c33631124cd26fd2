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
    /// Endings of German common nouns ("-ung", "-keit").
    let germanNounSuffixes: [String]

    static let shared = ActorLexicon.load()

    static func load() -> ActorLexicon {
        let text = TextData.shared
        var function = Set<String>()
        for list in text.functionWords.values { function.formUnion(list.words) }
        function.formUnion(text.sentenceStarters.words)
        return ActorLexicon(
            germanNouns: CompoundSplitter(nouns: .load("de/actors/common-nouns.txt")),
            firstNames: .load("common/actors/first-names.txt"),
            places: .load("common/actors/places.txt"),
            countries: CountryTable(
                countries: .load("common/actors/countries.txt"),
                nationalities: .load("common/actors/nationalities.txt")),
            heads: [.de: HeadLexicon(file: .load("de/actors/heads.txt")),
                    .en: HeadLexicon(file: .load("en/actors/heads.txt"))],
            cues: [.de: CueWords(file: .load("de/actors/cue-words.txt")),
                   .en: CueWords(file: .load("en/actors/cue-words.txt"))],
            legalForms: Set(DataFile.load("common/actors/legal-forms.txt").entries),
            functionWords: function,
            germanNounSuffixes: DataFile.load("de/actors/noun-suffixes.txt").entries)
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
        var last = Substring(lower)
        if let h = lower.lastIndex(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
            last = lower[lower.index(after: h)...]
        }
        guard !last.isEmpty else { return false }
        if germanNouns.isKnown(Array(last.utf8)) { return true }
        return last.count > 6 && germanNounSuffixes.contains { last.hasSuffix($0) }
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
        var partStart = lower.startIndex
        if let h = lower.lastIndex(where: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }) {
            partStart = lower.index(after: h)
        }
        let tokenPrefixLength = lower.unicodeScalars[..<partStart].count
        let bytes = Array(lower[partStart...].utf8)
        guard bytes.count >= 2 else { return nil }
        let endings: [String] = language == .de ? ["", "nen", "n", "en", "s", "es", "e", "er", "em"] : ["", "s", "es"]
        for ending in endings {
            let e = Array(ending.utf8)
            guard bytes.count > e.count + 1, bytes.suffix(e.count).elementsEqual(e) else { continue }
            let end = bytes.count - e.count
            let plural = ending == "nen" || (language == .en && !ending.isEmpty)
            for (start, index) in lexicon.suffixes(bytes, end: end) {
                let noun = lexicon.nouns[index]
                let fits = noun.adjectival ? ActorLexicon.adjectiveEndings.contains(ending) : ActorLexicon.nounEndings.contains(ending)
                if !fits { continue }
                if start > 0 {
                    guard language == .de else { continue }
                    let prefix = bytes[0..<start]
                    guard prefix.count >= 4 || germanNouns.isStem(prefix) else { continue }
                } else if noun.compoundOnly && tokenPrefixLength == 0 {
                    continue
                }
                let prefixScalars = tokenPrefixLength + String(decoding: bytes[0..<start], as: UTF8.self).unicodeScalars.count
                let prefixText = String(String.UnicodeScalarView(text.unicodeScalars.prefix(prefixScalars)))
                let lemma = (prefixText.isEmpty || prefixText.hasSuffix("-")) && language == .de ? noun.lemma.capitalizedFirst : noun.lemma
                let plural = plural || (language == .de && ending == "n" && (noun.lemma.hasSuffix("er") || noun.lemma.hasSuffix("el")))
                return HeadMatch(noun: noun, prefix: prefixText, plural: plural,
                                 lemmaForm: prefixText + (noun.adjectival ? lemma + "e" : lemma))
            }
        }
        if language == .en, lower.hasSuffix("ies"), bytes.count > 4 {
            let singular = String(lower.dropLast(3)) + "y"
            if let i = lexicon.exact(Array(singular.utf8)).first {
                return HeadMatch(noun: lexicon.nouns[i], prefix: "", plural: true, lemmaForm: singular)
            }
        }
        if language == .en, lower.hasSuffix("men"), bytes.count > 4 {
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
