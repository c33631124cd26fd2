/// Claims introduced by a noun or a word of stance:
/// - "Sicherheitsbedenken der US-Regierung, dass …", "seine Forderung, dass …",
///   "suggestions on social media that …";
/// - "zeigte sich optimistisch, dass …", "ist überzeugt, dass …", "Für ihn ist
///   klar, dass …", "was confident that …".
extension CueFinder {
    func nominalCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let limit = unit.tokens.upperBound
        for k in a..<limit where quoteOf[k] < 0 && t.has(k, .complementizer) && !t.isCapitalized(k) && t.lower[k] != "ob" && t.lower[k] != "whether" {
            // German: "… NOUN (genitive), dass"; English: "NOUN (by/of/on X) that".
            var before = k - 1
            if german {
                guard before > a, t.isComma(before) else { continue }
                before -= 1
            }
            guard before >= a else { continue }
            var speaker: SpeakerPhrase?
            var noun = before
            if german {
                if let g = phrases.backward(before: before + 1, floor: a), g.tokens.lowerBound - 1 >= a,
                   t.has(g.tokens.lowerBound, .determiner) || phrases.isModifier(g.tokens.lowerBound),
                   t.compoundClasses(g.tokens.lowerBound - 1).contains(.nominalCue), t.isCapitalized(g.tokens.lowerBound - 1) {
                    noun = g.tokens.lowerBound - 1
                    speaker = g
                } else if t.isCapitalized(before), t.compoundClasses(before).contains(.nominalCue), before - 1 >= a, t.has(before - 1, .possessive) {
                    speaker = SpeakerPhrase(tokens: (before - 1)..<before, head: before - 1, main: (before - 1)..<before, isPronoun: true)
                }
            } else {
                var p = before
                while p > a && !t.has(p, .preposition) && !t.isClauseBreak(p) && before - p < 5 { p -= 1 }
                if p > a, ["by", "of", "on", "from"].contains(t.lower[p]), t.has(p - 1, .nominalCue) {
                    noun = p - 1
                    let s = p + 1
                    if s <= before {
                        var head = before
                        while head > s && !t.isWord(head) { head -= 1 }
                        speaker = SpeakerPhrase(tokens: s..<(before + 1), head: head, main: s..<(before + 1))
                    }
                }
            }
            guard let s = speaker else { continue }
            let stop = nominalEnd(from: k + 1, unit: unit)
            addNominal(from: k + 1, to: stop, noun: noun, speaker: s, u, into: &found)
        }
        // German: "die Drohung der Rebellen, die Stadt anzugreifen".
        guard german else { return }
        for k in a..<limit where t.isComma(k) && quoteOf[k] < 0 && k > a {
            guard let g = phrases.backward(before: k, floor: a), g.tokens.lowerBound - 1 >= a,
                  t.has(g.tokens.lowerBound, .determiner), t.isCapitalized(g.tokens.lowerBound - 1),
                  t.compoundClasses(g.tokens.lowerBound - 1).contains(.nominalCue) else { continue }
            let stop = nominalEnd(from: k + 1, unit: unit)
            guard isInfinitiveClause(k + 1, stop) else { continue }
            addNominal(from: k + 1, to: stop, noun: g.tokens.lowerBound - 1, speaker: g, u, into: &found)
        }
    }

    /// A claim of the words `a..<b`, introduced by the noun at `noun`.
    private func addNominal(from a: Int, to b: Int, noun: Int, speaker s: SpeakerPhrase, _ u: Int, into found: inout [ClaimCandidate]) {
        guard var c = make(a, b, cue: [noun], speaker: .phrase(s), kind: .reported, source: .nominal, unit: u) else { return }
        c.accuses = t.compoundClasses(noun).contains(.accusationNoun)
        found.append(c)
    }

    func stanceCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let limit = unit.tokens.upperBound
        let stop = end(of: unit)
        for i in a..<limit where quoteOf[i] < 0 && t.has(i, .stance) {
            // The clause follows at once: ", dass …", ", zu …", "that …".
            var n = i + 1
            if german {
                guard n < stop, t.isComma(n) else { continue }
                n += 1
                guard n < stop, t.has(n, .complementizer) || hasReportedVerb(n, nextBreak(from: n, limit: limit)) else { continue }
            } else {
                guard n < stop, t.lower[n] == "that" else { continue }
            }
            let begin = clauseStart(of: i, floor: a)
            var speaker: SpeakerPhrase?
            if german && t.lower[begin] == "für" {
                let p = begin + 1
                speaker = t.has(p, .objectPronoun) && !t.pronounFeatures(p).isEmpty
                    ? SpeakerPhrase(tokens: p..<(p + 1), head: p, main: p..<(p + 1), isPronoun: true)
                    : phrases.forward(from: p, limit: i)
            } else {
                speaker = phrases.subject(from: begin == i ? a : begin, to: i) ?? phrases.subject(from: a, to: i)
            }
            guard let s = speaker, let c = make(n, stop, cue: [i], speaker: .phrase(s), kind: nil, source: .nominal, unit: u) else { continue }
            found.append(c)
        }
    }

    /// Where a clause after a noun ends: at a comma after which the sentence
    /// goes on with its own verb ("Die Sorge, dass …, ist groß"), else at the end.
    private func nominalEnd(from k: Int, unit: ClaimUnit) -> Int {
        let stop = end(of: unit)
        var j = k
        while j < stop {
            if t.isComma(j) && quoteOf[j] < 0 && j + 1 < stop && t.isWord(j + 1) && !t.isCapitalized(j + 1)
                && !t.has(j + 1, [.determiner, .pronoun, .subordinator, .complementizer, .relative, .coordinator, .possessive, .preposition]) {
                return j
            }
            j += 1
        }
        return stop
    }
}
