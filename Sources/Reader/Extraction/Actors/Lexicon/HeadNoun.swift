/// What a head noun says about the phrase it heads: "Bundesrichterin" is a
/// person (a judge, female); "Konzern" an organisation (a company).
struct HeadNoun: Sendable, Equatable {
    enum Kind: String, Sendable {
        case person, org, group, place, title
    }

    enum Gender: String, Sendable {
        case masculine = "m", feminine = "f", neuter = "n", unknown = "-"
    }

    /// The lemma as listed, lower case ("richterin").
    var lemma: String
    /// How many words the lemma has ("chief executive": 2).
    var wordCount = 1
    /// The lemma with a capital first letter ("Richterin"), for German names and descriptions.
    var capitalized: String = ""
    var kind: Kind
    /// Nouns of one class can refer back to each other ("App", "Plattform": service).
    var nounClass: String
    var gender: Gender
    /// Declined like an adjective: "der Angeklagte", "ein Angeklagter".
    var adjectival = false
    /// A population rather than a participant ("Nutzer", "users").
    var generic = false
    /// A state institution or office ("Regierung", "Präsident").
    var national = false
    /// A spokesperson, who speaks for another actor.
    var speaker = false
    /// Only as the head of a compound ("Einzelhandelsriese", not "Riese").
    var compoundOnly = false
}

/// A head noun found in a word, with the parts of the word around it.
struct HeadMatch: Sendable, Equatable {
    var noun: HeadNoun
    /// The word as written.
    var word: String
    /// How many scalars of the word come before the head.
    var prefixLength: Int
    /// The word is plural ("Richterinnen", "Influencern", "users").
    var plural: Bool
    var language: Language
    /// The word carries an ending after the lemma ("Rebellen", "Konzerns").
    var inflected = false

    /// The part of the word before the head ("Bundes" in "Bundesrichterin"; "US-" in "US-Regierung").
    var prefix: String {
        guard prefixLength > 0 else { return "" }
        // The first `prefixLength` scalars, counted on the UTF-8 bytes that start a scalar.
        var scalars = 0
        var bytes = 0
        for b in word.utf8 {
            if b & 0xC0 != 0x80 {
                if scalars == prefixLength { break }
                scalars += 1
            }
            bytes += 1
        }
        return String(decoding: word.utf8.prefix(bytes), as: UTF8.self)
    }

    /// The head's lemma with the word's own prefix: "Einzelhandelsriesen" → "Einzelhandelsriese".
    var lemmaForm: String {
        let p = prefix
        let lemma = (p.isEmpty || p.endsWith("-")) && language == .de ? noun.capitalized : noun.lemma
        return p + (noun.adjectival ? lemma + "e" : lemma)
    }
}
