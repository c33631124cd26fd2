/// Claims around a reporting verb:
/// - trailing, after the content: "Grund seien …, teilte das Ministerium mit.",
///   '"…," Sinclair said.', "…, wie der Regierungschef sagte.";
/// - leading, before a clause: "Das Ministerium verwies darauf, dass …",
///   "Die Taliban gaben an, … zu haben.", "She said the company …";
/// - with the object as content: "Der VCÖ forderte verstärkte Maßnahmen",
///   "Syriens Führung weist den Vorwurf zurück".
extension CueFinder {
    /// A reporting verb at a token, with the words that belong to its cue.
    struct VerbMatch {
        var verb: ReportingVerb
        var form: ReportingVerbForm
        var index: Int
        /// The verb, its particle, "es", in text order.
        var cue: [Int]
        /// The first token after the verb (and "es", "sich").
        var after: Int
        /// The last token of a particle after the verb, if any.
        var particleEnd: Int?
    }

    func verbCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let stop = end(of: unit)
        var matches: [VerbMatch] = []
        for i in a..<unit.tokens.upperBound where quoteOf[i] < 0 && t.has(i, .reportingVerb) && !t.isCapitalized(i) {
            if let m = match(i, unit) { matches.append(m) }
        }
        var previous: (speaker: ClaimCandidate.Speaker, index: Int)?
        for (n, m) in matches.enumerated() {
            var made = construct(m, unit, u, stop: stop, previousSpeaker: previous?.speaker)
            // "X said … and denied …": the first content ends before "and".
            if n + 1 < matches.count {
                let next = matches[n + 1].index
                let coordinator = next - 1 >= a && (t.has(next - 1, .coordinator) || (t.has(next - 2, .coordinator) && t.lower[next - 1] == "sich"))
                if coordinator {
                    for k in made.indices where made[k].contentTokens.contains(next) {
                        let cut = trimmedEnd(made[k].contentTokens.lowerBound, next - 1)
                        if cut > made[k].contentTokens.lowerBound, let c = make(made[k].contentTokens.lowerBound, cut, cue: made[k].cue, speaker: made[k].speaker, kind: made[k].kind == .direct ? nil : made[k].kind, source: made[k].source, unit: u) {
                            let disputes = made[k].disputes
                            made[k] = c
                            made[k].disputes = disputes
                        }
                    }
                }
            }
            if let s = made.first(where: { $0.speaker != .unnamed })?.speaker { previous = (s, m.index) }
            found.append(contentsOf: made)
        }
        // "…, wie X sagte" / "…, as the union had claimed" closes the content of a claim it stands in.
        for w in found where w.unit == u && w.cue.count > 1 && t.has(w.cue[0], .frameWord) && w.cue[0] - 1 > a {
            let comma = w.cue[0] - 1
            for k in found.indices where found[k].cue != w.cue && found[k].contentTokens.contains(comma) && found[k].contentTokens.lowerBound < comma {
                let old = found[k]
                if var c = make(old.contentTokens.lowerBound, comma, cue: old.cue, speaker: old.speaker, kind: old.kind == .direct ? nil : old.kind, source: old.source, unit: u) {
                    c.disputes = old.disputes
                    c.accuses = old.accuses
                    found[k] = c
                }
            }
        }
    }

    /// The reporting verb at token `i`, when its particle, "es", "sich" and
    /// required words are where they must be.
    func match(_ i: Int, _ unit: ClaimUnit) -> VerbMatch? {
        let limit = unit.tokens.upperBound
        let clauseEnd = nextBreak(from: i + 1, limit: limit)
        // English nouns that look like verbs: "amid fears", "the claims", "his reply".
        if !german && i > unit.start && t.has(i - 1, [.determiner, .possessive, .preposition]) { return nil }
        for form in t.verbForms(i) {
            let verb = t.lexicon.verbs[form.verb]
            var cue = [i]
            var after = i + 1
            if verb.expletive {
                if i + 1 < limit && t.lower[i + 1] == "es" { cue.append(i + 1); after = i + 2 }
                else if i - 1 >= unit.start && t.lower[i - 1] == "es" { cue.insert(i - 1, at: 0) }
                else { continue }
            }
            if verb.reflexive {
                guard after < limit && t.lower[after] == "sich" else { continue }
                after += 1
            } else if after < limit && t.lower[after] == "sich" {
                // "bestätigte sich", "erklärte sich bereit": another verb.
                continue
            }
            if form.infinitiveLike {
                // "sagen" or "say" is finite (they say) before a clause, or in second place
                // with more to follow; at the end of a clause with a modal it is an infinitive.
                let next = i + 1
                let beforeClause = next >= limit || t.isComma(next) || t.isMark(next, ":") || t.has(next, .complementizer)
                    || (t.isQuote(next) && quote(openingAt: next) == nil)
                let begin = clauseStart(of: i, floor: unit.start)
                let modal = (begin..<i).contains { t.has($0, .auxiliary) }
                guard beforeClause || (!modal && !t.isClauseBreak(next)) || (t.isTerminal(next) && !modal) else { continue }
            }
            var particleEnd: Int?
            if !verb.particle.isEmpty && !form.joined {
                if let p = lastSequence(verb.particle, in: after..<clauseEnd) {
                    cue.append(contentsOf: p..<(p + verb.particle.count))
                    particleEnd = p + verb.particle.count - 1
                } else if i - verb.particle.count >= unit.start,
                          (0..<verb.particle.count).allSatisfy({ t.lower[i - verb.particle.count + $0] == verb.particle[$0] }) {
                    cue.insert(contentsOf: (i - verb.particle.count)..<i, at: 0)
                } else {
                    continue
                }
            }
            if !verb.requires.isEmpty {
                let window = after..<min(clauseEnd, after + 8)
                guard window.contains(where: { verb.requires.contains(t.lower[$0]) }) else { continue }
            }
            return VerbMatch(verb: verb, form: form, index: i, cue: cue, after: after, particleEnd: particleEnd)
        }
        return nil
    }

    /// Where the last occurrence of a word sequence starts inside a range.
    private func lastSequence(_ words: [String], in range: Range<Int>) -> Int? {
        var k = range.upperBound - words.count
        while k >= range.lowerBound {
            if (0..<words.count).allSatisfy({ t.lower[k + $0] == words[$0] && quoteOf[k + $0] < 0 }) { return k }
            k -= 1
        }
        return nil
    }

    /// The candidates one verb makes.
    private func construct(_ m: VerbMatch, _ unit: ClaimUnit, _ u: Int, stop: Int,
                           previousSpeaker: ClaimCandidate.Speaker?) -> [ClaimCandidate] {
        let a = unit.start
        let i = m.index
        let limit = unit.tokens.upperBound
        let frames = m.verb.frames
        let begin = clauseStart(of: min(m.cue.first ?? i, i), floor: a)
        var out: [ClaimCandidate] = []
        let disputes = m.verb.kind == .dispute
        let accuses = m.verb.accuses

        func add(_ c: ClaimCandidate?) {
            guard var c else { return }
            c.disputes = disputes
            c.accuses = accuses
            out.append(c)
        }

        // "Wie das Ministerium mitteilte, …", "…, wie X sagte", "…, as the union had claimed".
        if frames.contains(.trailing), begin < i, t.has(begin, .frameWord),
           let speaker = phrases.subject(from: begin + 1, to: i) {
            var cue = m.cue
            cue.insert(begin, at: 0)
            if begin == a {
                let b = nextBreak(from: i + 1, limit: limit)
                if b < stop { add(make(b + 1, stop, cue: cue, speaker: .phrase(speaker), kind: .reported, source: .verb, unit: u)) }
            } else if begin - 1 > a {
                var from = a
                for k in a..<(begin - 1) where t.has(k, .complementizer) && !t.isCapitalized(k) { from = k + 1 }
                add(make(from, begin - 1, cue: cue, speaker: .phrase(speaker), kind: .reported, source: .verb, unit: u))
            }
            return out
        }

        var complementStart = complement(m, unit: unit)
        // "wies die Behauptung der Gegner, dass …, zurück": the clause belongs to the noun, the object is the content.
        if m.verb.kind == .dispute, let c = complementStart, frames.contains(.object),
           (m.after..<c).contains(where: { t.isCapitalized($0) || !german ? t.compoundClasses($0).contains(.nominalCue) : false }) {
            complementStart = nil
        }
        let boundaryBefore = i - 1 >= a && (t.isComma(i - 1) || closes(i - 1)) && m.cue.first == i
        let afterSubject = phrases.subject(from: m.after, to: nextBreak(from: m.after, limit: limit))

        // German trailing cue: "…, teilte das Ministerium mit", "…, bestreitet die Polizei"
        // (but not after a subject with an apposition: "Hans Lotter, der Bürgermeister, widerspricht").
        if german && boundaryBefore && frames.contains(.trailing) && i - 1 > a && !isSubjectWithApposition(a, i - 1) {
            let vorfeldIsClause = t.has(a, [.subordinator, .complementizer]) && !t.has(a, .determiner)
            if complementStart == nil || vorfeldIsClause {
                let speaker = trailingSpeaker(m, unit: unit)
                add(make(afterColon(a, i - 1), closes(i - 1) ? i : i - 1, cue: m.cue, speaker: speaker, kind: nil, source: .verb, unit: u))
                if let c = complementStart, speaker != .unnamed {
                    add(make(c, stop, cue: m.cue, speaker: speaker, kind: nil, source: .verb, unit: u))
                }
                return out
            }
        }

        // English trailing cue: '"…," Sinclair said.', "…, officials said on Sunday.", '"…," said Sinclair.'
        if !german && frames.contains(.trailing) && boundaryBefore && i - 1 > a,
           let speaker = phrases.forward(from: m.after, limit: nextBreak(from: m.after, limit: limit)),
           t.isClauseBreak(speaker.tokens.upperBound) || speaker.tokens.upperBound >= stop {
            add(make(afterColon(a, i - 1), closes(i - 1) ? i : i - 1, cue: m.cue, speaker: .phrase(phrases.withApposition(speaker, limit: stop)), kind: nil, source: .verb, unit: u))
            return out
        }
        if !german && frames.contains(.trailing) && complementStart == nil {
            if boundaryBefore, i - 1 > a, let speaker = phrases.forward(from: m.after, limit: nextBreak(from: m.after, limit: limit)) {
                add(make(afterColon(a, i - 1), closes(i - 1) ? i : i - 1, cue: m.cue, speaker: .phrase(speaker), kind: nil, source: .verb, unit: u))
                return out
            }
            if let speaker = phrases.subject(from: a, to: i), speaker.tokens.lowerBound - 1 > a,
               t.isComma(speaker.tokens.lowerBound - 1) || closes(speaker.tokens.lowerBound - 1) {
                let boundary = speaker.tokens.lowerBound - 1
                add(make(afterColon(a, boundary), closes(boundary) ? boundary + 1 : boundary, cue: m.cue, speaker: .phrase(speaker), kind: nil, source: .verb, unit: u))
                // '"…," he said, "…"': the quote after the cue goes on.
                let b = nextBreak(from: m.after, limit: limit)
                if b < stop, t.isComma(b), t.isQuote(b + 1) {
                    add(make(b + 1, stop, cue: m.cue, speaker: .phrase(speaker), kind: nil, source: .verb, unit: u))
                }
                return out
            }
        }

        // The speaker of a leading cue: the subject before the verb, or after it
        // when something else comes first; after a relative pronoun, the phrase it refers to.
        var speaker: ClaimCandidate.Speaker = .unnamed
        let clauseEnd = nextBreak(from: i + 1, limit: limit)
        let byPreposition = m.verb.speakerPrepositions.isEmpty ? nil
            : (begin..<clauseEnd).first { m.verb.speakerPrepositions.contains(t.lower[$0]) && !m.cue.contains($0) }
        if let p = byPreposition, let s = phrases.forward(from: p + 1, limit: clauseEnd) {
            // "Aus dem Bericht geht hervor, dass …", "Das geht aus dem Programm hervor."
            speaker = .phrase(s)
        } else if t.has(begin, .relative) && begin - 1 > a && t.isComma(begin - 1) && (german || t.lower[begin] != "that"),
           german ? !m.form.plural || phrases.subject(from: begin + 1, to: i) == nil : begin + 1 == i,
           let antecedent = phrases.backward(before: begin - 1, floor: a) {
            speaker = .phrase(antecedent)
        } else if let s = phrases.subject(from: begin == i ? a : begin, to: i) {
            speaker = .phrase(s)
        } else if german, let s = afterSubject {
            speaker = .phrase(s)
        } else if i - 1 >= a, t.has(i - 1, .coordinator) || (closes(i - 1) && t.has(i - 2, .coordinator)),
                  let p = previousSpeaker ?? phrases.subject(from: a, to: nextBreak(from: a, limit: limit)).map({ .phrase($0) }) {
            // "X schlug …, sondern sagte: …", "X said … and denied …": the subject of the first verb.
            speaker = p
        } else if isPassive(m, unit: unit) {
            speaker = .unnamed
        } else {
            return out
        }

        var cue = m.cue
        if let c = complementStart, frames.contains(.clause) || frames.contains(.infinitive) {
            // A correlate is part of the cue: "verwies darauf, dass", "wies darauf hin, dass".
            if c - 1 > i + 1 {
                for k in (i + 1)..<(c - 1) where t.has(k, .correlate) && !t.isCapitalized(k) && !cue.contains(k) && quoteOf[k] < 0 { cue.append(k) }
            }
            add(make(c, stop, cue: cue.sorted(), speaker: speaker, kind: nil, source: .verb, unit: u))
            return out
        }
        if frames.contains(.object) {
            add(objectContent(m, unit: unit, speaker: speaker, u: u, stop: stop, begin: begin))
            if !out.isEmpty { return out }
        }
        // A verb of saying without content still names who speaks next.
        if case .phrase = speaker {
            var intro = ClaimCandidate(content: t.range(i, i + 1), contentTokens: i..<(i + 1), cue: m.cue, speaker: speaker,
                                       kind: .reported, source: .verb, unit: u)
            intro.introducesOnly = true
            // "Das sagte X.", "Dies geht aus dem Bericht hervor.": the sentence before is the content.
            intro.refersBack = (m.cue.first == a + 1 || m.cue.first == a + 2 && t.lower[a + 1] == "es")
                && t.has(a, .pointsBack) && !t.isCapitalized(a + 1)
            // Only a denial whose object points back ("Dem widersprach X") disputes the claim before.
            intro.disputes = disputes && objectPointsBack(m, unit: unit, speaker: speaker)
            out.append(intro)
        }
        return out
    }

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
    private func objectPointsBack(_ m: VerbMatch, unit: ClaimUnit, speaker: ClaimCandidate.Speaker) -> Bool {
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
    private func trailingSpeaker(_ m: VerbMatch, unit: ClaimUnit) -> ClaimCandidate.Speaker {
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
    private func isPassive(_ m: VerbMatch, unit: ClaimUnit) -> Bool {
        let begin = clauseStart(of: m.index, floor: unit.start)
        return (begin..<m.index).contains { t.has($0, .passive) }
    }

    /// The object as content: after the verb ("forderte verstärkte
    /// Maßnahmen"), between verb and particle ("weist den Vorwurf zurück"),
    /// before a verb at the end of the clause ("hatte … Rabatt gefordert"), or
    /// the phrase a relative pronoun stands for ("ein Stadtstudio, das Redakteure fordern").
    private func objectContent(_ m: VerbMatch, unit: ClaimUnit, speaker: ClaimCandidate.Speaker, u: Int, stop: Int, begin: Int) -> ClaimCandidate? {
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
        if case .phrase(let s) = speaker, s.tokens.lowerBound >= m.after {
            // The subject follows the verb, so the object stands before it: "Diesen Vorwurf wies … zurück".
            // A lone pronoun there ("Dem widersprach …") only points back.
            let vorfeld = unit.start..<i
            if vorfeld.count >= 2 && !vorfeld.contains(where: { t.isClauseBreak($0) }) {
                return make(vorfeld.lowerBound, vorfeld.upperBound, cue: m.cue, speaker: speaker, kind: .reported, source: .verb, unit: u)
            }
            return nil
        }
        var to = stop
        if let p = m.particleEnd, let first = m.cue.first(where: { $0 > i }), p + 1 >= trimmedEnd(i, clauseEnd) { to = first }
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
