/// Fast character classes for the tokenizer and the extractors, with an ASCII
/// fast path in front of the Unicode property look-ups.
enum CharacterClass {
    // Flags in `table`, precomputed for the scripts news text is written in.
    private static let letter: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4, digit: UInt8 = 8, space: UInt8 = 16
    /// Latin, Greek and Cyrillic; and General Punctuation (quotes, dashes, spaces) at `punctuationBase`.
    private static let tableSize = 0x0530
    private static let punctuationBase = 0x2000, punctuationEnd = 0x2070
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: tableSize + punctuationEnd - punctuationBase)
        for v in 0..<tableSize {
            if let s = Unicode.Scalar(UInt32(v)) { t[v] = computeFlags(s) }
        }
        for v in punctuationBase..<punctuationEnd {
            if let s = Unicode.Scalar(UInt32(v)) { t[tableSize + v - punctuationBase] = computeFlags(s) }
        }
        return t
    }()

    private static func computeFlags(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { f |= letter }
        if p.isUppercase { f |= upper }
        if p.isLowercase { f |= lower }
        if p.generalCategory == .decimalNumber { f |= digit }
        let v = s.value
        if v <= 0x20 || v == 0x7F || v == 0xA0 || v == 0x2007 || v == 0x202F || v == 0xFEFF || v == 0x200B {
            f |= space
        } else {
            switch p.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: f |= space
            default: break
            }
        }
        return f
    }

    @inline(__always)
    private static func flags(_ s: Unicode.Scalar) -> UInt8 {
        let v = Int(s.value)
        if v < tableSize { return table[v] }
        if v >= punctuationBase && v < punctuationEnd { return table[tableSize + v - punctuationBase] }
        return computeFlags(s)
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return flags(s) & letter != 0
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return flags(s) & digit != 0
    }

    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return flags(s) & upper != 0
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return flags(s) & lower != 0
    }

    /// Spaces, tabs, line breaks, and the invisible or control characters the
    /// tokenizer steps over like spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v <= 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        return flags(s) & space != 0
    }

    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{0B}" || s == "\u{0C}" || s == "\u{85}"
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { Token.isHyphen(s) }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{201E}", "\u{201C}", "\u{201D}", "\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}",
             "\u{201A}", "\u{2018}", "\u{2019}", "\u{201F}", "\u{201B}", "\u{300C}", "\u{300D}":
            return true
        default:
            return false
        }
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}", "\u{2212}": return true
        default: return false
        }
    }

    /// Marks that can end a sentence.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "\u{2026}"
    }
}
