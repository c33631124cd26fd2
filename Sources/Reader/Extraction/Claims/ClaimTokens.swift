/// The document's tokens as the claims extractor reads them: each token's
/// lower-case text, what the lexicon says about it and its shape, worked out
/// once per document so the constructions only read arrays.
final class ClaimTokens {
    let document: Document
    let lexicon: ClaimLexicon
    /// Lower-case text of each token known to the lexicon; other tokens as they stand.
    let lower: [String]
    /// Lexicon entry of each token, or -1.
    let entry: [Int32]
    /// Lexicon classes of each token (empty when unknown).
    let classes: [ClaimWordClass]
    let kinds: [Token.Kind]
    /// Capitalised, all capitals, or a capital inside ("McDonald").
    let capital: [Bool]
    /// A mark that ends a sentence (not the dot of "H." or "Ltd.").
    let terminal: [Bool]
    /// The first token of a sentence.
    let sentenceStart: [Bool]

    init(_ document: Document, lexicon: ClaimLexicon) {
        self.document = document
        self.lexicon = lexicon
        let tokens = document.tokens
        let n = tokens.count
        var lower: [String] = []
        var entry: [Int32] = []
        var classes: [ClaimWordClass] = []
        var kinds: [Token.Kind] = []
        var capital: [Bool] = []
        lower.reserveCapacity(n)
        entry.reserveCapacity(n)
        classes.reserveCapacity(n)
        kinds.reserveCapacity(n)
        capital.reserveCapacity(n)
        let storage = document.storage
        storage.utf8.withUnsafeBufferPointer { utf8 in
            storage.byteOffsets.withUnsafeBufferPointer { offsets in
                for token in tokens {
                    kinds.append(token.kind)
                    guard token.kind == .word else {
                        lower.append(token.text)
                        entry.append(-1)
                        classes.append([])
                        capital.append(false)
                        continue
                    }
                    let bytes = UnsafeBufferPointer(rebasing: utf8[Int(offsets[token.start])..<Int(offsets[token.end])])
                    let e = lexicon.index(ofBytes: bytes)
                    entry.append(e)
                    lower.append(e >= 0 ? lexicon.forms[Int(e)] : token.text)
                    classes.append(e >= 0 ? lexicon.entries[Int(e)].classes : [])
                    capital.append(token.isCapitalized || ClaimTokens.hasInnerCapital(bytes))
                }
            }
        }
        var sentenceStart = [Bool](repeating: false, count: n)
        var sentenceEnd = [Bool](repeating: false, count: n)
        for s in document.sentences where !s.tokens.isEmpty {
            sentenceStart[s.tokens.lowerBound] = true
            sentenceEnd[s.tokens.upperBound - 1] = true
        }
        var terminal = [Bool](repeating: false, count: n)
        let abbreviations = TextData.shared.abbreviations
        for i in 0..<n where kinds[i] == .punctuation {
            guard let s = tokens[i].text.unicodeScalars.first, CharacterClass.isTerminal(s) else { continue }
            terminal[i] = true
            // The dot of an initial or abbreviation inside a sentence: "James H. Billington", "Ltd. said".
            guard s == ".", !sentenceEnd[i], i > 0, i + 1 < n, kinds[i - 1] == .word, tokens[i - 1].end == tokens[i].start else { continue }
            let before = tokens[i - 1]
            if (before.range.length == 1 && before.isCapitalized) || abbreviations.contains(before.text.lowercasedFast + ".") {
                terminal[i] = false
            }
        }
        self.lower = lower
        self.entry = entry
        self.classes = classes
        self.kinds = kinds
        self.capital = capital
        self.terminal = terminal
        self.sentenceStart = sentenceStart
    }

    /// An ASCII capital after the first letter ("McDonald", "iPhone").
    @inline(__always)
    private static func hasInnerCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 1
        while k < bytes.count {
            if bytes[k] >= 0x41 && bytes[k] <= 0x5A { return true }
            k += 1
        }
        return false
    }

    var count: Int { lower.count }

    @inline(__always) func token(_ i: Int) -> Token { document.tokens[i] }
    @inline(__always) func start(_ i: Int) -> Int { document.tokens[i].range.start }
    @inline(__always) func end(_ i: Int) -> Int { document.tokens[i].range.end }

    @inline(__always) func has(_ i: Int, _ c: ClaimWordClass) -> Bool {
        i >= 0 && i < classes.count && !classes[i].isDisjoint(with: c)
    }

    @inline(__always) func isWord(_ i: Int) -> Bool { i >= 0 && i < count && kinds[i] == .word }
    @inline(__always) func isQuote(_ i: Int) -> Bool { i >= 0 && i < count && kinds[i] == .quote }
    @inline(__always) func isDash(_ i: Int) -> Bool { i >= 0 && i < count && kinds[i] == .dash }

    /// True when the token is exactly this punctuation mark.
    @inline(__always) func isMark(_ i: Int, _ mark: String) -> Bool {
        i >= 0 && i < count && kinds[i] != .word && lower[i] == mark
    }

    @inline(__always) func isComma(_ i: Int) -> Bool { isMark(i, ",") }

    /// A mark that ends a sentence: . ! ? … — but not the dot of an initial
    /// or an abbreviation ("James H. Billington", "Nordic Freight Ltd. said").
    @inline(__always) func isTerminal(_ i: Int) -> Bool { i >= 0 && i < count && terminal[i] }

    /// A mark that ends a clause: , ; : – and terminal marks.
    func isClauseBreak(_ i: Int) -> Bool {
        guard i >= 0 && i < count else { return true }
        switch kinds[i] {
        case .dash: return true
        case .punctuation: return terminal[i] || lower[i] == "," || lower[i] == ";" || lower[i] == ":"
        default: return false
        }
    }

    /// Capitalised (or all capitals, or a capital inside: "McDonald").
    @inline(__always) func isCapitalized(_ i: Int) -> Bool { i >= 0 && i < count && capital[i] }

    /// The token in lower case, also when the lexicon does not know it.
    func lowercased(_ i: Int) -> String {
        entry[i] >= 0 || !capital[i] ? lower[i] : lower[i].lowercasedFast
    }

    /// The reporting-verb forms of a token, if it is one (longest particle first).
    func verbForms(_ i: Int) -> ArraySlice<ReportingVerbForm> {
        let e = entry[i]
        return e >= 0 ? lexicon.forms(ofEntry: Int(e)) : []
    }

    func pronounFeatures(_ i: Int) -> PronounFeatures {
        let e = entry[i]
        return e >= 0 ? lexicon.entries[Int(e)].pronoun : []
    }

    /// The classes of a word, or of its compound head ("Sicherheitsbedenken" → nominal cue).
    func compoundClasses(_ i: Int) -> ClaimWordClass {
        guard isWord(i) else { return [] }
        if !classes[i].isEmpty { return classes[i] }
        return compoundHead(i)?.classes ?? []
    }

    /// The compound head of a capitalised word and where it starts.
    func compoundHead(_ i: Int) -> (classes: ClaimWordClass, offset: Int)? {
        guard isWord(i), capital[i] else { return nil }
        var lower = lowercased(i)
        return lower.withUTF8 { lexicon.compoundHead(ofBytes: $0) }
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
        guard a < b else { return TextRange(start(a), start(a)) }
        return TextRange(start(a), end(b - 1))
    }
}
