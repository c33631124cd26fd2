/// The article wrapped to a width: display lines that point into the text.
///
/// Paragraphs are separated by a blank line. Inside a paragraph, a line break
/// of the source is kept after a short line (a heading, a list item) and
/// otherwise reflowed like a space. Lines break at spaces, after the hyphen
/// of a compound when a word does not fit, and inside a word only when it is
/// longer than the whole line. Widths are display columns (see `Glyphs`).
struct ArticleLayout: Sendable {
    struct Line: Sendable, Equatable {
        /// The first and one past the last scalar shown on the line.
        var start: Int
        var end: Int
        var paragraph: Int
        var isBlank: Bool { start == end }
    }

    let width: Int
    private(set) var lines: [Line] = []

    init(document: Document, width: Int) {
        self.width = max(1, width)
        let s = document.scalars
        for (p, para) in document.paragraphs.enumerated() {
            if p > 0 { lines.append(Line(start: para.start, end: para.start, paragraph: p)) }
            wrap(s, para, paragraph: p)
        }
    }

    private mutating func wrap(_ s: [Unicode.Scalar], _ para: TextRange, paragraph: Int) {
        var lineStart = para.start
        var col = 0
        var breakAt = -1          // where the next line may start
        var i = para.start
        func emit(_ from: Int, _ to: Int) {
            var end = to
            while end > from && CharacterClass.isSpace(s[end - 1]) { end -= 1 }
            lines.append(Line(start: from, end: max(end, from), paragraph: paragraph))
        }
        func skipSpaces(_ k: Int) -> Int {
            var k = k
            while k < para.end && CharacterClass.isSpace(s[k]) && !CharacterClass.isNewline(s[k]) { k += 1 }
            return k
        }
        while i < para.end {
            let c = s[i]
            if CharacterClass.isNewline(c) {
                var next = i + 1
                if c == "\r" && next < para.end && s[next] == "\n" { next += 1 }
                if keepsLineBreak(s, lineStart: lineStart, at: i) {
                    emit(lineStart, i)
                    lineStart = skipSpaces(next); i = lineStart; col = 0; breakAt = -1
                    continue
                }
                col += 1; i = next; breakAt = i
                continue
            }
            let w = Glyphs.width(c, column: col)
            if CharacterClass.isSpace(c) {
                col += w; i += 1; breakAt = i
                continue
            }
            if col + w > width && col > 0 {
                if breakAt > lineStart {
                    emit(lineStart, breakAt)
                    lineStart = skipSpaces(breakAt)
                } else {
                    emit(lineStart, i)
                    lineStart = i
                }
                breakAt = -1
                col = 0
                var k = lineStart
                while k < i { col += Glyphs.width(s[k], column: col); k += 1 }
                if lineStart > i { i = lineStart }
                continue
            }
            col += w
            i += 1
            if Token.isHyphen(c), i < para.end, CharacterClass.isLetter(s[i]), i - 1 > lineStart, CharacterClass.isLetter(s[i - 2]) {
                breakAt = i
            }
        }
        if lineStart < para.end || lines.last?.paragraph != paragraph { emit(lineStart, para.end) }
    }

    /// A source line break stays when the line before it is short.
    private func keepsLineBreak(_ s: [Unicode.Scalar], lineStart: Int, at newline: Int) -> Bool {
        var k = newline - 1
        var length = 0
        while k >= lineStart && !CharacterClass.isNewline(s[k]) { k -= 1; length += 1 }
        return length < 50
    }

    /// The index of the line that shows `offset` (the nearest line for offsets between lines).
    func lineIndex(of offset: Int) -> Int {
        var lo = 0, hi = lines.count - 1, best = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if lines[mid].start <= offset { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }
}

/// How article characters are shown: tabs expand to the next multiple of four
/// columns, control characters become visible pictures, invisible format
/// characters take no room.
enum Glyphs {
    static func width(_ s: Unicode.Scalar, column: Int) -> Int {
        if s == "\t" { return 4 - column % 4 }
        if CharacterClass.isNewline(s) { return 1 }
        switch TerminalSafe.treatment(of: s) {
        case .keep: return DisplayWidth.of(s)
        case .replace(let r): return DisplayWidth.of(r)
        case .drop: return 0
        }
    }

    /// The character to draw for a scalar, or nil when it is not shown.
    static func shown(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s == "\t" || CharacterClass.isNewline(s) { return " " }
        switch TerminalSafe.treatment(of: s) {
        case .keep: return s
        case .replace(let r): return r
        case .drop: return nil
        }
    }
}
