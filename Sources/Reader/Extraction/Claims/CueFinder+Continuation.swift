/// Sentences that report without a cue of their own: a sentence in
/// Konjunktiv I ("Die Lage sei ernst."), a sentence in the first person
/// (direct speech whose marks were stripped), a sentence that is one quote,
/// and an interview line "Mitterlehner: …". The speaker is settled later:
/// the one named just before, or a name before the colon.
extension CueFinder {
    func continuationCandidates(_ unit: ClaimUnit, _ u: Int, into found: inout [ClaimCandidate]) {
        let a = unit.start
        let stop = end(of: unit)
        guard a < stop else { return }
        // "Mitterlehner: Das Unternehmen soll …"
        var colon = a + 1
        while colon < min(stop, a + 4) && phrases.isNoun(colon - 1) && !t.isMark(colon, ":") { colon += 1 }
        if colon < stop, t.isMark(colon, ":"), (a..<colon).allSatisfy({ phrases.isNoun($0) }),
           let s = phrases.forward(from: a, limit: colon), s.tokens.upperBound == colon,
           var c = make(colon + 1, stop, cue: [], speaker: .phrase(s), kind: .direct, source: .continuation, unit: u) {
            c.kind = c.kind == .mixed ? .mixed : .direct
            c.needsNamedSpeaker = true
            found.append(c)
            return
        }
        // "Andere, sie habe …, wieder andere, sie habe …": the verb of saying left out.
        var gapped: [ClaimCandidate] = []
        var p = a
        while p < stop {
            var q = p
            if t.has(q, .adverb) && q + 1 < stop && t.has(q + 1, .indefinite) { q += 1 }
            if t.has(q, .indefinite) && t.isComma(q + 1) && (p == a || t.isComma(p - 1)) {
                let clauseEnd = nextBreak(from: q + 2, limit: stop)
                if hasReportedVerb(q + 2, clauseEnd),
                   let c = make(q + 2, clauseEnd, cue: [], speaker: .phrase(SpeakerPhrase(tokens: p..<(q + 1), head: q, main: p..<(q + 1))),
                                kind: nil, source: .continuation, unit: u) {
                    gapped.append(c)
                    p = clauseEnd + 1
                    continue
                }
            }
            p += 1
        }
        if !gapped.isEmpty {
            found.append(contentsOf: gapped)
            return
        }
        // A whole sentence in quotation marks.
        if let q = quote(openingAt: a), q.close >= stop - 1 {
            if let c = make(a, q.close + 1, cue: [], speaker: .previous, kind: .direct, source: .continuation, unit: u) {
                found.append(c)
            }
            return
        }
        if hasReportedVerb(a, stop) {
            if let c = make(a, stop, cue: [], speaker: .previous, kind: nil, source: .continuation, unit: u) { found.append(c) }
        } else if let c = reportedReason(a, stop, u) {
            found.append(c)
        } else if hasFirstPerson(a, stop) {
            if var c = make(a, stop, cue: [], speaker: .previous, kind: .direct, source: .continuation, unit: u) {
                c.needsNamedSpeaker = true
                found.append(c)
            }
        }
    }
}

extension CueFinder {
    /// Konjunktiv II forms that stand in for Konjunktiv I where that looks like
    /// the indicative ("sie würden", "es wäre"). Past forms that read as the
    /// indicative too ("sollte", "wollte") are left out, and so are the
    /// forms authors guess with ("könnten", "dürften").
    static let subjunctiveTwo: Set<String> = [
        "würde", "würden", "wäre", "wären", "hätten", "müsste", "müssten",
        "bräuchten", "gäbe", "gäben",
    ]

    /// The modal of hearsay ("Heuer sollen es zwei Milliarden sein"): right after a
    /// claim of a source phrase ("Demnach …", "laut …") it reports what the same
    /// source says; after a verb of saying it is mostly a plan the author reports
    /// ("Die Vertretungen sollen künftig von Wien aus betreut werden"), and alone
    /// it is not a claim.
    static let hearsay: Set<String> = ["soll", "sollen"]

    /// A sentence in Konjunktiv II right after a claim in the same paragraph goes on
    /// with that claim's speaker ("…, sagte der Sprecher. Vorerst würden keine
    /// Rekruten mehr ausgebildet."); alone, such a sentence is the author's.
    func subjunctiveContinuation(_ unit: ClaimUnit, _ u: Int, after previous: ClaimUnit, afterSourcePhrase: Bool = false) -> ClaimCandidate? {
        guard german, !unit.isHeading, previous.paragraph == unit.paragraph else { return nil }
        let a = unit.start
        let stop = end(of: unit)
        guard a < stop, !t.isQuote(a), !hasFirstPerson(a, stop) else { return nil }
        var clauseStart = a
        for k in a..<stop {
            if t.isComma(k) || t.isMark(k, ";") || t.isMark(k, ":") || t.isDash(k) {
                clauseStart = k + 1
            } else if quoteOf[k] < 0, !t.isCapitalized(k), CueFinder.subjunctiveTwo.contains(t.lower[k]) || afterSourcePhrase && CueFinder.hearsay.contains(t.lower[k]),
                      !t.has(clauseStart, [.subordinator, .complementizer, .relative]) || t.has(clauseStart, .coordinator) {
                return make(a, stop, cue: [], speaker: .previous, kind: .indirect, source: .continuation, unit: u)
            }
        }
        return nil
    }
}

extension CueFinder {
    /// "Mazedonien hatte die Grenze geschlossen, weil die Weiterfahrt ins Stocken
    /// geraten sei": a reason in Konjunktiv I that ends the sentence is the reason
    /// the subject of the main clause gives, not the author's.
    func reportedReason(_ a: Int, _ stop: Int, _ u: Int) -> ClaimCandidate? {
        guard german, a + 1 < stop else { return nil }
        for k in (a + 1)..<stop where t.isComma(k) && quoteOf[k] < 0 && k + 2 < stop && (t.lower[k + 1] == "weil" || t.lower[k + 1] == "da") {
            guard nextBreak(from: k + 2, limit: stop) >= stop else { continue }
            let reported = ((k + 2)..<stop).contains { j in
                quoteOf[j] < 0 && t.has(j, .konjunktiv) && !t.isCapitalized(j) && t.lower[j - 1] != "ich" && (j + 1 >= t.count || t.lower[j + 1] != "ich")
            }
            // The main clause states a fact; one in Konjunktiv ("Auch Kandidaten würden
            // gesucht, weil …") goes on with the speaker before instead.
            guard reported, !(a..<k).contains(where: { t.isClauseBreak($0) || t.isQuote($0) || t.has($0, .konjunktiv) || CueFinder.subjunctiveTwo.contains(t.lower[$0]) }),
                  let s = phrases.subject(from: a, to: k), !s.isPronoun || t.has(s.head, .pronoun),
                  !(german && s.tokens.count == 1 && t.has(s.head, .pointsBack)) else { continue }
            return make(k + 2, stop, cue: [], speaker: .phrase(s), kind: .indirect, source: .continuation, unit: u)
        }
        return nil
    }
}
