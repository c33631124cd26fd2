/// Groups tokens into paragraphs and sentences.
///
/// A full stop ends a sentence unless it closes an abbreviation ("z. B.",
/// "Dr.", "U.S."), an initial ("Elisabeth S. hat") or an ordinal number
/// ("am 12. September"), or the next word is lower case. After such a dot the
/// sentence still ends when the next word is one that typically opens a
/// sentence ("Die", "Er", "The"). Closing quotes and brackets right after the
/// mark belong to the sentence they end. Blank lines end paragraphs; a single
/// line break ends a sentence after a short line (a heading) or a final mark.
struct SentenceSplitter: Sendable {
    var abbreviations: WordList
    var starters: WordList

    init(data: TextData = .shared) {
        abbreviations = data.abbreviations
        starters = data.sentenceStarters
    }

    /// Paragraph spans inside `body`: text separated by blank lines.
    func paragraphs(_ s: [Unicode.Scalar], body: TextRange) -> [TextRange] {
        var result: [TextRange] = []
        var i = body.start
        var paraStart: Int? = nil
        var lastContent = body.start
        while i < body.end {
            let c = s[i]
            if CharacterClass.isNewline(c) {
                // Look ahead for a blank line: only spaces up to the next newline.
                var j = i + 1
                if c == "\r" && j < body.end && s[j] == "\n" { j += 1 }
                var k = j
                while k < body.end && CharacterClass.isSpace(s[k]) && !CharacterClass.isNewline(s[k]) { k += 1 }
                if k < body.end && CharacterClass.isNewline(s[k]) || c == "\u{2029}" {
                    if let p = paraStart { result.append(TextRange(p, lastContent)); paraStart = nil }
                }
                i = j
                continue
            }
            if !CharacterClass.isSpace(c) {
                if paraStart == nil { paraStart = i }
                lastContent = i + 1
            }
            i += 1
        }
        if let p = paraStart { result.append(TextRange(p, lastContent)) }
        return result
    }

    func sentences(_ s: [Unicode.Scalar], tokens: [Token], paragraphs: [TextRange]) -> [Sentence] {
        var result: [Sentence] = []
        var t = 0
        for (pIndex, para) in paragraphs.enumerated() {
            while t < tokens.count && tokens[t].end <= para.start { t += 1 }
            var first = t
            while t < tokens.count && tokens[t].start < para.end {
                let boundary = endsSentence(at: t, s, tokens, paragraphEnd: para.end)
                if let last = boundary {
                    result.append(Sentence(range: TextRange(tokens[first].start, tokens[last].end), tokens: first..<(last + 1), paragraph: pIndex))
                    t = last + 1
                    first = t
                } else {
                    t += 1
                }
            }
            if first < t {
                result.append(Sentence(range: TextRange(tokens[first].start, tokens[t - 1].end), tokens: first..<t, paragraph: pIndex))
            }
        }
        return result
    }

    /// The index of the last token of a sentence that ends at token `k`, or nil.
    private func endsSentence(at k: Int, _ s: [Unicode.Scalar], _ tokens: [Token], paragraphEnd: Int) -> Int? {
        let token = tokens[k]
        guard k + 1 < tokens.count, tokens[k + 1].start < paragraphEnd else { return nil }

        if let scalar = token.text.unicodeScalars.first, token.kind == .punctuation, CharacterClass.isTerminal(scalar) {
            var last = k
            // Closing quotes and brackets that touch the mark belong to this sentence.
            while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                  tokens[last + 1].kind == .quote || tokens[last + 1].text == ")" || tokens[last + 1].text == "]" {
                last += 1
            }
            guard last + 1 < tokens.count, tokens[last + 1].start < paragraphEnd else { return nil }
            let next = tokens[last + 1]
            if next.kind == .punctuation && next.text != "(" && next.text != "…" && next.text != "..." { return nil }
            if next.kind == .word, let f = next.text.unicodeScalars.first, CharacterClass.isLower(f) { return nil }
            if token.text == "." && k > 0 && tokens[k - 1].end == token.start && protectsDot(tokens[k - 1]) {
                return startsSentence(next) ? last : nil
            }
            return last
        }

        // A line break after a heading-like short line, or after a colon.
        if let gap = lineBreak(between: token, and: tokens[k + 1], s) {
            if token.text == ":" || token.kind == .quote { return k }
            if gap.lineLength < 70 && token.kind != .punctuation { return k }
            if gap.lineLength < 70 && token.text == ")" { return k }
        }
        return nil
    }

    /// A dot after this token need not end the sentence.
    private func protectsDot(_ word: Token) -> Bool {
        if word.range.length <= 8 && abbreviations.contains(word.text.lowercasedFast + ".") { return true }
        let length = word.range.length
        if word.kind == .word && length == 1, let first = word.text.unicodeScalars.first, CharacterClass.isUpper(first) { return true }
        if word.kind == .number && length <= 3 && word.text.unicodeScalars.allSatisfy(CharacterClass.isDigit) { return true }
        // "U.S", "z.B", "u.a": single letters joined by dots.
        if word.kind == .word && word.text.utf8.contains(UInt8(ascii: ".")) {
            let pieces = word.text.split(separator: ".")
            if pieces.allSatisfy({ $0.count == 1 }) { return true }
        }
        return false
    }

    private func startsSentence(_ token: Token) -> Bool {
        if token.kind == .quote || token.kind == .dash { return true }
        return token.kind == .word && token.isCapitalized && starters.contains(token.text.lowercasedFast)
    }

    private struct LineGap { var lineLength: Int }

    /// When a line break lies between two tokens: the length of the line that ends.
    private func lineBreak(between a: Token, and b: Token, _ s: [Unicode.Scalar]) -> LineGap? {
        var i = a.end
        var found = false
        while i < b.start {
            if CharacterClass.isNewline(s[i]) { found = true; break }
            i += 1
        }
        guard found else { return nil }
        var lineStart = a.end - 1
        while lineStart > 0 && !CharacterClass.isNewline(s[lineStart - 1]) { lineStart -= 1 }
        return LineGap(lineLength: a.end - lineStart)
    }
}
