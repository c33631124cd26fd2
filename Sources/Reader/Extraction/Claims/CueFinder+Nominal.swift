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
            // "war Mitterlehner etwas optimistischer: Es kann nur besser werden": after a
            // colon only a person named by name, role or pronoun speaks, so that "Die Sache
            // ist klar: …" stays the author's.
            if german, n + 1 < stop, t.isMark(n, ":") {
                let begin = clauseStart(of: i, floor: a)
                guard let s = phrases.subject(from: begin == i ? a : begin, to: i), isPersonLike(s),
                      let c = make(n + 1, stop, cue: [i], speaker: .phrase(s), kind: nil, source: .nominal, unit: u) else { continue }
                found.append(c)
                continue
            }
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

    /// A phrase that names a person: a pronoun, a name without article, or a role noun.
    func isPersonLike(_ s: SpeakerPhrase) -> Bool {
        if s.isPronoun { return true }
        guard t.isCapitalized(s.head) else { return false }
        if t.compoundClasses(s.head).contains(.roleNoun) { return true }
        return !t.has(s.tokens.lowerBound, [.determiner, .possessive, .indefinite])
    }

    /// Claims after a colon that a nominal cue with its speaker introduces: "seine
    /// Botschaft an die Menschen, die nach Europa kommen: Es gibt …", "der Appell der
    /// Ärzte: Bleiben Sie zu Hause". The noun has a possessive or a genitive after it,
    /// and no verb of saying stands between it and the colon.
    func colonNominalCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        guard german else { return }
        let a = unit.start
        let stop = end(of: unit)
        for k in a..<stop where t.isMark(k, ":") && quoteOf[k] < 0 && k + 2 < stop {
            var n = k - 1
            while n >= a && !t.isMark(n, ":") && !t.isTerminal(n) && k - n <= 14 {
                // A verb of saying, an auxiliary or a zu-infinitive between: the noun is an
                // object of another verb ("ermutigt, ihre Meinung zu äußern: …").
                if (t.has(n, [.reportingVerb, .auxiliary]) && !t.isCapitalized(n)) || (t.lower[n] == "zu" && t.isWord(n + 1) && !t.isCapitalized(n + 1)) { break }
                if t.isCapitalized(n), t.compoundClasses(n).contains(.nominalCue), quoteOf[n] < 0 {
                    var speaker: SpeakerPhrase?
                    if n - 1 >= a, t.has(n - 1, .possessive) {
                        speaker = SpeakerPhrase(tokens: (n - 1)..<n, head: n - 1, main: (n - 1)..<n, isPronoun: true)
                    } else if n + 1 < k, t.has(n + 1, .determiner), ["des", "der"].contains(t.lower[n + 1]),
                              let g = phrases.forward(from: n + 1, limit: k) {
                        speaker = g
                    }
                    if let s = speaker, let c = make(k + 1, stop, cue: [n], speaker: .phrase(s), kind: nil, source: .nominal, unit: u) {
                        found.append(c)
                    }
                    break
                }
                n -= 1
            }
        }
    }

    /// "Kritik kommt von der Stadt am schleppenden Ausbau …": a nominal cue as the
    /// subject of "kommt von" names the speaker after "von"; what follows the
    /// speaker ("am …", "an …", "gegen …") is the claim, else the phrase only
    /// names who speaks in the sentences after it.
    func comesFromCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        guard german else { return }
        let a = unit.start
        let stop = end(of: unit)
        let limit = unit.tokens.upperBound
        for k in a..<stop where t.isCapitalized(k) && quoteOf[k] < 0 && k + 2 < stop && CueFinder.comeVerbs.contains(t.lower[k + 1]) {
            guard t.compoundClasses(k).contains(.nominalCue), k == a || t.has(k - 1, [.determiner, .adverb]) || t.isClauseBreak(k - 1) else { continue }
            var v = k + 2
            while v < stop && t.has(v, .adverb) && t.lower[v] != "von" { v += 1 }
            guard v + 1 < stop, t.lower[v] == "von" || t.lower[v] == "aus" else { continue }
            let clauseEnd = nextBreak(from: v + 1, limit: limit)
            guard let s = phrases.forward(from: v + 1, limit: clauseEnd) else { continue }
            let rest = s.tokens.upperBound
            if rest < clauseEnd, CueFinder.contentPrepositions.contains(t.lower[rest]),
               let c = make(rest, min(stop, clauseEnd), cue: [k, k + 1, v], speaker: .phrase(s), kind: .reported, source: .nominal, unit: u) {
                found.append(c)
            } else if rest >= trimmedEnd(rest, clauseEnd) {
                var intro = ClaimCandidate(content: t.range(k, k + 1), contentTokens: k..<(k + 1), cue: [k, k + 1, v], speaker: .phrase(s),
                                           kind: .reported, source: .nominal, unit: u)
                intro.introducesOnly = true
                found.append(intro)
            }
        }
    }

    static let comeVerbs: Set<String> = ["kommt", "kam", "kommen", "kamen"]
    /// Prepositions that open what a criticism or demand is about.
    static let contentPrepositions: Set<String> = ["an", "am", "gegen", "zu", "zum", "zur", "für"]

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
