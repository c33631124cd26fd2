/// Splits text into tokens with offsets.
///
/// A token is a run of letters and digits that may contain a hyphen between
/// word characters ("US-Präsident"), a dot between word characters
/// ("Yahoo.de", "12.9.2015"), a comma or colon between digits ("11,5",
/// "20:45") or an apostrophe between letters ("Trump's"). A hyphen that ends a
/// word before a space stays with it ("Ein- und Ausfuhr"), as does one that
/// starts a word after a space ("und -leistungen"). Every other mark is a
/// token of its own; "..." is one token.
struct Tokenizer: Sendable {
    func tokenize(_ storage: TextStorage, in range: TextRange) -> [Token] {
        let scalars = storage.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(range.length / 5)
        var i = range.start
        let end = min(range.end, scalars.count)

        @inline(__always) func at(_ k: Int) -> Unicode.Scalar? { k >= range.start && k < end ? scalars[k] : nil }

        func emit(_ a: Int, _ b: Int, _ kind: Token.Kind, hyphen: Bool = false) {
            let r = TextRange(a, b)
            tokens.append(Token(range: r, kind: kind, text: storage.string(r), firstScalar: scalars[a], hasHyphen: hyphen))
        }

        while i < end {
            let s = scalars[i]
            if CharacterClass.isSpace(s) { i += 1; continue }

            let leadingHyphen = CharacterClass.isHyphen(s)
                && (i == range.start || CharacterClass.isSpace(scalars[i - 1]))
                && at(i + 1).map(CharacterClass.isLower) == true

            if CharacterClass.isAlphanumeric(s) || leadingHyphen {
                let startIndex = i
                var hasLetter = false
                var hyphen = leadingHyphen
                i += leadingHyphen ? 1 : 0
                while i < end {
                    let c = scalars[i]
                    if CharacterClass.isLetter(c) { hasLetter = true; i += 1; continue }
                    if CharacterClass.isDigit(c) { i += 1; continue }
                    guard let next = at(i + 1) else {
                        if CharacterClass.isHyphen(c) && i + 1 == end && i > startIndex { hyphen = true; i += 1 }
                        break
                    }
                    let prev = scalars[i - 1]
                    if CharacterClass.isHyphen(c) && !hasLetter && isYearSpan(scalars, startIndex, i, end) { break }
                    if CharacterClass.isHyphen(c) && CharacterClass.isAlphanumeric(next) { hyphen = true; i += 1; continue }
                    if CharacterClass.isHyphen(c) && CharacterClass.isLetter(prev) && CharacterClass.isSpace(next) { hyphen = true; i += 1; break }
                    if c == "." && CharacterClass.isAlphanumeric(prev) {
                        // "web.de", "www.example.at", "12.9.2015", "U.S"
                        if CharacterClass.isDigit(prev) && CharacterClass.isDigit(next) { i += 1; continue }
                        if CharacterClass.isLetter(prev) && CharacterClass.isLower(next) && CharacterClass.isLower(prev) { i += 1; continue }
                        if CharacterClass.isUpper(prev) && CharacterClass.isUpper(next) && isSingleLetterBefore(scalars, i, range.start) { i += 1; continue }
                        break
                    }
                    if (c == "," || c == ":") && CharacterClass.isDigit(prev) && CharacterClass.isDigit(next) { i += 1; continue }
                    if CharacterClass.isApostrophe(c) && CharacterClass.isLetter(prev) && CharacterClass.isLetter(next) { i += 1; continue }
                    if c == "&" && CharacterClass.isUpper(prev) && CharacterClass.isUpper(next) { i += 1; continue }
                    break
                }
                emit(startIndex, i, hasLetter ? .word : .number, hyphen: hyphen && hasLetter)
                continue
            }

            if s == "." && at(i + 1) == "." && at(i + 2) == "." {
                emit(i, i + 3, .punctuation); i += 3; continue
            }
            let kind: Token.Kind
            if CharacterClass.isQuote(s) { kind = .quote }
            else if CharacterClass.isDash(s) || CharacterClass.isHyphen(s) { kind = .dash }
            else if s.properties.generalCategory.isPunctuation { kind = .punctuation }
            else { kind = .symbol }
            emit(i, i + 1, kind)
            i += 1
        }
        return tokens
    }

    /// True for a span of two four-digit years ("1914-1999"), which is three tokens,
    /// unlike a date "2015-09-12" or a word "1970er-Jahre".
    private func isYearSpan(_ scalars: [Unicode.Scalar], _ start: Int, _ hyphen: Int, _ end: Int) -> Bool {
        guard hyphen - start == 4, hyphen + 5 <= end else { return false }
        for k in start..<hyphen where !CharacterClass.isDigit(scalars[k]) { return false }
        for k in (hyphen + 1)...(hyphen + 4) where !CharacterClass.isDigit(scalars[k]) { return false }
        guard hyphen + 5 < end else { return true }
        let after = scalars[hyphen + 5]
        return !CharacterClass.isAlphanumeric(after) && !CharacterClass.isHyphen(after)
            && !((after == "." || after == "," || after == ":") && hyphen + 6 < end && CharacterClass.isDigit(scalars[hyphen + 6]))
    }

    /// True when the letter before `dot` stands alone ("U.S", not "Peking.Die").
    private func isSingleLetterBefore(_ scalars: [Unicode.Scalar], _ dot: Int, _ lower: Int) -> Bool {
        let before = dot - 2
        return before < lower || !CharacterClass.isLetter(scalars[before])
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
