/// A proper name found in the text: a run of name words ("Donald Trump",
/// "Maasvlakte Shipping Services B.V.", "Anneke de Vries").
struct NameSpan: Sendable {
    /// The tokens of the name (a title such as "Dr." is not part of it).
    var tokens: Range<Int>
    /// The first token of the run, title included.
    var runStart: Int
    /// The name's exact span; a possessive "'s" is left out.
    var range: TextRange
    /// Lower-case words of the name, dots kept: ["john", "w.", "kluge"].
    var words: [String]
    /// Gender when the name starts with a known first name.
    var firstName: HeadNoun.Gender?
    /// Ends in a legal form ("Inc.", "GmbH").
    var legalForm = false
    /// All capitals: "OPCW", "FDA".
    var acronym = false
    /// The whole name is a country ("USA", "Vereinigte Staaten").
    var country: String?
    /// A known place and its country ("Peking" → CN, capital).
    var place: (country: String, kind: String)?
    /// Follows a preposition of place without an article: "in Marea".
    var afterPlacePreposition = false
    /// Only initials: "S." (a surname shortened in court reports).
    var initialsOnly = false
    /// A title dropped from the front of the name ("Dr.", "President", "Councillor").
    var title: String?
    /// A head noun inside the name marks an organisation ("Edinburgh City Council").
    var organizationWord = false
    /// The sentence the name is in.
    var sentence: Int

    init(tokens: Range<Int>, runStart: Int, range: TextRange, words: [String], sentence: Int) {
        self.tokens = tokens
        self.runStart = runStart
        self.range = range
        self.words = words
        self.sentence = sentence
        self.key = words.joined(separator: " ")
    }

    /// The words joined by spaces: "john w. kluge".
    var key: String
    /// The last word, for surname matching.
    var lastWord: String { words.last ?? "" }
}
