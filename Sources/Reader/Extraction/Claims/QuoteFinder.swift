/// Pairs quotation marks into quotes, in every style news uses: „…“ with
/// ‚…‘ inside, »…«, «…», "…", “…”, ‘…’.
///
/// Each mark is read as opening or closing from its shape, the marks open
/// before it and the characters around it (an ASCII `"` after a space opens,
/// before a space closes). A quote left open at the end of a paragraph is
/// closed there when the next paragraph opens again with the same mark (the
/// convention for quotes that run over paragraphs); otherwise the stray mark
/// is dropped. Apostrophes inside words are never marks (the tokenizer keeps
/// "Trump's" whole), and a lone ’ or ' is read as an apostrophe.
struct QuoteFinder {
    struct Quote: Equatable {
        /// Token indexes of the opening and closing marks.
        var open: Int
        var close: Int
        /// The words inside the marks.
        var inner: TextRange
        /// True when the next paragraph continues the quote.
        var continues: Bool = false
    }

    private enum Style { case low, english, guillemetIn, guillemetOut, ascii, lowSingle, englishSingle, asciiSingle, angleIn, angleOut }

    /// Quotes in text order (by opening mark); nested quotes are listed too.
    func quotes(in document: Document) -> [Quote] {
        let tokens = document.tokens
        let s = document.scalars
        var result: [Quote] = []
        var stack: [(index: Int, style: Style)] = []
        var paragraph = 0
        let paragraphs = document.paragraphs

        func flush(upTo end: Int, nextParagraphStart: Int?) {
            // Close quotes still open at a paragraph end when the next paragraph reopens.
            if let first = stack.first, let next = nextParagraphStart, next < tokens.count,
               tokens[next].kind == .quote, opens(tokens[next]) {
                let closeToken = max(first.index, end - 1)
                result.append(Quote(open: first.index, close: closeToken,
                                    inner: TextRange(tokens[first.index].end, tokens[closeToken].end), continues: true))
            }
            stack.removeAll()
        }

        var i = 0
        while i < tokens.count {
            while paragraph + 1 < paragraphs.count && tokens[i].start >= paragraphs[paragraph].end {
                let next = document.tokenIndex(atOrAfter: paragraphs[paragraph + 1].start)
                flush(upTo: i, nextParagraphStart: next)
                paragraph += 1
            }
            let t = tokens[i]
            guard t.kind == .quote, let mark = t.text.unicodeScalars.first else { i += 1; continue }
            let before: Unicode.Scalar? = t.start > 0 ? s[t.start - 1] : nil
            let after: Unicode.Scalar? = t.end < s.count ? s[t.end] : nil
            let leftFlank = before.map { CharacterClass.isSpace($0) || "([{–—-/".unicodeScalars.contains($0) || CharacterClass.isQuote($0) } ?? true
            let rightFlank = after.map { CharacterClass.isSpace($0) || ".,;:!?)]}–—-…".unicodeScalars.contains($0) || CharacterClass.isQuote($0) } ?? true

            func close(_ styles: [Style]) -> Bool {
                guard let k = stack.lastIndex(where: { styles.contains($0.style) }) else { return false }
                let open = stack[k].index
                result.append(Quote(open: open, close: i, inner: TextRange(tokens[open].end, t.start)))
                stack.removeSubrange(k...)
                return true
            }

            switch mark {
            case "\u{201E}": stack.append((i, .low))
            case "\u{201A}": stack.append((i, .lowSingle))
            case "\u{201C}":
                if !close([.low]) { stack.append((i, .english)) }
            case "\u{201D}":
                if !close([.english, .low]) && leftFlank && !rightFlank { stack.append((i, .english)) }
            case "\u{2018}":
                if !close([.lowSingle]) { stack.append((i, .englishSingle)) }
            case "\u{2019}":
                _ = close([.englishSingle, .lowSingle])
            case "\u{00BB}":
                if !close([.guillemetOut]) { stack.append((i, .guillemetIn)) }
            case "\u{00AB}":
                if !close([.guillemetIn]) { stack.append((i, .guillemetOut)) }
            case "\u{203A}":
                if !close([.angleOut]) { stack.append((i, .angleIn)) }
            case "\u{2039}":
                if !close([.angleIn]) { stack.append((i, .angleOut)) }
            case "\"":
                let top = stack.last?.style == .ascii
                if top && (rightFlank || !leftFlank) { _ = close([.ascii]) }
                else if leftFlank && !rightFlank { stack.append((i, .ascii)) }
                else if stack.contains(where: { $0.style == .ascii }) { _ = close([.ascii]) }
            case "'":
                if stack.last?.style == .asciiSingle && rightFlank { _ = close([.asciiSingle]) }
                else if leftFlank && !rightFlank && stack.contains(where: { $0.style == .ascii }) { stack.append((i, .asciiSingle)) }
            default:
                break
            }
            i += 1
        }
        flush(upTo: tokens.count, nextParagraphStart: nil)
        return result.sorted { $0.open < $1.open }
    }

    /// True when a mark at the start of a paragraph opens a quote.
    private func opens(_ token: Token) -> Bool {
        guard let mark = token.text.unicodeScalars.first else { return false }
        switch mark {
        case "\u{201E}", "\u{201C}", "\u{00BB}", "\u{00AB}", "\"", "\u{201A}", "\u{2018}": return true
        default: return false
        }
    }
}
