/// A claim as a construction finds it, before overlaps are settled and the
/// speaker is linked to an actor.
struct ClaimCandidate {
    /// Who speaks, as far as the construction tells.
    enum Speaker: Equatable {
        /// A phrase in the text names the speaker (a name, role noun or pronoun).
        case phrase(SpeakerPhrase)
        /// The speaker named for the claim before goes on speaking (Konjunktiv I,
        /// "demnach", a quote without a cue).
        case previous
        /// The construction names nobody ("hieß es", a passive).
        case unnamed
    }

    /// How the claim was found; decides which of two overlapping candidates wins.
    enum Source: Int, Comparable {
        case continuation = 0
        case nominal = 1
        case source = 2
        case verb = 3

        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// The claim's words.
    var content: TextRange
    /// Tokens of the content (for kind, actors and disputes).
    var contentTokens: Range<Int>
    /// Tokens of the reporting words, in text order.
    var cue: [Int]
    var speaker: Speaker
    var kind: Claim.Kind
    var source: Source
    /// The cue rejects or contradicts something ("bestreitet", "denied").
    var disputes = false
    /// The cue accuses ("wirft … vor", "der Vorwurf"), so a denial may answer it.
    var accuses = false
    /// Index of the unit it was found in.
    var unit: Int
    /// Only names a speaker for the claims that follow; not a claim itself
    /// ("Katzian nannte eine Vielzahl von Forderungen.").
    var introducesOnly = false
    /// Kept only when a speaker is found ("Name: …", a first-person sentence).
    var needsNamedSpeaker = false
    /// Kept even when no speaker is in reach: "…(siehe Tabelle): Demnach …" points
    /// at the paper or table the clause before the colon names.
    var keepsWithoutSpeaker = false
    /// The cue points back at the sentence before: "Das sagte X.", "Das geht aus dem Bericht hervor."
    var refersBack = false
}
