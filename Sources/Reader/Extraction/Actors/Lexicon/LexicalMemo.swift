/// Remembers the look-ups of one document, so that a word that occurs many
/// times (or is asked about by several steps) is looked up once.
///
/// Look-ups by token are kept per distinct word form (`WordTypes`): every
/// answer depends on the word's text alone. The tables are plain memory, so
/// reading them costs no exclusivity checks. One memo serves one extraction;
/// it is never shared between threads.
final class LexicalMemo {
    let lexicon: ActorLexicon
    let language: Language
    private var firstNames: [String: HeadNoun.Gender?] = [:]
    private var places: [String: (name: String, country: String, kind: String)?] = [:]
    private var nouns: [String: Bool] = [:]
    private var listedNouns: [String: Bool] = [:]
    private var headsByText: [String: HeadMatch?] = [:]
    private var countries: [String: String?] = [:]

    private let tokens: [Token]
    private let words: [WordInfo]
    /// The document's distinct word forms.
    let types: WordTypes
    private let typeOf: [Int32]
    // Per form: 0 not asked yet, 1 no, 2 yes (first names: 2 m, 3 f, 4 unknown gender).
    private let nounAt: UnsafeMutableBufferPointer<UInt8>
    private let listedAt: UnsafeMutableBufferPointer<UInt8>
    private let firstAt: UnsafeMutableBufferPointer<UInt8>
    private let titleAt: UnsafeMutableBufferPointer<UInt8>
    private let orgWordAt: UnsafeMutableBufferPointer<UInt8>
    /// Free per-form slots for the steps that use the memo (0 until set).
    let flags: UnsafeMutableBufferPointer<UInt8>
    /// Per distinct lower-case form (`WordTypes.lowerID`), free slots (0 until set).
    let lowerFlags: UnsafeMutableBufferPointer<UInt8>
    // Per form: 0 not asked yet, 1 none, k + 2 the k-th stored answer.
    @exclusivity(unchecked) private var placeAt: FormAnswers<(name: String, country: String, kind: String)>
    @exclusivity(unchecked) private var headAt: FormAnswers<HeadMatch>
    @exclusivity(unchecked) private var countryAt: FormAnswers<String>
    /// The head nouns and cue words of the document's language.
    let heads: HeadLexicon
    let cues: CueWords

    /// Slots of `flags` (several steps share the table).
    enum Flag {
        static let hyphenatedName = 0
        static let englishAdjective = 1
        static let count = 2
    }

    init(lexicon: ActorLexicon, document: Document, words: [WordInfo], types: WordTypes) {
        self.lexicon = lexicon
        self.language = document.language
        tokens = document.tokens
        self.words = words
        self.types = types
        typeOf = types.typeOf
        let n = types.count
        func bytes(_ count: Int) -> UnsafeMutableBufferPointer<UInt8> {
            let b = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(count, 1))
            b.initialize(repeating: 0)
            return b
        }
        nounAt = bytes(n)
        listedAt = bytes(n)
        firstAt = bytes(n)
        titleAt = bytes(n)
        orgWordAt = bytes(n)
        flags = bytes(n * Flag.count)
        lowerFlags = bytes(types.lowerCount)
        placeAt = FormAnswers(count: n)
        headAt = FormAnswers(count: n)
        countryAt = FormAnswers(count: n)
        heads = lexicon.heads[document.language] ?? HeadLexicon(file: DataFile(name: "", text: ""))
        cues = lexicon.cues[document.language] ?? CueWords(file: DataFile(name: "", text: ""))
    }

    deinit {
        for b in [nounAt, listedAt, firstAt, titleAt, orgWordAt, flags, lowerFlags] { b.deallocate() }
        placeAt.deallocate()
        headAt.deallocate()
        countryAt.deallocate()
    }

    /// The form of token `i`, or -1 when it is no word.
    @inline(__always)
    func type(_ i: Int) -> Int { Int(typeOf[i]) }

    /// A per-form flag slot of token `i`, or nil when the token is no word.
    @inline(__always)
    func flagSlot(_ i: Int, _ flag: Int) -> Int? {
        let t = typeOf[i]
        return t < 0 ? nil : Int(t) * Flag.count + flag
    }

    // MARK: by token (a possessive "'s" left out)

    private func bareWord(_ i: Int) -> String { words[i].hasApostrophe ? NameFinder.stripPossessive(words[i].lower) : words[i].lower }
    private func bareText(_ i: Int) -> String { words[i].hasApostrophe ? NameFinder.stripPossessive(tokens[i].text) : tokens[i].text }

    /// Token `i` is an ordinary German noun.
    func isGermanNoun(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0 else { return lexicon.isGermanNoun(bareWord(i)) }
        if nounAt[t] == 0 { nounAt[t] = lexicon.isGermanNoun(bareWord(i)) ? 2 : 1 }
        return nounAt[t] == 2
    }

    /// Token `i` is in the German noun list as it is.
    func isListedNoun(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0 else { return lexicon.germanNouns.nouns.contains(bareWord(i).utf8) }
        if listedAt[t] == 0 { listedAt[t] = lexicon.germanNouns.nouns.contains(bareWord(i).utf8) ? 2 : 1 }
        return listedAt[t] == 2
    }

    /// Token `i` is a first name: its gender, or nil.
    func firstName(at i: Int) -> HeadNoun.Gender? {
        let t = type(i)
        guard t >= 0 else { return lexicon.firstName(bareText(i)) }
        if firstAt[t] == 0 {
            switch lexicon.firstName(bareText(i)) {
            case nil: firstAt[t] = 1
            case .masculine?: firstAt[t] = 2
            case .feminine?: firstAt[t] = 3
            default: firstAt[t] = 4
            }
        }
        switch firstAt[t] {
        case 2: return .masculine
        case 3: return .feminine
        case 4: return .unknown
        default: return nil
        }
    }

    func place(at i: Int) -> (name: String, country: String, kind: String)? {
        let t = type(i)
        guard t >= 0 else { return lexicon.place(bareWord(i)) }
        return placeAt.answer(t) { lexicon.place(bareWord(i)) }
    }

    /// Whether token `i` is a known place at all (without making the answer).
    func isPlace(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0, let known = placeAt.hasAnswer(t) else { return place(at: i) != nil }
        return known
    }

    func head(at i: Int) -> HeadMatch? {
        let t = type(i)
        guard t >= 0 else { return lexicon.head(bareText(i), lower: bareWord(i), language: language) }
        return headAt.answer(t) { lexicon.head(bareText(i), lower: bareWord(i), language: language) }
    }

    /// Whether token `i` has a head noun (without making the answer).
    func hasHead(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0, let known = headAt.hasAnswer(t) else { return head(at: i) != nil }
        return known
    }

    func country(at i: Int) -> String? {
        let t = type(i)
        guard t >= 0 else { return lexicon.countries.country(named: bareText(i)) }
        return countryAt.answer(t) { lexicon.countries.country(named: bareText(i)) }
    }

    /// Whether token `i` names a country (without making the answer).
    func isCountry(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0, let known = countryAt.hasAnswer(t) else { return country(at: i) != nil }
        return known
    }

    /// A title ("Dr.", "Herr") or, in English, a role noun ("President"), which stands before a name but is no part of it.
    func isTitleOrRole(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0 else { return titleOrRole(words[i].lower) }
        if titleAt[t] == 0 { titleAt[t] = titleOrRole(words[i].lower) ? 2 : 1 }
        return titleAt[t] == 2
    }

    private func titleOrRole(_ w: String) -> Bool {
        if heads.titles[w] != nil || heads.titles[w + "."] != nil { return true }
        return language == .en && heads.exact(Array(w.utf8)).contains { heads.nouns[$0].kind == .person }
    }

    /// An organisation head noun in either language ("council", "university", "Verband"): the word makes a name an organisation's.
    func isOrganizationWord(at i: Int) -> Bool {
        let t = type(i)
        guard t >= 0 else { return organizationWord(words[i].lower) }
        if orgWordAt[t] == 0 { orgWordAt[t] = organizationWord(words[i].lower) ? 2 : 1 }
        return orgWordAt[t] == 2
    }

    private func organizationWord(_ w: String) -> Bool {
        let bytes = Array(w.utf8)
        func org(_ heads: HeadLexicon) -> Bool { heads.exact(bytes).contains { heads.nouns[$0].kind == .org } }
        return org(lexicon.germanHeads) || org(lexicon.englishHeads)
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

/// A look-up's answer per word form, asked once: per form 0 for not asked
/// yet, 1 for no answer, n ≥ 2 for the answer kept at n − 2.
private struct FormAnswers<Value> {
    private let slots: UnsafeMutableBufferPointer<Int32>
    private var store: [Value] = []

    init(count: Int) {
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: 0)
    }

    func deallocate() { slots.deallocate() }

    /// The answer for form `t`, asking `look` the first time.
    @inline(__always)
    mutating func answer(_ t: Int, _ look: () -> Value?) -> Value? {
        if slots[t] == 0 {
            if let v = look() { store.append(v); slots[t] = Int32(store.count + 1) } else { slots[t] = 1 }
        }
        return slots[t] >= 2 ? store[Int(slots[t]) - 2] : nil
    }

    /// Whether form `t` has an answer, or nil when it was not asked yet.
    @inline(__always)
    func hasAnswer(_ t: Int) -> Bool? { slots[t] == 0 ? nil : slots[t] >= 2 }
}
