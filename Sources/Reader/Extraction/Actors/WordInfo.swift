/// What the actor extractor knows about one token before it looks for phrases.
struct WordInfo: Sendable {
    /// The token in lower case (computed once per token).
    var lower: String
    /// A word whose first letter is upper case.
    var capitalized: Bool
    /// The first word of a sentence, or the first after an opening quote, colon or dash.
    var initial: Bool
    var roles: CueWords.Roles
    /// A function word or sentence starter: never a name by itself.
    var function: Bool
    /// Acronym, inner capital or inner dot: "USA", "TikTok", "Musical.ly".
    var nameShape: Bool
    /// A single capital letter ("W" in "John W. Kluge"), followed by a dot.
    var initialLetter: Bool

    /// Computes the features of every token of a document.
    static func make(_ document: Document, lexicon: ActorLexicon) -> [WordInfo] {
        let tokens = document.tokens
        let cues = lexicon.cues[document.language] ?? lexicon.cues[.de]
        var infos: [WordInfo] = []
        infos.reserveCapacity(tokens.count)
        var sentenceStarts = [Bool](repeating: false, count: tokens.count + 1)
        for s in document.sentences { sentenceStarts[s.tokens.lowerBound] = true }
        var atStart = true
        for (i, t) in tokens.enumerated() {
            if sentenceStarts[i] { atStart = true }
            guard t.kind == .word else {
                infos.append(WordInfo(lower: "", capitalized: false, initial: false, roles: [], function: false, nameShape: false, initialLetter: false))
                // A capitalised word after a quote, colon or dash may start a new clause.
                atStart = t.kind == .quote || t.kind == .dash || t.text.is(":") || (atStart && t.kind != .punctuation)
                continue
            }
            let lower = t.text.lowercased()
            let cap = t.isCapitalized
            let single = t.range.length == 1 && cap && i + 1 < tokens.count && tokens[i + 1].text.is(".") && tokens[i + 1].start == t.end
            let shape = cap && (t.isAllCaps || t.hasInnerCapital || (t.text.utf8.dropFirst().contains(UInt8(ascii: ".")) && !t.text.endsWith(".")))
                || (!cap && t.text.utf8.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A } && t.hasInnerCapital)
            // Function and cue words are short: longer words skip the look-ups.
            let short = lower.utf8.count <= lexicon.longestFunctionWord
            let roles = short ? cues?.roles(lower) ?? [] : []
            infos.append(WordInfo(
                lower: lower, capitalized: cap, initial: atStart, roles: roles,
                function: short && (lexicon.functionWords.contains(lower) || roles.contains(.pronoun) || roles.contains(.nonName)),
                nameShape: shape, initialLetter: single))
            atStart = false
        }
        return infos
    }
}
