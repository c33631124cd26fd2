/// Finds speaker phrases with a small chunker over tokens: articles,
/// adjectives and capitalised words make a phrase; a genitive ("des
/// Ministeriums"), "von …" or, in English, "for/of/at …" after a role noun
/// attaches to it; "und" joins two phrases.
struct SpeakerPhraseFinder {
    let t: ClaimTokens
    let german: Bool

    init(_ t: ClaimTokens) {
        self.t = t
        german = t.lexicon.language == .de
    }

    private static let nameParticles: Set<String> = ["von", "van", "de", "da", "di", "del", "der", "den", "al", "bin", "ibn", "el", "la", "le", "du", "ter", "zu", "dos", "das"]
    private static let germanGenitive: Set<String> = ["des", "der", "eines", "einer"]
    private static let englishAttachments: Set<String> = ["for", "of", "at", "from", "by"]

    // MARK: token shapes

    /// A noun or name: capitalised and not a grammar word.
    func isNoun(_ i: Int) -> Bool {
        guard t.isWord(i) else { return false }
        if t.has(i, ClaimWordClass.function.union(.indefinite)) && (!t.isCapitalized(i) || isSentenceInitial(i)) { return false }
        if t.isCapitalized(i) { return !t.has(i, .function) || !isSentenceInitial(i) }
        return isDottedName(i)
    }

    /// "Seit Frühjahr 2013 ruft X auf": a word that is a preposition too ("seit") before a
    /// noun or number opens a phrase when the verb follows that noun (and its numbers) at
    /// once; "Während Faymann davon ausging" is a clause.
    private func opensPhraseBeforeVerb(_ k: Int, limit b: Int) -> Bool {
        guard t.has(k, .preposition), k + 1 < b, isNoun(k + 1) || t.kinds[k + 1] == .number else { return false }
        var afterNoun = k + 2
        while afterNoun < b && t.kinds[afterNoun] == .number { afterNoun += 1 }
        return afterNoun == b || afterNoun < b && t.has(afterNoun, .reportingVerb)
    }

    /// A name written in lower case with dots between parts of two letters or more ("ver.di",
    /// "web.de"; not "d.h" or "u.a").
    func isDottedName(_ i: Int) -> Bool {
        guard t.isWord(i), !t.isCapitalized(i), t.token(i).range.length >= 5 else { return false }
        let w = t.lower[i].unicodeScalars
        guard w.contains(".") else { return false }
        return w.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            part.count >= 2 && part.allSatisfy { $0.properties.isAlphabetic }
        }
    }

    /// A lower-case word that can stand inside a noun phrase: a German adjective
    /// ("moldauische", "örtlichen"), an English modifier or noun ("chief", "agency").
    func isModifier(_ i: Int) -> Bool {
        guard t.isWord(i), !t.isCapitalized(i) else { return false }
        if t.has(i, ClaimWordClass.function.union([.reportingVerb, .konjunktiv, .relative, .indefinite, .stance])) { return false }
        if german {
            let w = t.lower[i]
            return w.hasSuffix("e") || w.hasSuffix("en") || w.hasSuffix("er") || w.hasSuffix("es") || w.hasSuffix("em")
        }
        return true
    }

    func isSentenceInitial(_ i: Int) -> Bool {
        guard i > 0 else { return true }
        if t.isTerminal(i - 1) || t.isQuote(i - 1) || t.isDash(i - 1) || t.isMark(i - 1, ":") { return true }
        return t.sentenceStart[i]
    }

    /// "H" of "James H. Billington", "Dr" of "Dr. Laura Chen", "Ltd" of "Nordic Freight Ltd.".
    private func dottedAbbreviation(_ i: Int) -> Bool {
        guard t.isWord(i), t.isMark(i + 1, "."), t.start(i + 1) == t.end(i) else { return false }
        let token = t.token(i)
        if token.range.length == 1 && token.isCapitalized { return true }
        return TextData.shared.abbreviations.contains(t.lower[i] + ".")
    }

    // MARK: phrases

    /// The phrase that starts at token `i`, not reaching `limit`.
    func forward(from i: Int, limit: Int) -> SpeakerPhrase? {
        guard i < limit, t.isWord(i) || t.kinds[i] == .number else { return nil }
        if t.has(i, .pronoun) && !t.has(i, .determiner) {
            return SpeakerPhrase(tokens: i..<(i + 1), head: i, main: i..<(i + 1), isPronoun: true)
        }
        var k = i
        var head: Int?
        var leadingQuantifier = false
        if t.lower[i] == "sowohl" || t.lower[i] == "both" { k += 1 }
        while k < limit && (t.has(k, [.determiner, .possessive]) || t.kinds[k] == .number
                            || (t.has(k, .indefinite) && t.isCapitalized(k + 1))) {
            if t.has(k, .indefinite) || t.kinds[k] == .number { leadingQuantifier = true }
            k += 1
        }
        // "Manche", "Andere", "Some": an indefinite pronoun standing alone.
        if k == i && t.has(i, .indefinite) {
            return SpeakerPhrase(tokens: i..<(i + 1), head: i, main: i..<(i + 1))
        }
        // A genitive plural without article ("unabhängiger Experten") ends with its noun.
        let bareGenitive = german && k == i && isModifier(i) && t.lower[i].hasSuffix("er")
        while k < limit {
            if isNoun(k) {
                if bareGenitive && head != nil { break }
                head = k; k += 1; continue
            }
            if dottedAbbreviation(k) && (head != nil || t.isCapitalized(k + 2)) { head = k; k += 2; continue }
            if isModifier(k) && (german || head == nil) && k + 1 < limit && (isNoun(k + 1) || isModifier(k + 1) || dottedAbbreviation(k + 1)) {
                k += 1; continue
            }
            if !german && isModifier(k) && head == nil { head = k; k += 1; continue }
            if let h = head, t.isCapitalized(h), SpeakerPhraseFinder.nameParticles.contains(t.lower[k]),
               k + 1 < limit, isNoun(k + 1) || (SpeakerPhraseFinder.nameParticles.contains(t.lower[k + 1]) && isNoun(k + 2)), !german || t.lower[k] != "der" {
                k += 1; continue
            }
            if head != nil, t.isMark(k, "("), k + 2 < limit, t.isMark(k + 2, ")"), t.isCapitalized(k + 1) { k += 3; continue }
            // A title in quotation marks: "die Zeitung „Der Standard“".
            if head != nil, t.isQuote(k), t.isCapitalized(k + 1),
               let close = ((k + 2)..<min(limit, k + 7)).first(where: { t.isQuote($0) }),
               ((k + 1)..<close).allSatisfy({ t.isWord($0) }) {
                k = close + 1; continue
            }
            break
        }
        guard let h = head else {
            if leadingQuantifier && k > i { return SpeakerPhrase(tokens: i..<k, head: k - 1, main: i..<k) }
            return nil
        }
        let main = i..<k
        var end = k
        // Attachments: a genitive, "von …", "für …" after a role noun, "for/of/at …".
        var attachments: [Range<Int>] = []
        while end < limit && attachments.count < 2 {
            let w = t.lower[end]
            let start = end
            // After a genitive article an adjective ends in -en: "der chinesische Entwickler" is a new subject.
            if german && SpeakerPhraseFinder.germanGenitive.contains(w) && isModifier(end + 1) && t.lower[end + 1].hasSuffix("e") {
                break
            }
            if german && SpeakerPhraseFinder.germanGenitive.contains(w), let g = forward(from: end, limit: limit), g.main.count > 1 {
                end = g.main.upperBound
            } else if german && w == "von" && t.isCapitalized(end + 1), let g = forward(from: end + 1, limit: limit) {
                end = g.main.upperBound
            } else if german && w == "für" && t.compoundClasses(h).contains(.roleNoun), let g = forward(from: end + 1, limit: limit) {
                end = g.main.upperBound
            } else if !german && SpeakerPhraseFinder.englishAttachments.contains(w)
                        && (t.compoundClasses(h).contains(.roleNoun) || !attachments.isEmpty || w == "from" || w == "by"),
                      let g = forward(from: end + 1, limit: limit) {
                end = g.main.upperBound
            } else {
                break
            }
            attachments.append(start..<end)
        }
        // "und der Westen", "and the union".
        if end + 1 < limit, t.lower[end] == "und" || t.lower[end] == "and" || t.lower[end] == "sowie" || t.lower[end] == "als",
           !(t.lower[end] == "als" && t.lower[end + 1] != "auch"),
           let next = forward(from: t.lower[end] == "als" ? end + 2 : end + 1, limit: limit), !next.isPronoun {
            end = next.tokens.upperBound
            attachments += next.attachments
        }
        return SpeakerPhrase(tokens: i..<end, head: h, main: main, attachments: attachments)
    }

    /// A phrase after a trailing cue with the apposition that may follow it:
    /// "sagte der AU-Sondergesandte für Burundi, Ibrahima Fall, am Sonntag".
    func withApposition(_ p: SpeakerPhrase, limit: Int) -> SpeakerPhrase {
        let e = p.tokens.upperBound
        guard e + 1 < limit, t.isComma(e), let a = forward(from: e + 1, limit: limit), !a.isPronoun else { return p }
        let after = a.tokens.upperBound
        guard after >= limit || t.isClauseBreak(after) || t.has(after, [.preposition, .adverb]) else { return p }
        var q = p
        q.tokens = p.tokens.lowerBound..<after
        q.apposition = a.tokens
        q.attachments += a.attachments
        return q
    }

    /// The phrase that ends right before token `i` ("Dem Ministerium" of "Dem Ministerium zufolge").
    func backward(before i: Int, floor: Int) -> SpeakerPhrase? {
        var k = i - 1
        guard k >= floor else { return nil }
        if t.has(k, .pronoun) || t.has(k, .objectPronoun) {
            return SpeakerPhrase(tokens: k..<(k + 1), head: k, main: k..<(k + 1), isPronoun: true)
        }
        guard isNoun(k) || (t.kinds[k] == .punctuation && t.lower[k] == ")") else { return nil }
        let head = isNoun(k) ? k : max(floor, k - 2)
        while k - 1 >= floor && (isNoun(k - 1) || isModifier(k - 1) || t.lower[k - 1] == ")" || t.lower[k - 1] == "(" || t.has(k - 1, [.determiner, .possessive])) {
            k -= 1
            if t.has(k, [.determiner, .possessive]) && !isNoun(k) { break }
        }
        // A genitive before: "Angaben der Polizei" → keep only "der Polizei".
        return SpeakerPhrase(tokens: k..<i, head: head, main: k..<i)
    }

    /// The subject before a verb: in German the first phrase of the clause
    /// that can be a subject (skipping prepositional phrases, adverbs and
    /// objects in the dative or genitive); in English the phrase right before
    /// the verb with its appositions ("Mark Feldman, an analyst …,").
    func subject(from a: Int, to b: Int) -> SpeakerPhrase? {
        guard a < b else { return nil }
        return german ? germanSubject(from: a, to: b) : englishSubject(before: b, floor: a)
    }

    private func germanSubject(from a: Int, to b: Int) -> SpeakerPhrase? {
        var lastComma = -1
        for k in a..<b where t.isComma(k) || t.isDash(k) { lastComma = k }
        if lastComma >= 0, let p = firstSubject(from: lastComma + 1, to: b) { return p }
        return firstSubject(from: a, to: lastComma >= 0 ? lastComma : b)
    }

    private func firstSubject(from a: Int, to b: Int) -> SpeakerPhrase? {
        var k = a
        while k < b {
            // "Nach dem Auftritt Kerns als designierter SPÖ-Vorsitzender erklärte X": a role after
            // "als" inside the clause describes someone else's phrase, it is no subject.
            // So is a bare noun after "als" that opens the clause: "Als Grund nannte X …".
            if t.lower[k] == "als" && (k > a && !t.isCapitalized(k) || k + 1 < b && isNoun(k + 1) && !t.has(k + 1, [.determiner, .possessive, .pronoun])) {
                k = forward(from: k + 1, limit: b)?.tokens.upperBound ?? (k + 1)
                continue
            }
            if k == a && t.has(k, [.subordinator, .coordinator]) && !t.has(k, [.determiner, .pronoun]) && !opensPhraseBeforeVerb(k, limit: b) {
                k += 1
                continue
            }
            if t.has(k, .preposition) && !t.has(k, .determiner) {
                k = forward(from: k + 1, limit: b)?.tokens.upperBound ?? (k + 1)
                // "Seit Frühjahr 2013", "im Mai 2015": the year belongs to the prepositional phrase.
                while k < b && t.kinds[k] == .number { k += 1 }
                continue
            }
            // "Dies sagte X", "wenn dies … widerspricht": "dies" is the subject that points back.
            if t.has(k, .pointsBack) && !t.has(k, [.determiner, .pronoun]) {
                return SpeakerPhrase(tokens: k..<(k + 1), head: k, main: k..<(k + 1), isPronoun: true)
            }
            if t.has(k, .pronoun) && !t.has(k, .determiner) {
                if t.lower[k] == "es" || t.lower[k] == "man" { k += 1; continue }
                return SpeakerPhrase(tokens: k..<(k + 1), head: k, main: k..<(k + 1), isPronoun: true)
            }
            if t.isWord(k) || t.kinds[k] == .number, !t.has(k, [.adverb, .auxiliary, .negation, .correlate, .objectPronoun]) || t.has(k, .determiner),
               let p = forward(from: k, limit: b) {
                // A dative, accusative or genitive article is no subject: "dem", "den", "diesen", "seinem", "des".
                let first = t.lower[p.tokens.lowerBound]
                if t.has(p.tokens.lowerBound, [.determiner, .possessive]) && (first.hasSuffix("em") || first.hasSuffix("en") || first == "des" || first == "eines") {
                    k = p.tokens.upperBound; continue
                }
                return p
            }
            k += 1
        }
        return nil
    }

    private func englishSubject(before b: Int, floor: Int) -> SpeakerPhrase? {
        // Auxiliaries and adverbs between subject and verb: "the union had claimed", "she also said",
        // "The company, however, said".
        var b = b
        while b - 1 > floor {
            if t.has(b - 1, [.auxiliary, .adverb, .negation]) && !t.isCapitalized(b - 1) { b -= 1; continue }
            if t.isComma(b - 1) && t.has(b - 2, .adverb) && !t.isCapitalized(b - 2) && t.isComma(b - 3) { b -= 3; continue }
            break
        }
        // A comma right before the verb closes an apposition: "Mark Feldman, an analyst …, said".
        var end = b
        if end - 1 >= floor && t.isComma(end - 1) { end -= 1 }
        var start = segmentStart(before: end, floor: floor)
        guard start < end else { return nil }
        var main = start..<end
        var apposition: Range<Int>?
        var tokensEnd = end
        if end < b, start - 1 > floor {
            var comma = start - 1
            // ", who chairs the committee," is a relative clause, not the speaker.
            if t.has(comma, .relative) && comma - 1 > floor && t.isComma(comma - 1) {
                tokensEnd = comma - 1
                comma -= 1
            }
            if t.isComma(comma) {
                let first = segmentStart(before: comma, floor: floor)
                if first < comma {
                    apposition = main
                    main = first..<comma
                    start = first
                }
            }
        }
        if main.count == 1 && t.has(main.lowerBound, .pronoun) {
            return SpeakerPhrase(tokens: main, head: main.lowerBound, main: main, isPronoun: true)
        }
        var head = main.upperBound - 1
        while head > main.lowerBound && !t.isWord(head) { head -= 1 }
        return SpeakerPhrase(tokens: start..<tokensEnd, head: head, main: main, apposition: apposition)
    }

    /// Where the run of phrase words that ends before `end` starts.
    private func segmentStart(before end: Int, floor: Int) -> Int {
        var j = end - 1
        while j >= floor && !t.isComma(j) && !t.isClauseBreak(j) && !t.isQuote(j) {
            if t.has(j, [.auxiliary, .reportingVerb, .coordinator, .complementizer, .relative, .subordinator]) && !t.isCapitalized(j) {
                // "Fire and Rescue Service", "the report": not a boundary.
                let joinsNames = t.has(j, .coordinator) && t.isCapitalized(j - 1) && t.isCapitalized(j + 1)
                let noun = t.has(j, .reportingVerb) && !t.has(j, .auxiliary) && t.has(j - 1, [.determiner, .possessive])
                if !joinsNames && !noun { break }
            }
            j -= 1
        }
        return j + 1
    }

}
