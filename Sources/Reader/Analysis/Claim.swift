/// A statement the article attributes to someone.
struct Claim: Sendable, Equatable, Identifiable {
    enum Kind: String, Sendable, CaseIterable {
        /// Words in quotation marks (or a quote whose marks were stripped).
        case direct
        /// Reported speech: Konjunktiv I, a dass-clause, "X said that …".
        case indirect
        /// Reported speech with a quoted part.
        case mixed
        /// A source phrase or a stated position: "laut X", "X zufolge", "X wirft Y vor".
        case reported
    }

    /// "C1", "C2", … in text order.
    var id: String
    /// The speaker's actor id, or nil when the text does not say who.
    var speaker: String?
    /// Where the speaker is named for this claim (a name, role noun or pronoun).
    var speakerRange: TextRange?
    /// The reporting words, joined by a space when split ("teilte mit").
    var cue: String?
    /// The spans of the reporting words.
    var cueRanges: [TextRange]
    /// The claim's words exactly as in the text.
    var content: String
    var range: TextRange
    var kind: Kind
    /// Ids of other actors the claim is about.
    var actors: [String]
    /// Ids of the claims this one contradicts or rejects.
    var disputes: [String]
}
