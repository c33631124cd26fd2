/// Finds noun phrases whose head is a role, organisation, group or place noun,
/// with what they say about the actor: determiner, number, nationality, age,
/// owner, a name in apposition, and the words that complete a description.
struct PhraseFinder {
    let document: Document
    let words: [WordInfo]
    let lexicon: ActorLexicon
    let memo: LexicalMemo
    let names: [NameSpan]
    /// For every token, the name span it belongs to.
    let nameAt: NameIndex
    var language: Language { document.language }

    func find() -> [Phrase] {
        var result: [Phrase] = []
        let tokens = document.tokens
        for (sIndex, sentence) in document.sentences.enumerated() {
            let lo = sentence.tokens.lowerBound, hi = sentence.tokens.upperBound
            for h in lo..<hi where words[h].type >= 0 && nameAt[h] == nil && !words[h].function {
                if language == .de && !words[h].capitalized && !(words[h].hasDigit && startsWithNumberCompound(tokens[h].text)) { continue }
                guard let match = headMatch(h, lo: lo, hi: hi) else { continue }
                if match.noun.kind == .title { continue }
                var p = Phrase(head: h, match: match, start: h, determiner: .none, sentence: sIndex)
                p.prefix = match.prefixLength == 0 ? "" : match.prefix
                leftEdge(&p, lo: lo)
                modifiers(&p)
                apposition(&p, hi: hi)
                complement(&p, hi: hi)
                if p.apposedName == nil { postApposition(&p, hi: hi) }
                result.append(p)
            }
        }
        // "Der deutsche Philosoph und Soziologe Jürgen Habermas": both roles describe the name.
        for i in result.indices where result[i].apposedName == nil {
            let h = result[i].head
            guard h + 2 < tokens.count, words[h + 1].lower.is("und") || words[h + 1].lower.is("and"),
                  let j = result.firstIndex(where: { $0.head == h + 2 }), let n = result[j].apposedName else { continue }
            result[i].apposedName = n
        }
        return result
    }

    // MARK: head

    /// "42-Jährige": digits, a hyphen and a capitalised noun.
    private func startsWithNumberCompound(_ text: String) -> Bool {
        guard text.startsWithDigit, let dash = text.firstIndex(of: "-"), text[..<dash].allSatisfy(\.isNumber) else { return false }
        return text[text.index(after: dash)...].first?.isUppercase ?? false
    }

    private func headMatch(_ h: Int, lo: Int, hi: Int) -> HeadMatch? {
        let t = document.tokens[h]
        var lower = words[h].lower
        if language == .en {
            if lower.endsWith("'s") || lower.endsWith("\u{2019}s") { lower = String(lower.dropLast(2)) }
            // "union leader", "agency spokesman": a noun before the head is a modifier, not a head.
            let possessive = t.text.endsWith("'s") || t.text.endsWith("\u{2019}s")
            if !possessive, h + 1 < hi, document.tokens[h + 1].kind == .word, !words[h + 1].capitalized,
               memo.head(at: h + 1) != nil,
               !lower.endsWith("s") || lower.endsWith("ss") {
                return nil
            }
            if let phrase = multiWordHead(h, lower: lower, lo: lo) { return phrase }
            if words[h].capitalized && !words[h].initial { return nil }
        }
        return memo.head(at: h)
    }

    /// English heads of several words: "chief executive", "port authority".
    private func multiWordHead(_ h: Int, lower: String, lo: Int) -> HeadMatch? {
        let heads = memo.heads
        guard let entries = heads.phrases[lower] else { return nil }
        for (entryWords, index) in entries.sorted(by: { $0.words.count > $1.words.count }) {
            let n = entryWords.count
            guard h - (n - 1) >= lo else { continue }
            var ok = true
            for k in 0..<(n - 1) where words[h - (n - 1) + k].lower != entryWords[k] { ok = false; break }
            if ok {
                return HeadMatch(noun: heads.nouns[index], word: heads.nouns[index].lemma, prefixLength: 0, plural: false, language: .en)
            }
        }
        return nil
    }

    // MARK: left edge

    /// Walks back from the head over modifiers to a determiner or number word.
    private func leftEdge(_ p: inout Phrase, lo: Int) {
        let tokens = document.tokens
        let headWords = p.match.noun.wordCount
        var k = p.head - headWords
        p.start = k + 1
        var steps = 0
        // A participle or adjective right before the head lets a German phrase reach further back
        // ("die vor allem bei jungen Leuten populäre App").
        let long = language == .de && k >= lo && tokens[k].kind == .word && !words[k].capitalized && looksAdjectival(words[k].lower)
        let limit = long ? 7 : 3
        while k >= lo && steps < limit {
            let t = tokens[k]
            let w = words[k]
            if t.kind == .number {
                if p.count == nil, let n = Int(t.text) { p.count = n; p.determiner = .count }
                p.start = k; k -= 1; steps += 1; continue
            }
            guard t.kind == .word else { break }
            if w.roles.contains(.count) {
                p.count = Int(memo.cues.values[w.lower] ?? "") ?? 2
                p.determiner = .count
                p.start = k
                break
            }
            if !w.roles.isDisjoint(with: [.definite, .indefinite, .possessive]) {
                if language == .de && !agrees(w.lower, p.match) { break }
                p.determiner = w.roles.contains(.definite) ? .definite : w.roles.contains(.indefinite) ? .indefinite : .possessive
                p.start = k
                if language == .de && germanPlural(w.lower, p.match) { p.match.plural = true }
                // "drei der Insassen", "einer der Männer", "one of the workers": part of a group met before.
                if k > lo, words[k - 1].roles.contains(.count) || words[k - 1].lower.isOne(of: ["einer", "eine", "eines", "one"])
                    || (language == .en && words[k].lower.is("the") && k > lo + 1 && words[k - 1].lower.is("of") && words[k - 2].roles.contains(.count)) {
                    p.partitive = true
                    p.match.plural = true
                }
                // "ins Krankenhaus", "im Rechtsbüro": a place to go to, not an actor, unless it refers back.
                p.locative = w.lower.isOne(of: ["ins", "im", "zum", "zur", "beim", "vom", "am"])
                break
            }
            if long && w.lower.isOne(of: ["und", "oder", "wie", "als", "aber", "sondern", "dass", "ob", "denn", "weil"]) { break }
            if let n = nameAt[k] {
                if long && k < p.head - 1 { break }
                // "Syriens Staatschef", "Trump's spokesman": a genitive name before the head.
                if names[n].country != nil && names[n].tokens.upperBound == k + 1 {
                    p.nationality = names[n].country
                    p.determiner = .possessive
                    p.start = names[n].runStart
                } else if isGenitiveName(n, token: k) {
                    p.owner = n
                    p.determiner = .possessive
                    p.start = names[n].runStart
                }
                break
            }
            if language == .en {
                if t.text.endsWith("'s") || t.text.endsWith("\u{2019}s") { p.start = k; k -= 1; steps += 1; continue }
                if w.function || w.roles.contains(.place) || w.roles.contains(.link) { break }
                if w.capitalized && !w.initial && lexicon.countries.englishAdjectives[t.text] == nil { break }
            } else {
                if w.capitalized && !long { break }
                if w.capitalized && long {
                    // "bei jungen Leuten populäre App": only a noun governed by a preposition is crossed.
                    let p1 = k - 1 >= lo ? words[k - 1].roles : []
                    let p2 = k - 2 >= lo ? words[k - 2].roles : []
                    if !p1.contains(.preposition) && !p2.contains(.preposition) { break }
                }
                if (w.roles.contains(.place) || w.roles.contains(.link) || w.function) && !long { break }
            }
            p.start = k
            k -= 1
            steps += 1
        }
        if p.determiner == .none { p.start = bareStart(p) }
    }

    /// A name in the genitive: "Trump's" (English), "Trumps" when "Trump" is a name too (German).
    private func isGenitiveName(_ n: Int, token k: Int) -> Bool {
        let text = document.tokens[k].text
        guard names[n].tokens.upperBound == k + 1 else { return false }
        if language == .en { return text.endsWith("'s") || text.endsWith("\u{2019}s") }
        guard text.endsWith("s"), text.count > 2 else { return false }
        let stem = String(names[n].key.dropLast())
        return names.contains { $0.key == stem || $0.lastWord == stem }
    }

    /// "die Angreifer", "die Verletzten": an article that shows the noun is plural.
    private func germanPlural(_ article: String, _ match: HeadMatch) -> Bool {
        let g = match.noun.gender
        let text = match.noun.adjectival
        if article.is("die") && (g == .masculine || g == .neuter) { return true }
        // "seine Kollegen", "ihre Mitarbeiter": a possessive in -e goes with a masculine or neuter noun only in the plural.
        if (g == .masculine || g == .neuter) && article.isOne(of: ["seine", "ihre", "meine", "unsere", "deine", "eure", "keine"]) { return true }
        // "der Rebellen": a masculine noun with an ending after "der" can only be a genitive plural.
        if article.is("der") && g == .masculine && match.inflected && !match.noun.adjectival { return true }
        if article.is("die") && text && words.isEmpty == false { return false }
        return false
    }

    /// Whether a German article can go with the head noun (gender; plural where the article allows it).
    private func agrees(_ article: String, _ match: HeadMatch) -> Bool {
        let g = match.noun.gender
        if g == .unknown || match.noun.adjectival { return true }
        switch article {
        case "das", "ins": return g == .neuter
        case "ein", "eines", "einem", "dem", "des", "im", "am", "vom", "zum", "beim": return g == .masculine || g == .neuter
        case "eine": return g == .feminine
        case "einer", "zur": return g == .feminine
        case "einen": return g == .masculine
        case "die": return g == .feminine || !match.noun.lemma.endsWith("in") || match.plural
        case "den": return g == .masculine || g != .feminine || match.plural
        default: return true
        }
    }

    /// Without a determiner the phrase is only the head and the words right before it
    /// that modify it (lower-case adjectives; in English also nouns: "chief medical officer").
    private func bareStart(_ p: Phrase) -> Int {
        let headWords = p.match.noun.wordCount
        var k = p.head - headWords + 1
        var steps = 0
        while k - 1 >= 0, steps < 3 {
            let w = words[k - 1]
            guard document.tokens[k - 1].kind == .word, !w.function, !w.roles.contains(.place), !w.roles.contains(.link),
                  !w.roles.contains(.count), nameAt[k - 1] == nil else { break }
            if language == .de && (w.capitalized || lexicon.countries.germanAdjective(w.lower) == nil && !(w.lower.startsWithDigit && w.lower.containsBytes("-jährig"))) { break }
            if language == .en && w.capitalized && !w.initial && lexicon.countries.englishAdjectives[document.tokens[k - 1].text] == nil { break }
            k -= 1
            steps += 1
        }
        return k
    }

    private func looksAdjectival(_ lower: String) -> Bool {
        lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("es") || lower.endsWith("em")
    }

    // MARK: what the modifiers say

    private func modifiers(_ p: inout Phrase) {
        let tokens = document.tokens
        for k in p.start..<p.head {
            let w = words[k]
            if p.nationality == nil {
                if language == .de, !w.capitalized, let c = lexicon.countries.germanAdjective(w.lower) { p.nationality = c }
                if language == .en, let c = lexicon.countries.englishAdjectives[tokens[k].text] { p.nationality = c }
            }
            if p.age == nil, let a = age(tokens[k].text) { p.age = a }
        }
        if p.age == nil, p.match.noun.nounClass.is("age"), let a = age(tokens[p.head].text) { p.age = a }
        // "US-Regierung", "Trump-Regierung": the prefix of the compound.
        let prefix = p.prefix
        if prefix.endsWith("-") {
            let first = String(prefix.dropLast())
            if p.nationality == nil, let c = memo.country(named: first) ?? lexicon.countries.germanAdjective(first.lowercased()) {
                p.nationality = c
            }
        }
    }

    /// "26-Jähriger", "31-jähriger" → the number.
    private func age(_ text: String) -> Int? {
        guard text.startsWithDigit, let dash = text.firstIndex(of: "-") else { return nil }
        let rest = text[text.index(after: dash)...].lowercased()
        guard rest.startsWith("jährig") else { return nil }
        return Int(text[..<dash])
    }

    // MARK: after the head

    /// "der Konzern Zhongwen", "Präsident Donald Trump"; "The union, FNV Havens, said".
    private func apposition(_ p: inout Phrase, hi: Int) {
        let tokens = document.tokens
        let next = p.head + 1
        if next < hi, let n = nameAt[next], tokens[next].start > tokens[p.head].end {
            if !tokens[p.head].text.endsWith("'s") { p.apposedName = n; return }
        }
        if next + 1 < hi, tokens[next].text.is(","), let n = nameAt[next + 1], names[n].runStart == next + 1 {
            let after = names[n].tokens.upperBound
            if after >= hi || tokens[after].text.is(",") || tokens[after].text.is(".") || tokens[after].text.is(")") {
                if p.determiner != .indefinite || language == .en { p.apposedName = n }
            }
        }
    }

    /// "Mark Feldman, an analyst at Harbor Securities, said"; "Jane McAuliffe, Direktorin des Kluge-Zentrums.":
    /// a phrase set off by commas right after a name describes it.
    private func postApposition(_ p: inout Phrase, hi: Int) {
        let tokens = document.tokens
        guard p.start >= 2, tokens[p.start - 1].text.is(","), let n = nameAt[p.start - 2],
              names[n].tokens.upperBound == p.start - 1, p.noun.kind != .title else { return }
        let after = (p.complementEnd ?? p.head) + 1
        guard after >= hi || tokens[after].text.isOne(of: [",", ".", ")", ";"]) || tokens[after].kind == .dash else { return }
        // Not a list of names: "Adorno, Arendt und Horkheimer".
        if p.determiner == .count { return }
        p.apposedName = n
    }

    /// The words after the head that belong to a description: a genitive ("des Ministeriums"),
    /// a place ("im Bundesstaat Pennsylvania", "in Washington"), "von Präsident Donald Trump",
    /// "for the port authority", "at Harbor Securities".
    private func complement(_ p: inout Phrase, hi: Int) {
        let tokens = document.tokens
        var k = p.head + 1
        if let n = p.apposedName, names[n].runStart == k { k = names[n].tokens.upperBound }
        p.complementStart = k
        guard k < hi, tokens[k].kind == .word else { return }
        let w = words[k]
        let opens: Bool
        if language == .de {
            opens = w.lower.is("des") || (w.lower.is("der") && p.noun.kind != .place) || w.roles.contains(.place) || w.lower.is("im") || w.lower.is("von") || w.lower.is("vom")
        } else {
            opens = w.lower.is("for") || w.lower.is("at") || w.lower.is("of") || w.lower.is("in")
        }
        guard opens else { return }
        // "drei Influencern in den USA": where a group is does not name it.
        if p.plural && (w.roles.contains(.place) || w.lower.is("im")) { return }
        var j = k + 1
        var end: Int?
        var owner: Int?
        var steps = 0
        while j < hi && steps < 6 {
            let t = tokens[j]
            guard t.kind == .word || t.text.is(".") else { break }
            let wj = words[j]
            if let n = nameAt[j] {
                end = names[n].tokens.upperBound - 1
                owner = n
                j = names[n].tokens.upperBound
                break
            }
            if wj.roles.isDisjoint(with: .determiner) == false || (!wj.capitalized && looksAdjectival(wj.lower)) || (language == .en && !wj.capitalized && !wj.function) {
                if language == .en && !wj.capitalized && wj.roles.isDisjoint(with: .determiner), memo.head(at: j) != nil {
                    end = j
                    if j + 1 < hi, nameAt[j + 1] == nil { break }
                }
                j += 1; steps += 1; continue
            }
            if wj.capitalized && !wj.function {
                end = j
                j += 1; steps += 1
                if j < hi, nameAt[j] != nil { continue }   // "des Bezirks Sirmaur"
                break
            }
            break
        }
        guard let e = end else { return }
        p.complementEnd = e
        // "die Führung in Damaskus", "das Verteidigungsministerium in Kabul": a capital or country names the nationality.
        if p.nationality == nil, w.roles.contains(.place) || w.lower.is("im"), let o = owner {
            if let c = names[o].country { p.nationality = c }
            else if let place = names[o].place, place.kind.is("capital"), !place.country.isEmpty { p.nationality = place.country }
        }
        if (w.lower.is("von") || w.lower.is("vom")), let o = owner, p.owner == nil { p.owner = o }
    }
}
