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
    /// Acronym, inner capital or inner dot: "USA", "YouTube", "allinrechner.at".
    var nameShape: Bool
    /// A single capital letter ("W" in "John W. Kluge"), followed by a dot.
    var initialLetter: Bool
    /// The token has an apostrophe ("Trump's", "Reid’s").
    var hasApostrophe: Bool = false

    /// Computes the features of every token of a document.
    static func make(_ document: Document, lexicon: ActorLexicon) -> [WordInfo] {
        let tokens = document.tokens
        let small = lexicon.smallWords[document.language] ?? [:]
        var infos: [WordInfo] = []
        infos.reserveCapacity(tokens.count)
        var sentenceStarts = [Bool](repeating: false, count: tokens.count + 1)
        for s in document.sentences { sentenceStarts[s.tokens.lowerBound] = true }
        var atStart = true
        let dot = UInt8(ascii: ".")
        for i in tokens.indices {
            if sentenceStarts[i] { atStart = true }
            let kind = tokens[i].kind
            guard kind == .word else {
                infos.append(WordInfo(lower: "", capitalized: false, initial: false, roles: [], function: false, nameShape: false, initialLetter: false))
                // A capitalised word after a quote, colon or dash may start a new clause.
                atStart = kind == .quote || kind == .dash || tokens[i].text.is(":") || (atStart && kind != .punctuation)
                continue
            }
            let text = tokens[i].text
            let cap = tokens[i].isCapitalized
            // A word that starts in lower case is taken as lower case ("iPhone" keeps its capital).
            let lower = cap || text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? text.lowercasedFast : text
            let single = cap && tokens[i].range.length == 1 && i + 1 < tokens.count && tokens[i + 1].text.is(".") && tokens[i + 1].start == tokens[i].end
            var shape = false
            if cap {
                shape = tokens[i].isAllCaps || tokens[i].hasInnerCapital || (text.utf8.dropFirst().contains(dot) && text.utf8.last != dot)
            } else if text.utf8.dropFirst().contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                shape = tokens[i].hasInnerCapital
            }
            // Function and cue words are short: longer words skip the look-up.
            let entry = lower.utf8.count <= lexicon.longestFunctionWord && lexicon.smallWordFilter.mayContain(text)
                ? small[text] ?? (cap ? small[lower] : nil) : nil
            let roles = entry?.roles ?? []
            // Articles, possessives, number words and prepositions are never names; nor is an
            // abbreviation before its dot ("Mrd.", "Mio.").
            var function = entry?.function ?? false
            function = function || !roles.isDisjoint(with: [.definite, .indefinite, .possessive, .count, .place, .link, .quantifier])
            if cap && !single && i + 1 < tokens.count && tokens[i + 1].start == tokens[i].end && tokens[i + 1].text.is("."),
               TextData.shared.abbreviations.contains(lower + "."), !lexicon.legalForms.contains(text) {
                function = true
            }
            infos.append(WordInfo(
                lower: lower, capitalized: cap, initial: atStart, roles: roles,
                function: function, nameShape: shape, initialLetter: single,
                hasApostrophe: NameFinder.hasApostrophe(text)))
            atStart = false
        }
        return infos
    }
}
