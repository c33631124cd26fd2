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
                // "bestätigte sich", "erklärte sich bereit": another verb; but an accusation
                // may go to each other ("Beide Seiten werfen sich vor, …").
                guard verb.accuses || verb.takesAddressee else { continue }
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
                // The required word may open the clause before the verb: "Als Grund nannte X …".
                let opening = clauseStart(of: i, floor: unit.start)
                if verb.requiresAdjacent {
                    guard requiredWordFollows(verb, after: after, verb: i, unit: unit, clauseEnd: clauseEnd) else { continue }
                } else {
                    guard window.contains(where: { verb.requires.contains(t.lower[$0]) })
                            || german && opening < i && i - opening <= 3 && verb.requires.contains(t.lower[opening]) else { continue }
                }
            }
            if verb.predicative {
                // "nannte den Vergleich schockierend": a judging word ends the clause after an object.
                let last = predicativeEnd(from: after, clauseEnd: clauseEnd) - 1
                guard last > after, t.isWord(last), !t.isCapitalized(last), quoteOf[last] < 0,
                      !t.has(last, ClaimWordClass.function.union([.adverb, .negation, .reportingVerb, .correlate])),
                      phrases.forward(from: after, limit: last).map({ $0.tokens.upperBound == last }) == true else { continue }
            }
            if verb.activeOnly {
                let begin = clauseStart(of: i, floor: unit.start)
                guard !(begin..<clauseEnd).contains(where: { t.has($0, .passive) || CueFinder.sentenceWords.contains(t.lower[$0]) }),
                      after < clauseEnd else { continue }
            }
            return VerbMatch(verb: verb, form: form, index: i, cue: cue, after: after, particleEnd: particleEnd)
        }
        return nil
    }

    /// Where the object and judging word of a predicative verb end: at the first
    /// coordinator of the clause ("nannte den Vergleich schockierend und …"), marks trimmed.
    func predicativeEnd(from: Int, clauseEnd: Int) -> Int {
        trimmedEnd(from, (from..<clauseEnd).first(where: { t.has($0, .coordinator) }) ?? clauseEnd)
    }

    /// True when a required word stands right after the verb (adverbs between),
    /// right after the subject when the subject follows the verb ("Dabei
    /// verwies der Minister auf …"), or right before a verb at the end of its
    /// clause ("wobei die Regierung darauf drängt, …"); an object between
    /// ("verwies den Rivalen auf Platz zwei") rules the verb out.
    func requiredWordFollows(_ verb: ReportingVerb, after: Int, verb i: Int, unit: ClaimUnit, clauseEnd: Int) -> Bool {
        let begin = clauseStart(of: i, floor: unit.start)
        if german, i - 1 >= unit.start, verb.requires.contains(t.lower[i - 1]), begin < i - 1,
           after >= clauseEnd || t.isClauseBreak(after) {
            return true
        }
        var r = after
        while r < clauseEnd && t.has(r, .adverb) && !verb.requires.contains(t.lower[r]) { r += 1 }
        if r < clauseEnd && verb.requires.contains(t.lower[r]) { return true }
        guard begin < i, !t.has(begin, [.relative, .subordinator, .complementizer]),
              phrases.subject(from: begin, to: i) == nil,
              let s = phrases.forward(from: r, limit: clauseEnd) else { return false }
        r = s.tokens.upperBound
        while r < clauseEnd && t.has(r, .adverb) && !verb.requires.contains(t.lower[r]) { r += 1 }
        return r < clauseEnd && verb.requires.contains(t.lower[r])
    }

    /// Words of the passive and of a court's sentence, which rule out a verb marked
    /// "active" ("zum Tode verurteilt worden", "verurteilte ihn wegen Betrugs").
    static let sentenceWords: Set<String> = ["zu", "zum", "zur", "wegen", "worden", "werden", "wird", "wurde", "wurden"]

    static let indefiniteArticles: Set<String> = ["ein", "eine", "einer", "eines", "einem", "einen", "a", "an"]

    /// Where the last occurrence of a word sequence starts inside a range.
    func lastSequence(_ words: [String], in range: Range<Int>) -> Int? {
        var k = range.upperBound - words.count
        while k >= range.lowerBound {
            if (0..<words.count).allSatisfy({ t.lower[k + $0] == words[$0] && quoteOf[k + $0] < 0 }) { return k }
            k -= 1
        }
        return nil
    }

    /// The candidates one verb makes.
    func construct(_ m: VerbMatch, _ unit: ClaimUnit, _ u: Int, stop: Int,
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

        // „…“ – mit diesen Worten kommentierte der Bürgermeister …: a quote that opens the
        // sentence, then a short phrase, then the cue.
        if frames.contains(.trailing), let q = quote(openingAt: a), q.close + 1 < i, i - q.close <= 6,
           t.isDash(q.close + 1) || t.isComma(q.close + 1), !((q.close + 2)..<i).contains(where: { t.isClauseBreak($0) }),
           case let speaker = german ? trailingSpeaker(m, unit: unit) : phrases.forward(from: m.after, limit: limit).map({ .phrase($0) }) ?? .unnamed,
           speaker != .unnamed {
            add(make(a, q.close + 1, cue: m.cue, speaker: speaker, kind: .direct, source: .verb, unit: u))
            return out
        }

        // "An der Behebung wird, so heißt es im Magistrat, gearbeitet", "…, so sagte sie.":
        // "so" and a trailing cue between commas; in the middle of the sentence the content
        // is the whole sentence.
        // Not a verb of thought: "Kaum waren sie fertig, so glaubte er, begann er …".
        if german && frames.contains(.trailing) && m.verb.kind != .thought && m.cue.first == i && i - 2 > a && t.lower[i - 1] == "so" && t.isComma(i - 2) {
            let speaker = trailingSpeaker(m, unit: unit)
            guard speaker != .unnamed || m.verb.expletive else { return out }
            let b = nextBreak(from: m.after, limit: limit)
            let cue = [i - 1] + m.cue
            if b < stop && t.isComma(b) {
                add(make(a, stop, cue: cue, speaker: speaker, kind: .reported, source: .verb, unit: u))
            } else {
                add(make(afterColon(a, i - 2), i - 2, cue: cue, speaker: speaker, kind: nil, source: .verb, unit: u))
            }
            return out
        }

        // "Derzeit gehe ein Riss durch die Union bedauerte sie": a trailing cue with a
        // pronoun after it, the comma before it left out, after a clause in Konjunktiv I.
        if german && frames.contains(.trailing) && !boundaryBefore && m.cue.first == i && i - 1 > a && m.after == i + 1,
           i + 1 < limit, t.has(i + 1, .pronoun), t.lower[i + 1] == "er" || t.lower[i + 1] == "sie",
           i + 2 >= limit || t.isClauseBreak(i + 2),
           !t.has(a, [.subordinator, .complementizer, .relative]),
           !(a..<i).contains(where: { t.isClauseBreak($0) || t.isQuote($0) || (t.has($0, .reportingVerb) && !t.isCapitalized($0)) }),
           hasReportedVerb(a, i) {
            add(make(a, i, cue: m.cue, speaker: .phrase(SpeakerPhrase(tokens: (i + 1)..<(i + 2), head: i + 1, main: (i + 1)..<(i + 2), isPronoun: true)),
                     kind: nil, source: .verb, unit: u))
            return out
        }

        // German trailing cue: "…, teilte das Ministerium mit", "…, bestreitet die Polizei"
        // (but not after a subject with an apposition: "Hans Lotter, der Bürgermeister, widerspricht").
        if german && boundaryBefore && frames.contains(.trailing) && i - 1 > a && !isSubjectWithApposition(a, i - 1) {
            let vorfeldIsClause = t.has(a, [.subordinator, .complementizer]) && !t.has(a, .determiner)
            // "Die Lage sei ernst, sagte der Minister, man müsse handeln": reported speech on both
            // sides of the cue; the verb opens its clause, so the speaker follows it.
            // Not when the part before has a cue of its own ("…, meinte X, betonte aber: …"),
            // and only with a clean phrase after the verb.
            var vorfeldReports = false
            if complementStart != nil, !t.has(a, .subordinator), !(a..<(i - 1)).contains(where: { t.lower[$0] == "ich" }),
               (a..<(i - 1)).contains(where: { t.has($0, .konjunktiv) && !t.isCapitalized($0) }),
               !(a..<(i - 1)).contains(where: { t.has($0, .reportingVerb) && !t.isCapitalized($0) }),
               (a..<(i - 1)).filter({ t.isWord($0) }).count >= 4,
               case .phrase(let p) = trailingSpeaker(m, unit: unit), !p.loose, p.isPronoun || phrases.isNoun(p.head) {
                vorfeldReports = true
            }
            // "Das muss ein Ende haben, sagte Mitterlehner: …": the subject right after the
            // verb shows the words before it are the Vorfeld, said by that subject.
            var subjectFollows = false
            if !vorfeldReports, complementStart != nil, let s = afterSubject, s.tokens.lowerBound == m.after, !s.isPronoun || t.has(s.head, .pronoun),
               !(a..<(i - 1)).contains(where: { t.has($0, .reportingVerb) && !t.isCapitalized($0) }),
               (a..<(i - 1)).filter({ t.isWord($0) }).count >= 4,
               case .phrase(let p) = trailingSpeaker(m, unit: unit), !p.loose {
                subjectFollows = true
            }
            if complementStart == nil || vorfeldIsClause || vorfeldReports || subjectFollows {
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
        } else if let s = phrases.subject(from: begin == i ? a : begin, to: i),
                  // "Dies sagte X": a word that points back to what was said is the object.
                  !(german && s.tokens.count == 1 && t.has(s.head, .pointsBack) && afterSubject != nil) {
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
        // "Dies widerspricht dem Gesetz": a subject that only points back is no speaker.
        if german, case .phrase(let s) = speaker, s.tokens.count == 1, t.has(s.head, .pointsBack), !t.has(s.head, .determiner) {
            return out
        }

        var cue = m.cue
        if let c = complementStart, frames.contains(.clause) || frames.contains(.infinitive) {
            // A correlate is part of the cue: "verwies darauf, dass", "wies darauf hin, dass".
            if c - 1 > i + 1 {
                for k in (i + 1)..<(c - 1) where t.has(k, .correlate) && !t.isCapitalized(k) && !cue.contains(k) && quoteOf[k] < 0 { cue.append(k) }
            }
            var to = stop
            // "Während Faymann davon ausging, dass es hart wird, war Mitterlehner …": the clause
            // of a cue in a subordinate clause that opens the sentence ends at the comma after
            // which the main clause goes on with its verb (not at "…, als …", "…, die …").
            if german, begin == a, t.has(a, .subordinator), !t.has(a, .complementizer), !t.has(a, .relative) {
                let b = nextBreak(from: c + 1, limit: limit)
                if b + 1 < stop, t.isComma(b), t.isWord(b + 1), !t.isCapitalized(b + 1),
                   !t.has(b + 1, [.determiner, .pronoun, .subordinator, .complementizer, .relative, .coordinator, .possessive, .preposition, .adverb, .indefinite]) {
                    to = b
                }
            }
            add(make(c, to, cue: cue.sorted(), speaker: speaker, kind: nil, source: .verb, unit: u))
            return out
        }
        if frames.contains(.object) {
            // "ein Fossilfund verweist auf …": with a loose frame, a thing named with an
            // indefinite article is no speaker (a role is: "ein Sprecher verwies auf …").
            if m.verb.requiresAdjacent, case .phrase(let s) = speaker, !s.isPronoun,
               CueFinder.indefiniteArticles.contains(t.lower[s.tokens.lowerBound]),
               !t.compoundClasses(s.head).contains(.roleNoun) {
                return out
            }
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
}
