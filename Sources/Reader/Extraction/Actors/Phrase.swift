/// A noun phrase headed by a role, organisation, group or place noun:
/// "eine Bundesrichterin im Bundesstaat Pennsylvania", "das chinesische
/// Handelsministerium", "drei Influencern", "the company", "an agency spokesman".
struct Phrase: Sendable {
    enum Determiner: Sendable, Equatable {
        case definite, indefinite, possessive, count, none
    }

    /// The token of the head noun.
    var head: Int
    var match: HeadMatch
    /// The first token of the phrase (its determiner or first modifier).
    var start: Int
    var determiner: Determiner
    /// How many, when a number word or digits precede the head.
    var count: Int?
    /// The country named by an adjective, a prefix or a genitive ("chinesische", "US-", "Syriens").
    var nationality: String?
    /// The name the head is joined to ("Trump-Regierung", "Regierung von Präsident Donald Trump"), as a name span index.
    var owner: Int?
    /// An age in years ("ein 26-Jähriger", "ein 31-jähriger Polizist").
    var age: Int?
    /// The description's words after the head ("im Bundesstaat Pennsylvania", "des Ministeriums").
    var complementEnd: Int?
    /// A name right after the head, or set off by commas around it ("der Konzern Zhongwen", "The union, FNV Havens,").
    var apposedName: Int?
    /// The phrase before the head's own name, "des Ministeriums" in "ein Sprecher des Ministeriums".
    var genitive: Int?
    /// Part of a group ("drei der Insassen"): refers back to the group, never starts an actor.
    var partitive = false
    /// After a contracted preposition ("ins Krankenhaus"): may refer back, never starts an actor.
    var locative = false
    /// The first token of the description's words after the head (after an apposed name).
    var complementStart: Int?
    /// The sentence the phrase is in.
    var sentence: Int

    /// The head word's prefix ("US-" in "US-Regierung"), computed once.
    var prefix: String = ""
    /// The description and readable name, computed once by the sieve.
    var noun: HeadNoun { match.noun }
    var plural: Bool { match.plural || (count ?? 1) > 1 }
}
