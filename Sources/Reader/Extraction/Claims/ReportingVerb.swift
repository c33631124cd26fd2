/// A reporting verb from reporting-verbs.txt: "mitteilen" with its particle
/// "mit", what kind of cue it is and which constructions it takes.
struct ReportingVerb: Sendable {
    enum Kind: UInt8, Sendable {
        /// Verbs of saying: "sagte", "teilte … mit", "said".
        case speech
        /// Demands, accusations, judgements: "fordert", "wirft … vor", "urged".
        case position
        /// Denials and rejections: "bestreitet", "weist … zurück", "denied".
        case dispute
        /// Beliefs and hopes, which need a clause: "glaubt, dass …".
        case thought
    }

    /// The constructions a verb takes.
    struct Frames: OptionSet, Sendable {
        let rawValue: UInt8
        /// After the content: "…, sagte sie", "…, wie sie sagte", '"…," she said'.
        static let trailing = Frames(rawValue: 1 << 0)
        /// Before a clause: ", dass …", ", sie sei …", ": …", "said (that) …".
        static let clause = Frames(rawValue: 1 << 1)
        /// Before a zu-infinitive: ", … abgeschossen zu haben".
        static let infinitive = Frames(rawValue: 1 << 2)
        /// The object is the content: "fordert höhere Löhne".
        static let object = Frames(rawValue: 1 << 3)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(letters: Substring) {
            var f = Frames()
            for c in letters {
                switch c {
                case "T": f.insert(.trailing)
                case "C": f.insert(.clause)
                case "Z": f.insert(.infinitive)
                case "O": f.insert(.object)
                default: break
                }
            }
            self = f
        }
    }

    var lemma: String
    /// The separable particle in lower case, one entry per word ("zu", "bedenken"); empty for none.
    var particle: [String]
    var kind: Kind
    var frames: Frames
    /// A word one of which must follow the verb ("in", "als" for "sieht … in …").
    var requires: [String] = []
    /// The required word follows the verb at once (adverbs between), or the
    /// subject that stands after the verb: "verwies auf …", not "verwies den
    /// Rivalen auf Platz zwei".
    var requiresAdjacent = false
    /// The object is followed by a word that judges it ("nannte den Vergleich schockierend").
    var predicative = false
    /// Not in the passive and not with "zu", "wegen" after it (a court's sentence).
    var activeOnly = false
    /// Prepositions after which the speaker stands ("heißt es im Rathaus").
    var speakerPrepositions: [String] = []
    /// Speaker prepositions with the German contractions of an article they take
    /// ("hieß es vom ORF", "beim Verband"), so a data line need not list them.
    static func withContractions(_ prepositions: [String]) -> [String] {
        var all = prepositions
        for (word, short) in [("von", "vom"), ("bei", "beim"), ("in", "im"), ("zu", "zum")] where all.contains(word) && !all.contains(short) {
            all.append(short)
        }
        return all
    }
    /// "es" goes with the verb ("heißt es").
    var expletive = false
    /// "sich" goes with the verb ("zeigte sich").
    var reflexive = false
    /// The clause must open with a complementiser ("dass", "ob").
    var needsComplementizer = false
    /// An accusation, which a denial may answer ("wirft … vor", "accused").
    var accuses = false
    /// The person told comes before the clause ("told reporters that …").
    var takesAddressee = false
}

/// One form of a reporting verb as it stands in the text.
struct ReportingVerbForm: Sendable {
    /// Index into `ClaimLexicon.verbs`.
    var verb: Int
    /// The particle is part of the form ("mitteilte", "mitgeteilt").
    var joined: Bool
    /// The form is also the infinitive ("sagen", "say"): a cue only before a
    /// comma, a colon or a complementiser, or at the end of a clause.
    var infinitiveLike: Bool
    /// A plural form ("sagten"), which tells "sie" (they) from "sie" (she).
    var plural: Bool
}
