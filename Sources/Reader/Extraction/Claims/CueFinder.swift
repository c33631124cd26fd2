/// Finds claim candidates in one unit at a time: reporting verbs before or
/// after their content, source phrases, nominal cues, words of stance, and
/// sentences that go on reporting without a cue. The constructions live in
/// the `CueFinder+…` files; this one holds what they share.
final class CueFinder {
    let t: ClaimTokens
    let phrases: SpeakerPhraseFinder
    let quotes: [QuoteFinder.Quote]
    /// For each token, the index of the outermost quote whose marks enclose it, or -1.
    let quoteOf: [Int32]
    /// For each token, the quote it opens or closes, or -1.
    let opening: [Int32]
    let closing: [Int32]
    let german: Bool

    init(_ t: ClaimTokens, quotes: [QuoteFinder.Quote]) {
        self.t = t
        self.quotes = quotes
        phrases = SpeakerPhraseFinder(t)
        german = t.lexicon.language == .de
        var quoteOf = [Int32](repeating: -1, count: t.count)
        var opening = [Int32](repeating: -1, count: t.count)
        var closing = [Int32](repeating: -1, count: t.count)
        for (n, q) in quotes.enumerated() {
            if opening[q.open] < 0 { opening[q.open] = Int32(n) }
            closing[q.close] = Int32(n)
            guard q.close > q.open + 1 else { continue }
            for k in (q.open + 1)..<q.close where quoteOf[k] < 0 { quoteOf[k] = Int32(n) }
        }
        self.quoteOf = quoteOf
        self.opening = opening
        self.closing = closing
    }

    /// The quote that opens at token `k`, if any.
    func quote(openingAt k: Int) -> QuoteFinder.Quote? {
        k >= 0 && k < opening.count && opening[k] >= 0 ? quotes[Int(opening[k])] : nil
    }

    /// Every candidate of a unit, in the order the constructions find them.
    func candidates(in unit: ClaimUnit, index: Int) -> [ClaimCandidate] {
        guard !unit.isHeading, unit.start < unit.tokens.upperBound else { return [] }
        var found: [ClaimCandidate] = []
        verbCandidates(unit, index, into: &found)
        sourceCandidates(unit, index, into: &found)
        nominalCandidates(unit, index, into: &found)
        stanceCandidates(unit, index, into: &found)
        colonNominalCandidates(unit, index, into: &found)
        comesFromCandidates(unit, index, into: &found)
        if found.allSatisfy(\.introducesOnly) {
            continuationCandidates(unit, index, into: &found)
        }
        return found
    }

    /// "Die Lage ist ernst. Das sagte der Minister.": the sentence before a cue
    /// that points back becomes the speaker's claim, or its claims without a
    /// named speaker get that speaker.
    func resolveBackReferences(_ candidates: inout [ClaimCandidate], units: [ClaimUnit]) {
        for intro in candidates where intro.refersBack {
            let u = intro.unit - 1
            guard u >= 0, !units[u].isHeading, units[u].paragraph == units[intro.unit].paragraph || units[u].paragraph + 1 == units[intro.unit].paragraph else { continue }
            let before = candidates.indices.filter { candidates[$0].unit == u && !candidates[$0].introducesOnly }
            if before.isEmpty {
                if var c = make(units[u].start, end(of: units[u]), cue: intro.cue, speaker: intro.speaker, kind: nil, source: .verb, unit: u) {
                    c.kind = c.kind == .indirect && !hasReportedVerb(units[u].start, end(of: units[u])) ? .direct : c.kind
                    candidates.append(c)
                }
            } else {
                for k in before where candidates[k].speaker == .previous || candidates[k].speaker == .unnamed {
                    candidates[k].speaker = intro.speaker
                    candidates[k].cue = intro.cue
                }
            }
        }
    }

    // MARK: shared helpers

    /// The token after the last one that belongs to the unit's text (final marks excluded).
    func end(of unit: ClaimUnit) -> Int {
        trimmedEnd(unit.start, unit.tokens.upperBound)
    }

    /// Drops final punctuation, dashes and stray commas from the end of a span.
    func trimmedEnd(_ a: Int, _ b: Int) -> Int {
        var b = b
        while b > a {
            let k = b - 1
            let kind = t.kinds[k]
            if kind == .dash || (kind == .punctuation && (t.lower[k] == "." || t.lower[k] == "," || t.lower[k] == ";" || t.lower[k] == ":" || t.lower[k] == "(")) {
                b -= 1
            } else {
                break
            }
        }
        return b
    }

    /// Drops leading commas, dashes and a complementiser ("dass", "that") from a span.
    func trimmedStart(_ a: Int, _ b: Int) -> Int {
        var a = a
        while a < b && (t.isComma(a) || t.isDash(a) || t.isMark(a, ":")) { a += 1 }
        if a < b && t.has(a, .complementizer) && !t.isCapitalized(a) && t.lower[a] != "ob" && t.lower[a] != "whether" { a += 1 }
        return a
    }

    /// The quote whose marks are exactly tokens `a` and `b - 1`, if any.
    func quote(spanning a: Int, _ b: Int) -> QuoteFinder.Quote? {
        guard a < b, let q = quote(openingAt: a) else { return nil }
        return q.close == b - 1 || (q.continues && q.close >= b - 1) ? q : nil
    }

    /// A candidate for the content tokens `a..<b`: the words inside the marks
    /// when the content is one quote (direct speech), else the span itself.
    func make(_ a: Int, _ b: Int, cue: [Int], speaker: ClaimCandidate.Speaker, kind: Claim.Kind?,
              source: ClaimCandidate.Source, unit: Int) -> ClaimCandidate? {
        let start = trimmedStart(a, b)
        var stop = trimmedEnd(start, b)
        // A closing mark whose quote opened before the content stays out.
        while stop > start && t.isQuote(stop - 1) && !(closing[stop - 1] >= 0 && quotes[Int(closing[stop - 1])].open >= start) {
            stop -= 1
            stop = trimmedEnd(start, stop)
        }
        guard stop > start else { return nil }
        var range = t.range(start, stop)
        var resolvedKind = kind
        if let q = quote(spanning: start, stop) {
            range = q.inner
            resolvedKind = .direct
        } else if (start..<stop).contains(where: { t.isQuote($0) && quoteOf[$0] < 0 }) {
            resolvedKind = .mixed
        }
        guard range.length > 1 else { return nil }
        return ClaimCandidate(content: range, contentTokens: start..<stop, cue: cue, speaker: speaker,
                              kind: resolvedKind ?? defaultKind(start, stop), source: source, unit: unit)
    }

    /// Indirect when the content reports (Konjunktiv I, "dass"), else direct.
    private func defaultKind(_ a: Int, _ b: Int) -> Claim.Kind {
        if hasReportedVerb(a, b) { return .indirect }
        if a > 0 && t.has(a - 1, .complementizer) { return .indirect }
        return hasFirstPerson(a, b) ? .direct : .indirect
    }

    /// True when a main clause in `a..<b` has a verb in Konjunktiv I ("sei",
    /// "habe"), outside quotes. A Konjunktiv I at the end of a clause opened by
    /// "dass", "weil" or a relative pronoun does not count ("…, weil sie krank sei").
    func hasReportedVerb(_ a: Int, _ b: Int) -> Bool {
        guard german else { return false }
        var clauseStart = a
        var k = a
        while k < b {
            if t.isComma(k) || t.isMark(k, ";") || t.isMark(k, ":") || t.isDash(k) {
                clauseStart = k + 1
            } else if quoteOf[k] < 0, t.has(k, .konjunktiv), !t.isCapitalized(k), t.lower[k - 1 < 0 ? k : k - 1] != "ich", k + 1 >= t.count || t.lower[k + 1] != "ich" {
                let subordinate = t.has(clauseStart, [.subordinator, .complementizer, .relative]) && !t.has(clauseStart, .coordinator)
                let final = k + 1 >= b || t.isClauseBreak(k + 1) || t.lower[k + 1] == "und" || t.lower[k + 1] == "oder"
                if !(subordinate && final) { return true }
            }
            k += 1
        }
        return false
    }

    /// True when `a..<b` has a first-person word outside quotes ("ich", "wir", "unser"): a sign of direct speech.
    func hasFirstPerson(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where t.has(k, .firstPerson) && quoteOf[k] < 0 && (!t.isCapitalized(k) || phrases.isSentenceInitial(k)) {
            return true
        }
        return false
    }

    /// The first clause break at or after `k`, or `limit`.
    func nextBreak(from k: Int, limit: Int) -> Int {
        var j = k
        while j < limit && !(t.isClauseBreak(j) && quoteOf[j] < 0) { j += 1 }
        return j
    }

    /// The start of the clause that contains token `k` (after the previous break), not before `floor`.
    func clauseStart(of k: Int, floor: Int) -> Int {
        var j = k - 1
        while j >= floor && !(t.isClauseBreak(j) && quoteOf[j] < 0) { j -= 1 }
        return j + 1
    }
}
