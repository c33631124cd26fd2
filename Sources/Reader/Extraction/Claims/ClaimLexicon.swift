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
    private(set) var words: [String: Int32] = [:]
    private(set) var entries: [Entry] = []
    private(set) var verbs: [ReportingVerb] = []
    private(set) var phrases: [Phrase] = []
    /// Nouns that may end a compound, with their classes.
    private(set) var compoundHeads: [String: ClaimWordClass] = [:]
    private(set) var shortestCompoundHead = Int.max

    init(language: Language) { self.language = language }

    /// The entry index of a lower-case word, or -1.
    @inline(__always)
    func index(of lower: String) -> Int32 { words[lower] ?? -1 }

    func entry(_ lower: String) -> Entry? {
        guard let i = words[lower] else { return nil }
        return entries[Int(i)]
    }

    func classes(of lower: String) -> ClaimWordClass { entry(lower)?.classes ?? [] }

    /// The classes of a compound's last part and the scalar offset where that
    /// part starts: "sicherheitsbedenken" → nominal cue at 11. Whole words
    /// count too (offset 0). Parts shorter than the shortest known head, or
    /// leaving fewer than three letters in front, are not tried.
    func compoundHead(of lower: String) -> (classes: ClaimWordClass, offset: Int)? {
        if let c = compoundHeads[lower] { return (c, 0) }
        let scalars = Array(lower.unicodeScalars)
        guard scalars.count > shortestCompoundHead + 2 else { return nil }
        var k = 3
        while scalars.count - k >= shortestCompoundHead {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[k...])
            if let c = compoundHeads[String(view)] { return (c, k) }
            k += 1
        }
        return nil
    }

    // MARK: building

    mutating func add(_ word: String, _ classes: ClaimWordClass, pronoun: PronounFeatures = []) {
        let i = slot(word)
        entries[i].classes.formUnion(classes)
        entries[i].pronoun.formUnion(pronoun)
    }

    mutating func add(_ verb: ReportingVerb, forms: [String]) {
        let v = verbs.count
        verbs.append(verb)
        let particle = verb.particle.joined()
        let infinitive = verb.lemma.split(separator: " ").last.map(String.init) ?? verb.lemma
        for form in forms {
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
        add(noun, classes)
    }

    private mutating func slot(_ word: String) -> Int {
        if let i = words[word] { return Int(i) }
        entries.append(Entry())
        words[word] = Int32(entries.count - 1)
        return entries.count - 1
    }
}
