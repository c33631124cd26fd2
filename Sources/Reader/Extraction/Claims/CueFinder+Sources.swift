/// Claims attributed by a source phrase instead of a verb: "laut X", "X
/// zufolge", "nach Angaben von X", "seinen Angaben nach", "aus Sicht X",
/// "…, so X", "according to X", and "demnach", which points back to the
/// source named before.
extension CueFinder {
    func sourceCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let limit = unit.tokens.upperBound
        var i = a
        while i < limit {
            defer { i += 1 }
            guard quoteOf[i] < 0, t.isWord(i) else { continue }
            if let last = t.phrase(at: i, .sourcePreposition) {
                // "laut Polizei", "according to the company" (not "laut geschrien").
                let clauseEnd = nextBreak(from: last + 1, limit: limit)
                guard let s = phrases.forward(from: last + 1, limit: clauseEnd) else { continue }
                add(phrase: i..<s.tokens.upperBound, cue: Array(i...last), speaker: .phrase(s), unit, u, into: &found)
            } else if t.has(i, .sourcePostposition) && !t.isCapitalized(i) {
                // "Dem Ministerium zufolge", "Katzian zufolge", "den Berichten zufolge".
                guard let s = phrases.backward(before: i, floor: a) else { continue }
                add(phrase: s.tokens.lowerBound..<(i + 1), cue: [i], speaker: .phrase(s), unit, u, into: &found)
            } else if german && t.lower[i] == "nach" {
                sourceNoun(after: i, unit, u, into: &found)
            } else if german && t.lower[i] == "aus" && i + 2 < limit {
                // "aus Sicht der Gewerkschaft", "aus ihrer Sicht".
                var j = i + 1
                var possessive: Int?
                if t.has(j, .possessive) { possessive = j; j += 1 }
                guard t.has(j, .sourceNounAus), t.isCapitalized(j) else { continue }
                let clauseEnd = nextBreak(from: j + 1, limit: limit)
                let speaker: ClaimCandidate.Speaker
                var end = j + 1
                if let p = possessive {
                    speaker = .phrase(SpeakerPhrase(tokens: p..<(p + 1), head: p, main: p..<(p + 1), isPronoun: true))
                } else if let s = phrases.forward(from: j + 1 + (t.lower[j + 1] == "von" ? 1 : 0), limit: clauseEnd) {
                    speaker = .phrase(s)
                    end = s.tokens.upperBound
                } else {
                    continue
                }
                add(phrase: i..<end, cue: [i, j], speaker: speaker, unit, u, into: &found)
            } else if t.has(i, .sourceAnaphor) {
                // "Demnach …" opens the sentence or the clause after a colon ("… auf (siehe Tabelle): Demnach sind …").
                let afterColon = i - 1 > a && t.isMark(i - 1, ":")
                let start = i == a || afterColon ? i + 1 : a
                if var c = make(start, end(of: unit), cue: [i], speaker: .previous, kind: .reported, source: .source, unit: u) {
                    c.keepsWithoutSpeaker = afterColon
                    found.append(c)
                }
            } else if t.has(i, .sourceTrailing) && i - 1 > a && t.isComma(i - 1) {
                // "…, so der Verband." — the speaker ends the sentence or is followed by an adjunct.
                let clauseEnd = nextBreak(from: i + 1, limit: limit)
                guard let s = phrases.forward(from: i + 1, limit: clauseEnd), !t.has(i + 1, .complementizer) else { continue }
                let rest = s.tokens.upperBound
                guard rest >= trimmedEnd(i, clauseEnd) || t.has(rest, [.preposition, .adverb, .sourcePreposition]) else { continue }
                if let c = make(a, i - 1, cue: [i], speaker: .phrase(s), kind: nil, source: .source, unit: u) { found.append(c) }
            }
        }
    }

    /// "nach Angaben der Polizei", "nach ihrer Darstellung", "nach Uno-Angaben",
    /// and the postposed "seinen Angaben nach", "Expertenschätzungen nach".
    private func sourceNoun(after i: Int, _ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let limit = unit.tokens.upperBound
        // Postposed: the noun stands before "nach".
        if i - 1 >= a, t.isCapitalized(i - 1), let head = t.compoundHead(i - 1), head.classes.contains(.sourceNoun) {
            let n = i - 1
            var from = n
            var speaker: ClaimCandidate.Speaker = .unnamed
            if n - 1 >= a && t.has(n - 1, .possessive) {
                from = n - 1
                speaker = .phrase(SpeakerPhrase(tokens: from..<n, head: from, main: from..<n, isPronoun: true))
            } else if head.offset > 0 {
                speaker = .phrase(compoundSpeaker(n, offset: head.offset))
            }
            add(phrase: from..<(i + 1), cue: [n, i], speaker: speaker, unit, u, into: &found)
            return
        }
        var j = i + 1
        var possessive: Int?
        var own = false
        while j < limit && (t.has(j, [.determiner, .possessive]) || phrases.isModifier(j)) {
            if t.has(j, .possessive) { possessive = j }
            if t.lower[j].hasPrefix("eigene") { own = true }
            j += 1
        }
        guard j < limit, t.isCapitalized(j), let head = t.compoundHead(j), head.classes.contains(.sourceNoun) else { return }
        let clauseEnd = nextBreak(from: j + 1, limit: limit)
        var end = j + 1
        let speaker: ClaimCandidate.Speaker
        if own, possessive == nil, let s = ownSubject(before: i, floor: a, after: j + 1, clauseEnd: clauseEnd) {
            // "zählt das Ministerium nach eigenen Angaben": the subject of the clause.
            speaker = .phrase(s)
        } else if let p = possessive {
            speaker = .phrase(SpeakerPhrase(tokens: p..<(p + 1), head: p, main: p..<(p + 1), isPronoun: true))
        } else if head.offset > 0 {
            speaker = .phrase(compoundSpeaker(j, offset: head.offset))
        } else if j + 1 < clauseEnd, let s = phrases.forward(from: j + 1 + (t.lower[j + 1] == "von" || t.lower[j + 1] == "aus" ? 1 : 0), limit: clauseEnd),
                  t.lower[j + 1] == "von" || t.lower[j + 1] == "aus" || t.has(j + 1, .determiner) || phrases.isModifier(j + 1) || phrases.isNoun(j + 1) {
            speaker = .phrase(s)
            end = s.tokens.upperBound
        } else {
            speaker = .unnamed
        }
        add(phrase: i..<end, cue: [i, j], speaker: speaker, unit, u, into: &found)
    }

    /// Who "eigenen" points to in "nach eigenen Angaben": the phrase right before
    /// "nach" when it can be a subject ("zählt das Ministerium nach eigenen
    /// Angaben"), else the subject of the clause ("Die Polizei hat nach eigenen …",
    /// "Nach eigenen Angaben hat die Polizei …").
    private func ownSubject(before i: Int, floor: Int, after: Int, clauseEnd: Int) -> SpeakerPhrase? {
        var start = i - 1
        while start > floor && !t.isClauseBreak(start - 1) { start -= 1 }
        start = max(start, floor)
        if let p = phrases.backward(before: i, floor: start), !p.isPronoun || t.has(p.head, .pronoun) {
            let first = t.lower[p.tokens.lowerBound]
            let oblique = t.has(p.tokens.lowerBound, [.determiner, .possessive])
                && (first.hasSuffix("em") || first.hasSuffix("en") || first == "des" || first == "eines")
            if !oblique && !t.has(p.tokens.lowerBound, .objectPronoun) { return p }
        }
        if start < i { return phrases.subject(from: start, to: i) }
        return phrases.subject(from: after, to: clauseEnd)
    }

    /// The first part of a compound as the speaker: "Uno" of "Uno-Angaben".
    private func compoundSpeaker(_ k: Int, offset: Int) -> SpeakerPhrase {
        let token = t.token(k)
        var length = offset
        if length > 1, let s = token.text.unicodeScalars.dropFirst(length - 1).first, Token.isHyphen(s) { length -= 1 }
        return SpeakerPhrase(tokens: k..<(k + 1), head: k, main: k..<(k + 1),
                             span: TextRange(token.start, token.start + length))
    }

    /// A claim whose content is the unit without the source phrase: the words
    /// after it when it opens the sentence, before it when it closes the
    /// sentence, else the whole sentence.
    private func add(phrase p: Range<Int>, cue: [Int], speaker: ClaimCandidate.Speaker, _ unit: ClaimUnit, _ u: Int,
                     into found: inout [ClaimCandidate]) {
        let a = unit.start
        let stop = end(of: unit)
        let range: Range<Int>
        if p.lowerBound <= a { range = p.upperBound..<stop }
        else if p.upperBound >= stop { range = a..<p.lowerBound }
        else { range = a..<stop }
        guard range.lowerBound < range.upperBound,
              let c = make(range.lowerBound, range.upperBound, cue: cue.sorted(), speaker: speaker, kind: .reported, source: .source, unit: u) else { return }
        found.append(c)
    }
}
