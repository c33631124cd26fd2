/// Fast character classes for the tokenizer and the extractors, with an ASCII
/// fast path in front of the Unicode property look-ups.
enum CharacterClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.generalCategory == .decimalNumber
    }

    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    @inline(__always)
    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Spaces, tabs, line breaks, and the invisible or control characters the
    /// tokenizer steps over like spaces.
    @inline(__always)
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v <= 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        if v == 0xA0 || v == 0x2007 || v == 0x202F || v == 0xFEFF || v == 0x200B { return true }
        switch s.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format: return true
        default: return false
        }
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
