/// What the claims extractor knows about a word form: its grammatical class
/// and the cue roles it can play. One word may have several ("die" is an
/// article and a relative pronoun).
struct ClaimWordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    // Grammar words (grammar-words.txt).
    static let determiner = ClaimWordClass(rawValue: 1 << 0)
    static let possessive = ClaimWordClass(rawValue: 1 << 1)
    static let pronoun = ClaimWordClass(rawValue: 1 << 2)
    static let objectPronoun = ClaimWordClass(rawValue: 1 << 3)
    static let indefinite = ClaimWordClass(rawValue: 1 << 4)
    static let preposition = ClaimWordClass(rawValue: 1 << 5)
    static let subordinator = ClaimWordClass(rawValue: 1 << 6)
    static let complementizer = ClaimWordClass(rawValue: 1 << 7)
    static let coordinator = ClaimWordClass(rawValue: 1 << 8)
    static let relative = ClaimWordClass(rawValue: 1 << 9)
    static let auxiliary = ClaimWordClass(rawValue: 1 << 10)
    static let correlate = ClaimWordClass(rawValue: 1 << 11)
    static let firstPerson = ClaimWordClass(rawValue: 1 << 12)
    static let adverb = ClaimWordClass(rawValue: 1 << 13)
    static let negation = ClaimWordClass(rawValue: 1 << 14)

    // Cues.
    static let reportingVerb = ClaimWordClass(rawValue: 1 << 16)
    static let konjunktiv = ClaimWordClass(rawValue: 1 << 17)
    static let sourcePreposition = ClaimWordClass(rawValue: 1 << 18)
    static let sourcePostposition = ClaimWordClass(rawValue: 1 << 19)
    static let sourceNoun = ClaimWordClass(rawValue: 1 << 20)
    static let sourceNounAus = ClaimWordClass(rawValue: 1 << 21)
    static let sourceAnaphor = ClaimWordClass(rawValue: 1 << 22)
    static let sourceTrailing = ClaimWordClass(rawValue: 1 << 23)
    static let nominalCue = ClaimWordClass(rawValue: 1 << 24)
    static let accusationNoun = ClaimWordClass(rawValue: 1 << 25)
    static let stance = ClaimWordClass(rawValue: 1 << 26)
    static let roleNoun = ClaimWordClass(rawValue: 1 << 27)
    /// The first word of a multi-word source phrase ("according" of "according to").
    static let phraseStart = ClaimWordClass(rawValue: 1 << 28)
    /// Opens a trailing cue clause: "wie X sagte", "as X said".
    static let frameWord = ClaimWordClass(rawValue: 1 << 29)
    /// Points back at the sentence before: "Das sagte X".
    static let pointsBack = ClaimWordClass(rawValue: 1 << 30)
    /// Auxiliary of the passive: "wurde … vorgeworfen".
    static let passive = ClaimWordClass(rawValue: 1 << 31)
    /// A title before a name ("Frau", "Mr"); its pronoun features tell the gender.
    static let title = ClaimWordClass(rawValue: 1 << 15)

    /// Words that are never the head of a noun phrase.
    static let function: ClaimWordClass = [.determiner, .possessive, .pronoun, .objectPronoun, .preposition,
                                           .subordinator, .complementizer, .coordinator, .auxiliary,
                                           .correlate, .adverb, .negation]
}

/// Person and number of a pronoun or possessive: "er" is third person
/// singular masculine, German "sie" is feminine singular or plural.
struct PronounFeatures: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let firstSingular = PronounFeatures(rawValue: 1 << 0)
    static let firstPlural = PronounFeatures(rawValue: 1 << 1)
    static let masculine = PronounFeatures(rawValue: 1 << 2)
    static let feminine = PronounFeatures(rawValue: 1 << 3)
    static let neuter = PronounFeatures(rawValue: 1 << 4)
    static let plural = PronounFeatures(rawValue: 1 << 5)
    static let indefinite = PronounFeatures(rawValue: 1 << 6)

    /// Parses "3sg-f|3pl" as written in grammar-words.txt; "any" allows every reading.
    init(parsing text: Substring) {
        var f = PronounFeatures()
        for reading in text.split(separator: "|") {
            switch reading {
            case "1sg": f.insert(.firstSingular)
            case "1pl": f.insert(.firstPlural)
            case "3sg-m": f.insert(.masculine)
            case "3sg-f": f.insert(.feminine)
            case "3sg-n": f.insert(.neuter)
            case "3pl": f.insert(.plural)
            case "indef": f.insert(.indefinite)
            case "any": f.formUnion([.masculine, .feminine, .neuter, .plural])
            default: break
            }
        }
        self = f
    }

    init(rawValue: UInt8) { self.rawValue = rawValue }
}
