/// Remembers the look-ups of one document, so that a word that occurs many
/// times (or is asked about by several steps) is looked up once.
///
/// One memo serves one extraction; it is never shared between threads.
final class LexicalMemo {
    let lexicon: ActorLexicon
    let language: Language
    private var firstNames: [String: HeadNoun.Gender?] = [:]
    private var places: [String: (name: String, country: String, kind: String)?] = [:]
    private var nouns: [String: Bool] = [:]
    private var listedNouns: [String: Bool] = [:]
    private var headsByText: [String: HeadMatch?] = [:]
    private var countries: [String: String?] = [:]

    /// The tokens' texts and lower-case forms without a possessive "'s", for the per-token caches.
    private let tokens: [Token]
    private let words: [WordInfo]
    private var nounAt: [UInt8]
    private var listedAt: [UInt8]
    private var firstAt: [UInt8]
    // Per token: 0 not asked yet, 1 none, k + 2 the k-th stored answer.
    private var placeAt: [Int32]
    private var headAt: [Int32]
    private var countryAt: [Int32]
    private var placeStore: [(name: String, country: String, kind: String)] = []
    private var headStore: [HeadMatch] = []
    private var countryStore: [String] = []
    /// The head nouns and cue words of the document's language.
    let heads: HeadLexicon
    let cues: CueWords

    init(lexicon: ActorLexicon, document: Document, words: [WordInfo]) {
        self.lexicon = lexicon
        self.language = document.language
        let n = document.tokens.count
        tokens = document.tokens
        self.words = words
        nounAt = Array(repeating: 0, count: n)
        listedAt = Array(repeating: 0, count: n)
        firstAt = Array(repeating: 0, count: n)
        placeAt = Array(repeating: 0, count: n)
        headAt = Array(repeating: 0, count: n)
        countryAt = Array(repeating: 0, count: n)
        heads = lexicon.heads[document.language] ?? HeadLexicon(file: DataFile(name: "", text: ""))
        cues = lexicon.cues[document.language] ?? CueWords(file: DataFile(name: "", text: ""))
    }

    // MARK: by token (a possessive "'s" left out)

    private func bareWord(_ i: Int) -> String { words[i].hasApostrophe ? NameFinder.stripPossessive(words[i].lower) : words[i].lower }
    private func bareText(_ i: Int) -> String { words[i].hasApostrophe ? NameFinder.stripPossessive(tokens[i].text) : tokens[i].text }

    /// Token `i` is an ordinary German noun.
    func isGermanNoun(at i: Int) -> Bool {
        if nounAt[i] == 0 { nounAt[i] = lexicon.isGermanNoun(bareWord(i)) ? 2 : 1 }
        return nounAt[i] == 2
    }

    /// Token `i` is in the German noun list as it is.
    func isListedNoun(at i: Int) -> Bool {
        if listedAt[i] == 0 { listedAt[i] = lexicon.germanNouns.nouns.contains(bareWord(i).utf8) ? 2 : 1 }
        return listedAt[i] == 2
    }

    /// Token `i` is a first name: its gender, or nil.
    func firstName(at i: Int) -> HeadNoun.Gender? {
        if firstAt[i] == 0 {
            switch lexicon.firstName(bareText(i)) {
            case nil: firstAt[i] = 1
            case .masculine?: firstAt[i] = 2
            case .feminine?: firstAt[i] = 3
            default: firstAt[i] = 4
            }
        }
        switch firstAt[i] {
        case 2: return .masculine
        case 3: return .feminine
        case 4: return .unknown
        default: return nil
        }
    }

    func place(at i: Int) -> (name: String, country: String, kind: String)? {
        if placeAt[i] == 0 {
            if let v = lexicon.place(bareWord(i)) { placeStore.append(v); placeAt[i] = Int32(placeStore.count + 1) } else { placeAt[i] = 1 }
        }
        return placeAt[i] >= 2 ? placeStore[Int(placeAt[i]) - 2] : nil
    }

    func head(at i: Int) -> HeadMatch? {
        if headAt[i] == 0 {
            if let v = lexicon.head(bareText(i), lower: bareWord(i), language: language) {
                headStore.append(v); headAt[i] = Int32(headStore.count + 1)
            } else { headAt[i] = 1 }
        }
        return headAt[i] >= 2 ? headStore[Int(headAt[i]) - 2] : nil
    }

    func country(at i: Int) -> String? {
        if countryAt[i] == 0 {
            if let v = lexicon.countries.country(named: bareText(i)) { countryStore.append(v); countryAt[i] = Int32(countryStore.count + 1) } else { countryAt[i] = 1 }
        }
        return countryAt[i] >= 2 ? countryStore[Int(countryAt[i]) - 2] : nil
    }

    // MARK: by string

    func firstName(_ word: String) -> HeadNoun.Gender? {
        if let v = firstNames[word] { return v }
        let v = lexicon.firstName(word)
        firstNames[word] = v
        return v
    }

    func place(_ lower: String) -> (name: String, country: String, kind: String)? {
        if let v = places[lower] { return v }
        let v = lexicon.place(lower)
        places[lower] = v
        return v
    }

    /// An ordinary German noun, directly listed or as a compound.
    func isGermanNoun(_ lower: String) -> Bool {
        if let v = nouns[lower] { return v }
        let v = lexicon.isGermanNoun(lower)
        nouns[lower] = v
        return v
    }

    /// Listed as it is in the German noun list (no compound splitting).
    func isListedNoun(_ lower: String) -> Bool {
        if let v = listedNouns[lower] { return v }
        let v = lexicon.germanNouns.nouns.contains(lower.utf8)
        listedNouns[lower] = v
        return v
    }

    /// The head noun of a word in the document's language.
    func head(_ text: String, lower: String) -> HeadMatch? {
        if let v = headsByText[text] { return v }
        let v = lexicon.head(text, lower: lower, language: language)
        headsByText[text] = v
        return v
    }

    func country(named name: String) -> String? {
        if let v = countries[name] { return v }
        let v = lexicon.countries.country(named: name)
        countries[name] = v
        return v
    }
}
