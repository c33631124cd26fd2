/// The cue words of one language: reporting verbs with their forms, source
/// phrases, nominal cues, words of stance, Konjunktiv I forms, role nouns and
/// the grammar words the phrase finder needs, all from `Resources/<lang>/claims/`.
///
/// Words are looked up in lower case or capitalised, as they stand in the
/// text. Nouns (nominal cues, source and role nouns) also match as the last
/// part of a compound: "Sicherheitsbedenken" ends in "bedenken",
/// "Uno-Angaben" in "angaben".
struct ClaimLexicon: Sendable {
    struct Entry: Sendable {
        var classes: ClaimWordClass = []
        var pronoun: PronounFeatures = []
        /// Where the entry's reporting-verb forms stand in `verbForms`.
        var formStart: Int32 = 0
        var formCount: Int32 = 0
    }

    /// A source phrase of several words ("according to").
    struct Phrase: Sendable {
        var words: [String]
        var classes: ClaimWordClass
    }

    let language: Language
    /// Lower-case and capitalised spellings ("laut", "Laut") → entry.
    private(set) var surface = ByteTable(capacity: 3072)
    private(set) var entries: [Entry] = []
    /// The lower-case spelling of each entry.
    private(set) var forms: [String] = []
    private(set) var verbs: [ReportingVerb] = []
    /// The reporting-verb forms of all entries, each entry's longest particle first.
    private(set) var verbForms: [ReportingVerbForm] = []
    private(set) var phrases: [Phrase] = []
    /// Head nouns of sources the actors' head list lacks ("medien", "aussendung") → the kind of actor they make.
    var sourceHeads: [String: Actor.Kind] = [:]
    /// The source heads that also end a compound ("Medienberichten", "US-Medien").
    var compoundSourceHeads: Set<String> = []
    /// Heads that name no source even as the subject of a reporting verb (time words,
    /// abstract nouns: "Frühjahr", "Lage"), also at the end of a compound: no actor is made for them.
    var nonSourceHeads: Set<String> = []
    /// Nouns that may end a compound (lower case) → their classes' raw value.
    private(set) var compoundHeads = ByteTable(capacity: 128)
    /// The byte lengths of the compound heads, longest first.
    private(set) var compoundHeadLengths: [Int] = []
    /// A bit for every (last three bytes) of a compound head, to rule words out fast.
    private var compoundEndings = [UInt64](repeating: 0, count: 64)
    /// Verb forms while loading, by entry; `finish` sorts them into `verbForms`.
    private var pendingForms: [(entry: Int32, form: ReportingVerbForm)] = []

    init(language: Language) {
        self.language = language
        entries.reserveCapacity(1024)
        forms.reserveCapacity(1024)
    }

    /// Marks the capitalised spellings in `surface`.
    private static let capitalFlag: Int32 = 0x4000_0000

    /// The entry index of a word as it stands in the text (lower case or capitalised), or -1.
    func index(ofText text: String) -> Int32 {
        let v = (surface.value(text) ?? -1)
        return v < 0 ? v : v & ~ClaimLexicon.capitalFlag
    }

    /// The entry index of a word's UTF-8 bytes as they stand in the text, or -1.
    @inline(__always)
    func index(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let v = (surface.value(bytes) ?? -1)
        return v < 0 ? v : v & ~ClaimLexicon.capitalFlag
    }

    /// The reporting-verb forms of an entry.
    @inline(__always)
    func forms(ofEntry e: Int) -> ArraySlice<ReportingVerbForm> {
        let entry = entries[e]
        return verbForms[Int(entry.formStart)..<Int(entry.formStart + entry.formCount)]
    }

    @inline(__always)
    private static func endingBit(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &* 961 &+ Int(b) &* 31 &+ Int(c)) & 4095
    }

    /// False when no compound head ends like these lower-case bytes, so `compoundHead` need not be asked.
    @inline(__always)
    func mayEndCompound(_ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = lower.count
        guard n >= 3 else { return false }
        let bit = ClaimLexicon.endingBit(lower[n - 3], lower[n - 2], lower[n - 1])
        return compoundEndings[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The classes of a compound's last part and the scalar offset where that
    /// part starts: "sicherheitsbedenken" → nominal cue at 11. Whole words
    /// count too (offset 0). Parts leaving fewer than three letters in front
    /// are not tried.
    func compoundHead(of lower: String) -> (classes: ClaimWordClass, offset: Int)? {
        var lower = lower
        return lower.withUTF8 { compoundHead(ofBytes: $0) }
    }

    /// `compoundHead(of:)` on lower-case UTF-8 bytes.
    func compoundHead(ofBytes lower: UnsafeBufferPointer<UInt8>) -> (classes: ClaimWordClass, offset: Int)? {
        guard mayEndCompound(lower) else { return nil }
        let whole = (compoundHeads.value(lower) ?? -1)
        if whole >= 0 { return (ClaimWordClass(rawValue: UInt32(bitPattern: whole)), 0) }
        let n = lower.count
        for length in compoundHeadLengths where length < n {
            let start = n - length
            // A part starts at a scalar boundary and leaves three letters in front.
            guard lower[start] & 0xC0 != 0x80 else { continue }
            var scalars = 0
            for k in 0..<start where lower[k] & 0xC0 != 0x80 { scalars += 1 }
            guard scalars >= 3 else { continue }
            let v = (compoundHeads.value(UnsafeBufferPointer(rebasing: lower[start...])) ?? -1)
            if v >= 0 { return (ClaimWordClass(rawValue: UInt32(bitPattern: v)), scalars) }
        }
        return nil
    }

    // MARK: building

    /// Adds classes (and pronoun features) to a lower-case word.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, _ classes: ClaimWordClass, pronoun: PronounFeatures = []) {
        let i = slot(word)
        entries[i].classes.formUnion(classes)
        entries[i].pronoun.formUnion(pronoun)
    }

    mutating func add(_ word: String, _ classes: ClaimWordClass, pronoun: PronounFeatures = []) {
        var word = word
        word.withUTF8 { add($0, classes, pronoun: pronoun) }
    }

    /// Adds a verb with its lower-case forms.
    mutating func add(_ verb: ReportingVerb, forms verbForms: [UnsafeBufferPointer<UInt8>]) {
        let v = verbs.count
        verbs.append(verb)
        let particle = verb.particle.count == 1 ? Array(verb.particle[0].utf8) : Array(verb.particle.joined().utf8)
        let lemma = Array(verb.lemma.utf8)
        let infinitive = lemma.lastIndex(of: 0x20).map { Array(lemma[($0 + 1)...]) } ?? lemma
        for form in verbForms {
            let joined = !particle.isEmpty && form.count > particle.count && form.starts(with: particle)
            let i = slot(form)
            entries[i].classes.insert(.reportingVerb)
            let infinitiveLike = form.elementsEqual(infinitive)
                || (!particle.isEmpty && form.count == particle.count + infinitive.count
                    && form.starts(with: particle) && form[particle.count...].elementsEqual(infinitive))
                || (language == .en && form.elementsEqual(lemma))
            let n = form.count
            let plural = language == .de && n >= 2 && form[n - 2] == 0x65 && form[n - 1] == 0x6E
                && !(form[0] == 0x67 && n > 1 && form[1] == 0x65)
            pendingForms.append((Int32(i), ReportingVerbForm(verb: v, joined: joined, infinitiveLike: infinitiveLike, plural: plural)))
        }
    }

    /// Puts the verb forms in place, each entry's longest particle first
    /// ("gab … zu bedenken" before "gab … zu"); called once after loading.
    mutating func finish() {
        let particles = verbs.map(\.particle.count)
        let order = pendingForms.indices.sorted { a, b in
            let x = pendingForms[a], y = pendingForms[b]
            if x.entry != y.entry { return x.entry < y.entry }
            let px = particles[x.form.verb], py = particles[y.form.verb]
            return px != py ? px > py : a < b
        }
        verbForms.reserveCapacity(order.count)
        for k in order {
            let (e, form) = pendingForms[k]
            if entries[Int(e)].formCount == 0 { entries[Int(e)].formStart = Int32(verbForms.count) }
            entries[Int(e)].formCount += 1
            verbForms.append(form)
        }
        pendingForms = []
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

    mutating func addCompoundHead(_ noun: UnsafeBufferPointer<UInt8>, _ classes: ClaimWordClass) {
        let old = (compoundHeads.value(noun) ?? -1)
        let merged = UInt32(bitPattern: max(old, 0)) | classes.rawValue
        compoundHeads.set(noun, value: Int32(bitPattern: merged))
        if !compoundHeadLengths.contains(noun.count) {
            compoundHeadLengths.append(noun.count)
            compoundHeadLengths.sort(by: >)
        }
        let n = noun.count
        if n >= 3 {
            let bit = ClaimLexicon.endingBit(noun[n - 3], noun[n - 2], noun[n - 1])
            compoundEndings[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        add(noun, classes)
    }

    mutating func addCompoundHead(_ noun: String, _ classes: ClaimWordClass) {
        var noun = noun
        noun.withUTF8 { addCompoundHead($0, classes) }
    }

    /// The capitalised spelling of lower-case UTF-8 bytes, worked on a–z and
    /// the Latin-1 letters (à–þ); false when the first letter has no capital here.
    static func capitalise(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        if first >= 0x61 && first <= 0x7A {
            bytes[0] = first - 32
            return true
        }
        if first == 0xC3, bytes.count > 1, bytes[1] >= 0xA0 && bytes[1] <= 0xBE && bytes[1] != 0xB7 {
            bytes[1] -= 0x20
            return true
        }
        return false
    }

    private mutating func slot(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let found = (surface.value(word) ?? -1)
        if found >= 0 && found & ClaimLexicon.capitalFlag == 0 { return Int(found) }
        entries.append(Entry())
        let i = Int32(entries.count - 1)
        forms.append(String(decoding: word, as: UTF8.self))
        surface.set(word, value: i)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { capital in
            _ = capital.initialize(fromContentsOf: word)
            if ClaimLexicon.capitalise(capital) {
                _ = surface.insert(UnsafeBufferPointer(capital), value: i | ClaimLexicon.capitalFlag)
            }
        }
        return Int(i)
    }
}
