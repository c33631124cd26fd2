/// A noun phrase that names a speaker: "das Handelsministerium", "GPA-djp-Chef
/// Wolfgang Katzian (SPÖ)", "ein Sprecher der Staatsanwaltschaft", "er",
/// "Mark Feldman, an analyst at Harbor Securities".
struct SpeakerPhrase: Equatable {
    /// Every token of the phrase.
    var tokens: Range<Int>
    /// The head: the last noun of the main part ("Katzian", "Sprecher").
    var head: Int
    /// The phrase without attachments (a genitive, "von …", "for …") and apposition.
    var main: Range<Int>
    /// A name or role set off by commas ("Its president, Robert Alvarez,"), which
    /// names the speaker as much as the main part does.
    var apposition: Range<Int>? = nil
    /// Genitives and prepositional phrases that only say whom the speaker belongs to
    /// ("des Ministeriums", "for the force").
    var attachments: [Range<Int>] = []
    /// A personal or possessive pronoun ("er", "ihrer"), resolved to the actor it points to.
    var isPronoun = false
    /// A span inside one token when the speaker is part of a compound ("Uno" of "Uno-Angaben").
    var span: TextRange? = nil
    /// The rest of a clause rather than a clean phrase: only an actor named at its head counts.
    var loose = false
}
