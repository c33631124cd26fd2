/// The document's tokens as the claims extractor reads them: each token's
/// lower-case text and what the lexicon says about it, looked up once.
struct ClaimTokens {
    let document: Document
    let lexicon: ClaimLexicon
    /// Lower-case text of each token (punctuation as it is).
    let lower: [String]
    /// Lexicon entry of each token, or -1.
    let entry: [Int32]
    /// Lexicon classes of each token (empty when unknown).
    let classes: [ClaimWordClass]

    init(_ document: Document, lexicon: ClaimLexicon) {
        self.document = document
        self.lexicon = lexicon
        let tokens = document.tokens
        var lower: [String] = []
        var entry: [Int32] = []
        var classes: [ClaimWordClass] = []
        lower.reserveCapacity(tokens.count)
        entry.reserveCapacity(tokens.count)
        classes.reserveCapacity(tokens.count)
        for token in tokens {
            let text: String
            if token.kind == .word, let first = token.text.unicodeScalars.first, !(first.value >= 0x61 && first.value <= 0x7A) {
                text = token.text.lowercased()
            } else {
                text = token.text
            }
            let e = token.kind == .word ? lexicon.index(of: text) : -1
            lower.append(text)
            entry.append(e)
            classes.append(e >= 0 ? lexicon.entries[Int(e)].classes : [])
        }
        self.lower = lower
        self.entry = entry
        self.classes = classes
    }

    var count: Int { lower.count }
    var tokens: [Token] { document.tokens }

    @inline(__always) func token(_ i: Int) -> Token { document.tokens[i] }

    @inline(__always) func has(_ i: Int, _ c: ClaimWordClass) -> Bool {
        i >= 0 && i < classes.count && !classes[i].isDisjoint(with: c)
    }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < count && document.tokens[i].kind == .word }

    /// True when the token is exactly this punctuation mark.
    @inline(__always) func isMark(_ i: Int, _ mark: String) -> Bool {
        i >= 0 && i < count && document.tokens[i].kind != .word && lower[i] == mark
    }

    @inline(__always) func isComma(_ i: Int) -> Bool { isMark(i, ",") }

    /// A mark that ends a sentence: . ! ? … — but not the dot of an initial
    /// or an abbreviation ("James H. Billington", "Nordic Freight Ltd. said").
    func isTerminal(_ i: Int) -> Bool {
        guard i >= 0 && i < count, document.tokens[i].kind == .punctuation,
              let s = lower[i].unicodeScalars.first else { return false }
        guard CharacterClass.isTerminal(s) else { return false }
        return !(s == "." && isAbbreviationDot(i))
    }

    /// A dot right after an initial or a known abbreviation, inside a sentence.
    func isAbbreviationDot(_ i: Int) -> Bool {
        guard i > 0, i + 1 < count, isWord(i - 1), document.tokens[i - 1].end == document.tokens[i].start else { return false }
        if let s = document.sentenceIndex(containing: document.tokens[i].start), document.sentences[s].tokens.upperBound - 1 == i { return false }
        let before = document.tokens[i - 1]
        if before.range.length == 1 && before.isCapitalized { return true }
        return TextData.shared.abbreviations.contains(lower[i - 1] + ".")
    }

    /// A mark that ends a clause: , ; : – and terminal marks.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return true }
        let t = document.tokens[i]
        if t.kind == .dash { return true }
        guard t.kind == .punctuation else { return false }
        return lower[i] == "," || lower[i] == ";" || lower[i] == ":" || isTerminal(i)
    }

    /// Capitalised (or all capitals, or a capital inside: "TikTok").
    func isCapitalized(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        let t = document.tokens[i]
        return t.isCapitalized || t.hasInnerCapital
    }

    /// The reporting-verb forms of a token, if it is one.
    func verbForms(_ i: Int) -> [ReportingVerbForm] {
        let e = entry[i]
        return e >= 0 ? lexicon.entries[Int(e)].forms : []
    }

    func pronounFeatures(_ i: Int) -> PronounFeatures {
        let e = entry[i]
        return e >= 0 ? lexicon.entries[Int(e)].pronoun : []
    }

    /// The classes of the compound head of a capitalised token ("Sicherheitsbedenken" → nominal cue).
    func compoundClasses(_ i: Int) -> ClaimWordClass {
        guard isWord(i) else { return [] }
        if !classes[i].isEmpty { return classes[i] }
        return lexicon.compoundHead(of: lower[i])?.classes ?? []
    }

    /// True when a multi-word lexicon phrase with these classes starts at token `i`; returns its last token.
    func phrase(at i: Int, _ c: ClaimWordClass) -> Int? {
        if has(i, c) { return i }
        guard has(i, .phraseStart) else { return nil }
        for p in lexicon.phrases where !p.classes.isDisjoint(with: c) {
            var ok = true
            for (k, w) in p.words.enumerated() where i + k >= count || lower[i + k] != w { ok = false; break }
            if ok { return i + p.words.count - 1 }
        }
        return nil
    }

    /// The span from the start of token `a` to the end of token `b - 1`.
    func range(_ a: Int, _ b: Int) -> TextRange {
        guard a < b else { return TextRange(document.tokens[a].start, document.tokens[a].start) }
        return TextRange(document.tokens[a].start, document.tokens[b - 1].end)
    }
}
