/// One token of the document: a word, number or punctuation mark with its span.
///
/// Hyphenated compounds ("Handels-Ministerium", "US-Präsident"), dotted names
/// ("Yahoo.de"), numbers with separators ("12.9.2015", "20.45") and
/// apostrophes ("Trump's") stay one token; `parts` gives their pieces.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        case word        // contains at least one letter
        case number      // digits, with inner dots, commas, colons
        case punctuation // . , ; : ! ? … ( ) [ ] and the like
        case quote       // „ “ ” " » « › ‹ ‚ ‘ ’ '
        case dash        // – — and a free-standing hyphen
        case symbol      // anything else (%, €, &, /)
    }

    var range: TextRange
    var kind: Kind
    var text: String
    /// True when the first letter is upper case ("Regierung", "US-Präsident"; "iPhone" is false).
    let isCapitalized: Bool
    /// True for a hyphenated compound ("US-Präsident", "Ein-").
    let hasHyphen: Bool

    init(range: TextRange, kind: Kind, text: String) {
        self.range = range
        self.kind = kind
        self.text = text
        isCapitalized = text.unicodeScalars.first.map(CharacterClass.isUpper) ?? false
        hasHyphen = kind == .word && text.unicodeScalars.contains(where: Token.isHyphen)
    }

    /// A token whose first scalar and hyphens the tokenizer already knows.
    init(range: TextRange, kind: Kind, text: String, firstScalar: Unicode.Scalar, hasHyphen: Bool) {
        self.range = range
        self.kind = kind
        self.text = text
        isCapitalized = CharacterClass.isUpper(firstScalar)
        self.hasHyphen = hasHyphen
    }

    var start: Int { range.start }
    var end: Int { range.end }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// True when every letter is upper case and there are at least two ("USA", "OPCW").
    var isAllCaps: Bool {
        var letters = 0
        for s in text.unicodeScalars where CharacterClass.isLetter(s) {
            if !CharacterClass.isUpper(s) { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Upper case after the first letter as well ("YouTube", "McDonald", "iPhone").
    var hasInnerCapital: Bool {
        var seenLower = false
        var first = true
        for s in text.unicodeScalars {
            if s == "-" { first = true; seenLower = false; continue }
            if CharacterClass.isUpper(s) && !first && seenLower { return true }
            if CharacterClass.isLower(s) { seenLower = true }
            first = false
        }
        return false
    }

    /// The pieces of a hyphenated compound with their spans: "YouTube-Verbot" → "YouTube", "Verbot".
    var parts: [(text: String, range: TextRange)] {
        var result: [(String, TextRange)] = []
        var current = String.UnicodeScalarView()
        var partStart = range.start
        var offset = range.start
        for s in text.unicodeScalars {
            if Token.isHyphen(s) {
                if !current.isEmpty { result.append((String(current), TextRange(partStart, offset))) }
                current = String.UnicodeScalarView()
                partStart = offset + 1
            } else {
                current.append(s)
            }
            offset += 1
        }
        if !current.isEmpty { result.append((String(current), TextRange(partStart, offset))) }
        return result
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }
}
