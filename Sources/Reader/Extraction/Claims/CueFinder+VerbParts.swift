/// The parts of a reporting-verb construction: where a leading cue's
/// clause starts, what a verb's object says, who stands after a trailing
/// cue, and the small tests they rest on.
extension CueFinder {
    /// Where trailing content starts: after the last colon before the cue
    /// ("Er liebäugelt mit einem Verbot: Es geht um die Sicherheit, erklärte er").
    func afterColon(_ a: Int, _ b: Int) -> Int {
        var start = a
        for k in a..<max(a, b) where t.isMark(k, ":") && quoteOf[k] < 0 && k + 1 < b { start = k + 1 }
        return start
    }

    /// True when `a..<b` is a noun phrase followed by appositions or relative
    /// clauses between commas: "Hans Lotter, der rote Bürgermeister,".
    func isSubjectWithApposition(_ a: Int, _ b: Int) -> Bool {
        guard let first = phrases.forward(from: a, limit: b), first.tokens.upperBound < b, t.isComma(first.tokens.upperBound) else { return false }
        var k = first.tokens.upperBound + 1
        while k < b {
            var s = k
            while s < b && t.has(s, .adverb) { s += 1 }
            if t.has(s, .relative) {
                // A relative clause runs to the next comma.
                while s < b && !t.isComma(s) { s += 1 }
            } else {
                guard let p = phrases.forward(from: s, limit: b) else { return false }
                s = p.tokens.upperBound
            }
            guard s == b || t.isComma(s) else { return false }
            k = s + 1
        }
        return true
    }

    /// True when the object of a verb only points back: a lone pronoun before
    /// it ("Dem widersprach …") or after it ("widerspricht dem vehementest", "denied it").
    func objectPointsBack(_ m: VerbMatch, unit: ClaimUnit, speaker: ClaimCandidate.Speaker) -> Bool {
        let i = m.index
        if case .phrase(let s) = speaker, s.tokens.lowerBound >= m.after {
            return i - unit.start == 1 && t.has(unit.start, [.determiner, .pronoun, .relative])
        }
        // No object of its own, or one that is only a pronoun: "dementierten energisch", "widerspricht dem"
        // (not in a relative clause: "an offer, which the workers rejected").
        let begin = clauseStart(of: i, floor: unit.start)
        if t.has(begin, [.relative, .subordinator]) && begin < i { return false }
        let clauseEnd = nextBreak(from: i + 1, limit: unit.tokens.upperBound)
        return !(m.after..<clauseEnd).contains { k in
            !m.cue.contains(k) && (phrases.isNoun(k) || (phrases.isModifier(k) && !t.has(k, .adverb)) || t.kinds[k] == .number || t.isQuote(k))
        }
    }

    /// True when token `k` closes a quote.
    func closes(_ k: Int) -> Bool {
        k >= 0 && k < closing.count && closing[k] >= 0
    }

    /// Where the content of a leading cue starts: after ", dass", ":", a comma
    /// before a Konjunktiv I or zu-infinitive clause; in English after "that"
    /// or right after the verb when a clause follows.
    func complement(_ m: VerbMatch, unit: ClaimUnit) -> Int? {
        let limit = unit.tokens.upperBound
        let stop = end(of: unit)
        let frames = m.verb.frames
        guard frames.contains(.clause) || frames.contains(.infinitive) else { return nil }
        var from = m.after
        if let p = m.particleEnd { from = max(from, p + 1) }
        if german {
            // Objects and adjuncts may stand between the verb and the break.
            var b = nextBreak(from: m.after, limit: limit)
            if let p = m.particleEnd, p >= b { b = nextBreak(from: p + 1, limit: limit) }
            guard b < stop else { return nil }
            if t.isMark(b, ":") { return b + 1 }
            guard t.isComma(b) || t.isDash(b), b + 1 < stop else { return nil }
            let n = b + 1
            if t.has(n, .complementizer) && !t.isCapitalized(n) && frames.contains(.clause) { return n }
            if m.verb.needsComplementizer { return nil }
            if quote(openingAt: n) != nil && frames.contains(.clause) { return n }
            let clauseEnd = nextBreak(from: n, limit: limit)
            if frames.contains(.clause) && hasReportedVerb(n, clauseEnd) { return n }
            if frames.contains(.infinitive) && t.isComma(b) && isInfinitiveClause(n, clauseEnd) { return n }
            var direct = b - 1
            while direct > m.index && (t.has(direct, .correlate) || t.lower[direct] == "es" || t.lower[direct] == "sich") { direct -= 1 }
            let adjacent = (direct == m.index || direct == m.particleEnd) && t.isComma(b)
            // In a relative or subordinate clause the comma after the verb may close that clause ("…, die X fordert, ist …").
            let begin = clauseStart(of: m.index, floor: unit.start)
            let opensClause = t.has(n, [.determiner, .pronoun, .indefinite, .possessive]) || t.isCapitalized(n) || t.kinds[n] == .number
            if t.has(begin, [.relative, .subordinator, .complementizer]) && begin < m.index && !(opensClause && !t.has(n, .auxiliary)) { return nil }
            if adjacent && frames.contains(.clause) && !t.has(n, [.subordinator, .relative]) { return n }
            if adjacent && frames.contains(.clause) && t.has(n, .determiner) && n + 1 < limit && phrases.isNoun(n + 1) { return n }
            return nil
        }
        guard from < stop else { return nil }
        if t.isMark(from, ":") { return from + 1 }
        if t.isComma(from) && from + 1 < stop && t.isQuote(from + 1) { return from + 1 }
        var k = from
        while k < min(stop, from + 10) && !t.isClauseBreak(k) && !t.isQuote(k) {
            if t.lower[k] == "that" && frames.contains(.clause) { return k }
            k += 1
        }
        guard frames.contains(.clause) else { return nil }
        var n = from
        if m.verb.takesAddressee, let object = phrases.forward(from: from, limit: stop) { n = object.tokens.upperBound }
        guard n < stop else { return nil }
        if t.has(n, [.preposition, .adverb, .auxiliary]) && !t.has(n, .pronoun) { return nil }
        if t.has(n, [.determiner, .pronoun, .possessive, .indefinite]) || t.isCapitalized(n) || t.kinds[n] == .number || t.lower[n] == "there" {
            return n
        }
        // "said prices rose": a bare noun opens the clause.
        if t.isWord(n) && !t.has(n, ClaimWordClass.function.union([.reportingVerb, .relative])) { return n }
        return nil
    }

    /// A zu-infinitive clause: "… abgeschossen zu haben", "… einzuhalten".
    func isInfinitiveClause(_ a: Int, _ b: Int) -> Bool {
        let last = trimmedEnd(a, b) - 1
        guard last >= a, t.isWord(last) else { return false }
        if last - 1 >= a && t.lower[last - 1] == "zu" { return true }
        // "abzuwerfen", "einzuhalten": "zu" inside a word that ends like an infinitive.
        let w = Array(t.lower[last].unicodeScalars)
        guard w.count > 5, w[w.count - 1] == "n", w[w.count - 2] == "e" || w[w.count - 2] == "r" || w[w.count - 2] == "l" else { return false }
        for k in 1..<(w.count - 3) where w[k] == "z" && w[k + 1] == "u" { return true }
        return false
    }

    /// The speaker after a trailing cue: the phrase after the verb, after one
    /// of the verb's speaker prepositions ("heißt es im ORF"), or the rest of
    /// the clause when no phrase is found ("sagt der von X verteidigte 31-Jährige").
    func trailingSpeaker(_ m: VerbMatch, unit: ClaimUnit) -> ClaimCandidate.Speaker {
        let limit = unit.tokens.upperBound
        let clauseEnd = nextBreak(from: m.after, limit: limit)
        var from = m.after
        if !m.verb.speakerPrepositions.isEmpty {
            guard let p = (from..<clauseEnd).first(where: { m.verb.speakerPrepositions.contains(t.lower[$0]) }) else { return .unnamed }
            from = p + 1
            if let s = phrases.forward(from: from, limit: clauseEnd) { return .phrase(s) }
            if from < clauseEnd, t.isWord(from) || t.has(from, .determiner) {
                let k = (from..<clauseEnd).first(where: { phrases.isNoun($0) }) ?? from
                if let s = phrases.forward(from: k, limit: clauseEnd) { return .phrase(s) }
            }
            return .unnamed
        }
        while from < clauseEnd && (t.lower[from] == "sich" || t.has(from, .adverb)) { from += 1 }
        if let s = phrases.forward(from: from, limit: clauseEnd) {
            return .phrase(phrases.withApposition(s, limit: trimmedEnd(from, limit)))
        }
        // The rest of the clause, over dashes that enclose an aside:
        // "sagt der von X – der auch … tätig ist – verteidigte 31-Jährige".
        var stop = from
        var insideAside = false
        while stop < limit {
            if t.isDash(stop) { insideAside.toggle(); stop += 1; continue }
            if !insideAside && (t.isComma(stop) || t.isTerminal(stop) || t.isMark(stop, ";") || t.isMark(stop, ":")) { break }
            if !insideAside && m.cue.contains(stop) && stop > m.index { break }
            stop += 1
        }
        stop = trimmedEnd(from, stop)
        guard stop > from else { return .unnamed }
        let head = (from..<stop).last(where: { phrases.isNoun($0) }) ?? (stop - 1)
        return .phrase(SpeakerPhrase(tokens: from..<stop, head: head, main: from..<stop, loose: true))
    }

    /// A passive with the reporting verb's participle: "… wurde bekannt gegeben", "werden … vorgeworfen".
    func isPassive(_ m: VerbMatch, unit: ClaimUnit) -> Bool {
        let begin = clauseStart(of: m.index, floor: unit.start)
        return (begin..<m.index).contains { t.has($0, .passive) }
    }

    /// The object as content: after the verb ("forderte verstärkte
    /// Maßnahmen"), between verb and particle ("weist den Vorwurf zurück"),
    /// before a verb at the end of the clause ("hatte … Rabatt gefordert"), or
    /// the phrase a relative pronoun stands for ("ein Stadtstudio, das Redakteure fordern").
    func objectContent(_ m: VerbMatch, unit: ClaimUnit, speaker: ClaimCandidate.Speaker, u: Int, stop: Int, begin: Int) -> ClaimCandidate? {
        let i = m.index
        let limit = unit.tokens.upperBound
        let clauseEnd = nextBreak(from: i + 1, limit: limit)
        let verbFinal = clauseEnd == i + 1 || (m.particleEnd == nil && trimmedEnd(i, clauseEnd) == i + 1)
        if verbFinal {
            var from = begin
            if case .phrase(let s) = speaker, s.tokens.upperBound <= i, s.tokens.lowerBound >= begin { from = s.tokens.upperBound }
            while from < i && (t.has(from, [.auxiliary, .adverb]) || t.isComma(from)) { from += 1 }
            if from < i { return make(from, i, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u) }
            if german && t.has(begin, .relative) && begin - 1 > unit.start, let antecedent = phrases.backward(before: begin - 1, floor: unit.start) {
                return make(antecedent.tokens.lowerBound, antecedent.tokens.upperBound, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
            }
            return nil
        }
        var from = m.after
        // A particle right after the verb: "called for a ban".
        if let p = m.particleEnd, m.cue.first(where: { $0 > i }) == m.after { from = p + 1 }
        // "wehrte sich zugleich gegen …": the content opens with the required word.
        if m.verb.requiresAdjacent {
            while from < clauseEnd && t.has(from, .adverb) && !m.verb.requires.contains(t.lower[from]) { from += 1 }
        }
        // A particle at the end of the clause closes the words ("ruft … zu Protesten auf").
        var to = stop
        if let p = m.particleEnd, let first = m.cue.first(where: { $0 > i }), p + 1 >= trimmedEnd(i, clauseEnd) { to = first }
        if case .phrase(let s) = speaker, s.tokens.lowerBound >= m.after {
            // The subject follows the verb, so the object stands before it: "Diesen Vorwurf wies … zurück".
            // A lone pronoun there ("Dem widersprach …") only points back.
            let vorfeld = unit.start..<i
            // "In China rechnet der Konzern mit …": the required word after the subject opens the content.
            if !m.verb.requires.isEmpty, !m.verb.requires.contains(t.lower[vorfeld.lowerBound]),
               let r = (s.tokens.upperBound..<min(stop, clauseEnd)).first(where: { m.verb.requires.contains(t.lower[$0]) }) {
                return make(r, stop, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
            }
            // "Als Grund nannte X am Sonntag die Übernahme …": after a short opening with the
            // required word, the object after the subject is the content.
            if !m.verb.requires.isEmpty, m.verb.requires.contains(t.lower[vorfeld.lowerBound]), vorfeld.count <= 3 {
                let end = min(stop, clauseEnd)
                if let o = (s.tokens.upperBound..<end).first(where: { phrases.isNoun($0) || t.has($0, .determiner) }), o + 1 < end {
                    return make(o, end, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
                }
            }
            // "Seit Frühjahr 2013 ruft X immer wieder zu … auf": an opening prepositional phrase
            // is no object; the object follows the subject.
            if t.has(vorfeld.lowerBound, .preposition), !t.has(vorfeld.lowerBound, .determiner),
               let pp = phrases.forward(from: vorfeld.lowerBound + 1, limit: i), pp.tokens.lowerBound == vorfeld.lowerBound + 1,
               (pp.tokens.upperBound..<i).allSatisfy({ t.kinds[$0] == .number }) {
                var o = s.tokens.upperBound
                while o < to && t.has(o, .adverb) && !t.isCapitalized(o) { o += 1 }
                return o < to ? make(o, to, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u) : nil
            }
            if vorfeld.count >= 2 && !vorfeld.contains(where: { t.isClauseBreak($0) }) {
                return make(vorfeld.lowerBound, vorfeld.upperBound, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
            }
            return nil
        }
        // "nannte den Vergleich schockierend und zitierte …": the object and its judging word.
        if m.verb.predicative { to = predicativeEnd(from: from, clauseEnd: clauseEnd) }
        if !german && m.verb.kind == .dispute && t.lower[from] == "that" { from += 1 }
        guard from < to else { return nil }
        // "widerspricht dem vehementest": an object that only points back carries no content.
        // Only the words up to the first break count: "dementierten energisch, der Minister sprach …".
        let first = from..<max(from, min(to, nextBreak(from: from, limit: to)))
        let pointsBack = german
            ? !first.contains(where: { phrases.isNoun($0) || phrases.isModifier($0) || t.kinds[$0] == .number || t.isQuote($0) })
            : first.allSatisfy { t.has($0, [.determiner, .pronoun, .objectPronoun, .adverb]) }
        if pointsBack { return nil }
        return make(from, to, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
    }
}
