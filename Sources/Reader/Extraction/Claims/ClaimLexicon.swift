/// The cue words of one language: reporting verbs with their forms, source
/// phrases, nominal cues, words of stance, Konjunktiv I forms, role nouns and
/// the grammar words the phrase finder needs, all from `Resources/<lang>/claims/`.
///
/// Words are looked up in lower case. Nouns (nominal cues, source and role
/// nouns) also match as the last part of a compound: "Sicherheitsbedenken"
/// ends in "bedenken", "Uno-Angaben" in "angaben".
struct ClaimLexicon: Sendable {
    struct Entry: Sendable {
        var classes: ClaimWordClass = []
        var pronoun: PronounFeatures = []
        var forms: [ReportingVerbForm] = []
    }

    /// A source phrase of several words ("according to").
    struct Phrase: Sendable {
        var words: [String]
        var classes: ClaimWordClass
    }

    let language: Language
    /// Lower-case and capitalised spellings ("laut", "Laut") → entry, for looking up text as it stands.
    private(set) var surface: [String: Int32] = [:]
    private(set) var entries: [Entry] = []
    /// The lower-case spelling of each entry.
    private(set) var forms: [String] = []
    private(set) var verbs: [ReportingVerb] = []
    private(set) var phrases: [Phrase] = []
    /// Nouns that may end a compound, with their classes.
    private(set) var compoundHeads: [String: ClaimWordClass] = [:]
    private(set) var shortestCompoundHead = Int.max
    /// The lengths of the compound heads, longest first.
    private(set) var compoundHeadLengths: [Int] = []
    /// The last three letters of every compound head, packed, to rule words out fast.
    private(set) var compoundEndings: Set<UInt64> = []

    init(language: Language) {
        self.language = language
        surface.reserveCapacity(2048)
        entries.reserveCapacity(1024)
        forms.reserveCapacity(1024)
    }


    /// The entry index of a word as it stands in the text (lower case or capitalised), or -1.
    @inline(__always)
    func index(ofText text: String) -> Int32 {
        guard shapes.mayContain(text) else { return -1 }
        return surface[text] ?? -1
    }

    /// First byte, last byte and length of every spelling in `surface`, to
    /// rule most words out before hashing them.
    private(set) var shapes = WordShapes()

    /// False when no compound head ends like this word, so `compoundHead(of:)` need not be asked.
    func mayEndCompound(_ text: String) -> Bool {
        ClaimLexicon.ending(text).map { compoundEndings.contains($0) } ?? false
    }

    /// The last three letters of a word in lower case, packed into one number.
    static func ending(_ text: String) -> UInt64? {
        var packed: UInt64 = 0
        var n = 0
        for s in text.unicodeScalars.reversed() {
            var v = UInt64(s.value)
            if v >= 0x41 && v <= 0x5A { v += 32 } else if v >= 0x80, let l = s.properties.lowercaseMapping.unicodeScalars.first { v = UInt64(l.value) }
            packed |= v << (21 * UInt64(n))
            n += 1
            if n == 3 { return packed }
        }
        return nil
    }

    /// The classes of a compound's last part and the scalar offset where that
    /// part starts: "sicherheitsbedenken" → nominal cue at 11. Whole words
    /// count too (offset 0). Parts shorter than the shortest known head, or
    /// leaving fewer than three letters in front, are not tried.
    func compoundHead(of lower: String) -> (classes: ClaimWordClass, offset: Int)? {
        if let c = compoundHeads[lower] { return (c, 0) }
        let scalars = lower.unicodeScalars
        let count = scalars.count
        // Only suffixes as long as some head are tried, longest first.
        for length in compoundHeadLengths where count - length >= 3 {
            let start = scalars.index(scalars.startIndex, offsetBy: count - length)
            if let c = compoundHeads[String(scalars[start...])] { return (c, count - length) }
        }
        return nil
    }

    // MARK: building

    mutating func add(_ word: String, _ classes: ClaimWordClass, pronoun: PronounFeatures = []) {
        let i = slot(word)
        entries[i].classes.formUnion(classes)
        entries[i].pronoun.formUnion(pronoun)
    }

    mutating func add(_ verb: ReportingVerb, forms verbForms: [String]) {
        let v = verbs.count
        verbs.append(verb)
        let particle = verb.particle.joined()
        let infinitive = verb.lemma.split(separator: " ").last.map(String.init) ?? verb.lemma
        for form in verbForms {
            let joined = !particle.isEmpty && form.hasPrefix(particle) && form.count > particle.count
            let i = slot(form)
            entries[i].classes.insert(.reportingVerb)
            entries[i].forms.append(ReportingVerbForm(
                verb: v, joined: joined,
                infinitiveLike: form == infinitive || form == particle + infinitive
                    || (language == .en && form == verb.lemma),
                plural: language == .de && form.hasSuffix("en") && !form.hasPrefix("ge")))
        }
    }

    /// Puts the forms of every word with several readings longest particle
    /// first ("gab … zu bedenken" before "gab … zu"); called once after loading.
    mutating func sortVerbForms() {
        let particles = verbs.map(\.particle.count)
        for i in entries.indices where entries[i].forms.count > 1 {
            entries[i].forms.sort { particles[$0.verb] > particles[$1.verb] }
        }
    }

    mutating func addPhrase(_ words: [String], _ classes: ClaimWordClass) {
        guard let first = words.first else { return }
        if words.count == 1 {
            add(first, classes)
        } else {
            add(first, .phraseStart)
            phrases.append(Phrase(words: words, classes: classes))
        }
    }

    mutating func addCompoundHead(_ noun: String, _ classes: ClaimWordClass) {
        compoundHeads[noun, default: []].formUnion(classes)
        shortestCompoundHead = min(shortestCompoundHead, noun.unicodeScalars.count)
        if !compoundHeadLengths.contains(noun.unicodeScalars.count) {
            compoundHeadLengths.append(noun.unicodeScalars.count)
            compoundHeadLengths.sort(by: >)
        }
        if let e = ClaimLexicon.ending(noun) { compoundEndings.insert(e) }
        add(noun, classes)
    }

    /// The word with its first letter in upper case, worked on the bytes for
    /// a–z and ä, ö, ü; nil when the first letter has no capital.
    static func capitalised(_ word: String) -> String? {
        var bytes = Array(word.utf8)
        guard let first = bytes.first else { return nil }
        if first >= 0x61 && first <= 0x7A {
            bytes[0] = first - 32
        } else if first == 0xC3, bytes.count > 1, bytes[1] == 0xA4 || bytes[1] == 0xB6 || bytes[1] == 0xBC {
            bytes[1] -= 0x20
        } else {
            guard let s = word.unicodeScalars.first else { return nil }
            let upper = String(s).uppercased()
            return upper == String(s) ? nil : upper + String(word.unicodeScalars.dropFirst())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func slot(_ word: String) -> Int {
        if let i = surface[word], forms[Int(i)] == word { return Int(i) }
        entries.append(Entry())
        forms.append(word)
        let i = Int32(entries.count - 1)
        surface[word] = i
        shapes.insert(word)
        if let capitalised = ClaimLexicon.capitalised(word) {
            if surface[capitalised] == nil { surface[capitalised] = i }
            shapes.insert(capitalised)
        }
        return Int(i)
    }
}
