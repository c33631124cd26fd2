/// Cuts the event a time expression dates out of its clause, in the article's
/// words: the clause without the time expressions, the prepositions that lead
/// into them, asides in dashes or brackets and leading conjunctions.
///
/// "Die Regierung setzte das geplante Verbot am Donnerstag in letzter Minute
/// aus" → "Die Regierung setzte das geplante Verbot in letzter Minute aus".
/// When the expression qualifies a noun ("der Ankündigung des
/// Handelsministeriums vom Donnerstag"), the event is that noun phrase.
/// Words are never reordered.
struct EventDescriber {
    let finder: ClauseFinder

    struct Event: Equatable {
        /// The words of the event, runs of the text joined by single spaces.
        var text: String
        /// From the first to the last word of the event (what the screen highlights).
        var range: TextRange
        /// The tokens the tense and the actors are taken from.
        var tokens: Range<Int>
        /// True when the event is a noun phrase the expression qualifies ("der
        /// Ankündigung vom Donnerstag", "die seit Anfang August geltende
        /// Verordnung"): its actors are those of the whole clause.
        var nominal = false
    }

    /// Longest event, in words; a longer clause keeps the words nearest the expression.
    static let maxWords = 24

    func event(for extent: Range<Int>, clause: ClauseFinder.Clause, expressions: [Range<Int>]) -> Event? {
        // A noun phrase reads as a label without its article ("Ankündigung des
        // Ministeriums", not "der Ankündigung …", whose case the clause gave).
        if let np = nounPhrase(before: extent, in: clause) {
            return make(withoutArticle(Array(np)), clause: clause.tokens, nominal: true)
        }
        if let np = attributivePhrase(around: extent, in: clause) {
            return make(withoutArticle(np), clause: clause.tokens, nominal: true)
        }
        let tokens = finder.document.tokens
        // The prepositions that lead into a time expression: "am", "seit", "bis" (an article
        // stays: it belongs to a noun after the expression in "die 2014 eingeleiteten Verhandlungen").
        var lead = Set<Int>()
        for e in expressions where clause.tokens.contains(e.lowerBound) {
            var k = e.lowerBound - 1
            // An article or an adjective between a preposition and the expression goes with
            // them ("seit dem 1. Jänner", "am frühen Sonntagmorgen").
            var between: [Int] = []
            while k >= clause.tokens.lowerBound, between.count < 2, isArticleOrAdjective(k) {
                between.append(k)
                k -= 1
            }
            if k >= clause.tokens.lowerBound, finder.hasRole(k, "prep") {
                lead.formUnion(between)
            } else {
                k = e.lowerBound - 1
            }
            while k >= clause.tokens.lowerBound, finder.hasRole(k, "prep") {
                lead.insert(k)
                k -= 1
            }
            // "zwischen Jänner und November": the word between two expressions goes too.
            if k >= clause.tokens.lowerBound, finder.hasRole(k, "conj"), expressions.contains(where: { $0.upperBound == k }) {
                lead.insert(k)
            }
        }
        var keep: [Int] = []
        for i in clause.tokens {
            if clause.asides.contains(where: { $0.contains(i) }) { continue }
            if expressions.contains(where: { $0.contains(i) }) || lead.contains(i) { continue }
            // A mark between two expressions goes with them ("heute, Dienstag").
            if tokens[i].kind == .punctuation, i > clause.tokens.lowerBound, i + 1 < clause.tokens.upperBound,
               expressions.contains(where: { $0.contains(i - 1) }), expressions.contains(where: { $0.contains(i + 1) }) { continue }
            keep.append(i)
        }
        // Leading conjunctions and marks, trailing marks.
        while let first = keep.first, tokens[first].kind != .word && tokens[first].kind != .number || finder.hasRole(first, "conj") {
            keep.removeFirst()
        }
        while let last = keep.last, tokens[last].kind == .punctuation || tokens[last].kind == .dash {
            keep.removeLast()
        }
        guard keep.contains(where: { tokens[$0].kind == .word }) else { return nil }
        if keep.count > EventDescriber.maxWords {
            // Keep the words nearest to the expression.
            let centre = extent.lowerBound
            keep.sort { abs($0 - centre) < abs($1 - centre) }
            keep = Array(keep.prefix(EventDescriber.maxWords)).sorted()
        }
        return make(keep, clause: clause.tokens)
    }

    /// An article, or an adjective that is no preposition or conjunction ("frühen").
    private func isArticleOrAdjective(_ i: Int) -> Bool {
        finder.hasRole(i, "article") || isInflectedAdjective(i) && !finder.hasRole(i, "prep") && !finder.hasRole(i, "conj")
    }

    /// A lower-case inflected word that is no function word: an adjective or participle ("frühen", "geltende").
    private func isInflectedAdjective(_ i: Int) -> Bool {
        let t = finder.document.tokens[i]
        guard t.kind == .word, !t.isCapitalized, !finder.rules.functionWords.contains(t.text),
              let last = t.text.unicodeScalars.last else { return false }
        return "enrsm".unicodeScalars.contains(last)
    }

    /// "der Ankündigung des Handelsministeriums [vom] Donnerstag": the noun
    /// phrase before a linking preposition ("vom", "von", "of").
    private func nounPhrase(before extent: Range<Int>, in clause: ClauseFinder.Clause) -> Range<Int>? {
        let tokens = finder.document.tokens
        let link = extent.lowerBound - 1
        guard link - 1 >= clause.tokens.lowerBound, finder.hasRole(link, "link") else { return nil }
        let head = link - 1
        guard tokens[head].kind == .word, tokens[head].isCapitalized, !finder.hasRole(head, "conj"),
              !finder.hasRole(head, "article") else { return nil }
        // Leftwards over articles, adjectives and nouns joined by a genitive
        // ("der Ankündigung des Ministeriums"), up to a preposition or verb.
        var start = head
        var k = head - 1
        while k >= clause.tokens.lowerBound, head - k < 7 {
            let t = tokens[k]
            guard t.kind == .word, !finder.hasRole(k, "prep"), !finder.hasRole(k, "stop"), !finder.hasRole(k, "conj") else { break }
            if finder.hasRole(k, "article") { start = k; k -= 1; continue }
            if t.isCapitalized {
                guard finder.hasRole(k + 1, "genitive") else { break }
                start = k; k -= 1; continue
            }
            // An adjective before a noun: lower case and inflected.
            if !finder.hasRole(k + 1, "article"), let last = t.text.unicodeScalars.last, "enrsm".unicodeScalars.contains(last) {
                start = k; k -= 1; continue
            }
            break
        }
        // The phrase starts at an article or noun, not at a linking word.
        while start < head && finder.hasRole(start, "link") { start += 1 }
        return start..<(head + 1)
    }

    /// "die seit [Anfang August] geltende Verbotsverordnung": an expression
    /// between an article and the adjective or participle of a noun dates what
    /// that phrase names; the event is the phrase without the expression and
    /// its preposition ("die geltende Verbotsverordnung").
    private func attributivePhrase(around extent: Range<Int>, in clause: ClauseFinder.Clause) -> [Int]? {
        let tokens = finder.document.tokens
        var k = extent.lowerBound - 1
        while k >= clause.tokens.lowerBound, finder.hasRole(k, "prep") { k -= 1 }
        guard k >= clause.tokens.lowerBound, finder.hasRole(k, "article") else { return nil }
        var phrase = [k]
        var j = extent.upperBound
        // One or two inflected adjectives or participles, then the noun.
        while j < clause.tokens.upperBound, phrase.count < 3, isInflectedAdjective(j) {
            phrase.append(j)
            j += 1
        }
        guard phrase.count > 1, j < clause.tokens.upperBound, tokens[j].kind == .word, tokens[j].isCapitalized,
              !finder.rules.functionWords.containsFolded(tokens[j].text) else { return nil }
        phrase.append(j)
        return phrase
    }

    private func withoutArticle(_ phrase: [Int]) -> [Int] {
        guard phrase.count > 1, let first = phrase.first, finder.hasRole(first, "article") else { return phrase }
        return Array(phrase.dropFirst())
    }

    private func make(_ keep: [Int], clause: Range<Int>, nominal: Bool = false) -> Event? {
        guard let first = keep.first, let last = keep.last else { return nil }
        let doc = finder.document
        var text = ""
        var runStart = first
        var previous = first
        for i in keep.dropFirst() + [Int.max] {
            if i != previous + 1 {
                // No space before a run that starts with a mark ("Im Wahlkampf, bei dem").
                if !text.isEmpty && !(doc.tokens[runStart].kind == .punctuation && ",.;:)!?".unicodeScalars.contains(doc.scalars[doc.tokens[runStart].start])) {
                    text += " "
                }
                text += doc.string(TextRange(doc.tokens[runStart].start, doc.tokens[previous].end))
                runStart = i
            }
            previous = i
        }
        return Event(text: text, range: TextRange(doc.tokens[first].start, doc.tokens[last].end), tokens: clause, nominal: nominal)
    }
}
