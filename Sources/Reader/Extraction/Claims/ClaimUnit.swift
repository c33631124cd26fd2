/// A stretch of text the claims extractor reads at once: one sentence, or
/// several when a quote runs over them ("„Wir kommen. Wir bleiben“, sagte er.").
struct ClaimUnit {
    /// Token range in `Document.tokens`.
    var tokens: Range<Int>
    /// The first token after a dateline ("Wien – ") or a dialogue dash.
    var start: Int
    var paragraph: Int
    /// A heading: a short paragraph of one line without final punctuation.
    var isHeading: Bool

    /// Builds the units of a document from its sentences and quotes.
    static func units(_ t: ClaimTokens, quotes: [QuoteFinder.Quote]) -> [ClaimUnit] {
        let doc = t.document
        // The last token each quote covers, by opening token, for merging sentences.
        var reach = [Int: Int]()
        for q in quotes where q.close > q.open {
            let length = doc.tokens[q.close].end - doc.tokens[q.open].start
            if length < 2000 { reach[q.open] = max(reach[q.open] ?? 0, q.close) }
        }
        var units: [ClaimUnit] = []
        var k = 0
        let sentences = doc.sentences
        while k < sentences.count {
            let first = sentences[k]
            var end = first.tokens.upperBound
            var furthest = -1
            for i in first.tokens { if let r = reach[i] { furthest = max(furthest, r) } }
            var next = k + 1
            while furthest >= end && next < sentences.count && sentences[next].paragraph == first.paragraph {
                for i in sentences[next].tokens { if let r = reach[i] { furthest = max(furthest, r) } }
                end = sentences[next].tokens.upperBound
                next += 1
            }
            let range = first.tokens.lowerBound..<end
            units.append(ClaimUnit(tokens: range, start: contentStart(t, range), paragraph: first.paragraph,
                                   isHeading: isHeading(t, range, paragraph: first.paragraph)))
            k = next
        }
        return units
    }

    /// Skips a dateline ("Wien – ", "EDINBURGH, Scotland — ") and a leading dash.
    private static func contentStart(_ t: ClaimTokens, _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        let limit = min(range.upperBound, range.lowerBound + 6)
        var j = i
        while j < limit && (t.isCapitalized(j) || t.isComma(j) || t.isMark(j, "/")) { j += 1 }
        if j > i && j < limit && t.isDash(j) && t.isCapitalized(i) && !t.has(i, .function) { i = j + 1 }
        while i < range.upperBound && t.isDash(i) { i += 1 }
        return min(i, range.upperBound - 1)
    }

    private static func isHeading(_ t: ClaimTokens, _ range: Range<Int>, paragraph: Int) -> Bool {
        let doc = t.document
        guard paragraph < doc.paragraphs.count, range.count < 25 else { return false }
        let p = doc.paragraphs[paragraph]
        let span = t.range(range.lowerBound, range.upperBound)
        guard span.start <= p.start + 1 && span.end >= p.end - 1 else { return false }
        var last = range.upperBound - 1
        while last > range.lowerBound && (t.isQuote(last) || t.lower[last] == ")") { last -= 1 }
        return !t.isTerminal(last) && !t.isMark(last, ":")
    }
}
