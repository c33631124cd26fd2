/// The name rules of the sieve: exact names, countries and capitals,
/// surnames, initials, first words of company names, acronyms.
extension CoreferenceSieve {
    /// One entity per distinct name; countries by code; capitals used as actors join their country.
    mutating func clusterNames() {
        var byKey: [String: Int] = [:]
        var byCountry: [String: Int] = [:]
        entityOfName = Array(repeating: -1, count: names.count)
        for (n, span) in names.enumerated() {
            if let code = countryOf(span) {
                let e: Int
                if let existing = byCountry[code] { e = existing } else {
                    var entity = Entity()
                    entity.country = code
                    entity.vote(.location, 5)
                    entity.classes = ["country"]
                    e = newEntity(entity)
                    byCountry[code] = e
                }
                entities[e].names.append(n)
                entities[e].add(span.range, .name)
                entityOfName[n] = e
                continue
            }
            let key = span.key
            let e: Int
            if let existing = byKey[key] { e = existing } else {
                e = newEntity(Entity())
                byKey[key] = e
            }
            entities[e].names.append(n)
            entities[e].add(span.range, .name)
            entityOfName[n] = e
            typeFromName(span, entity: e)
        }
    }

    /// The country a name stands for: a country's name, or a capital used as an actor
    /// ("Gegenwind aus Peking", "Peking könnte") rather than as a place ("in Washington").
    func countryOf(_ span: NameSpan) -> String? {
        if let c = span.country { return c }
        if let p = span.place, p.kind.is("capital"), !p.country.isEmpty, span.tokens.count == 1 {
            let before = span.runStart - 1
            if before >= 0, words[before].lower.is("aus") || words[before].lower.is("from") { return p.country }
            // "dass Peking … betreiben könnte", "Moskau warnt": the capital as the subject of a clause.
            let after = span.tokens.upperBound
            guard after < document.tokens.count, document.tokens[after].kind == .word, !words[after].capitalized else { return nil }
            if before < 0 || document.sentences[span.sentence].tokens.lowerBound == span.runStart { return p.country }
            let b = words[before].lower
            return b.isOne(of: ["dass", "that", "ob", "weil", "da", "wie", "als"]) ? p.country : nil
        }
        return nil
    }

    /// What the name itself says about the entity's kind.
    mutating func typeFromName(_ span: NameSpan, entity e: Int) {
        if let g = span.firstName, span.words.count >= 2 {
            entities[e].vote(.person, 4)
            if entities[e].gender == .unknown { entities[e].gender = g }
        }
        if span.title != nil { entities[e].vote(.person, 6) }
        if span.legalForm { entities[e].vote(.organization, 7); entities[e].classes.insert("company") }
        if span.organizationWord {
            entities[e].vote(.organization, 6)
            for w in span.words {
                for heads in [lexicon.germanHeads, lexicon.englishHeads] {
                for i in heads.exact(Array(w.utf8)) where heads.nouns[i].kind == .org {
                    let cls = heads.nouns[i].nounClass
                    entities[e].classes.insert(cls)
                    // "Food and Drug Administration", "Department of Commerce": a named office is an agency.
                    if cls.is("government") || cls.is("ministry") { entities[e].classes.insert("agency") }
                }
                }
            }
        }
        if span.place != nil { entities[e].vote(.location, 3) }
        // "Stempfergasse", "Ecke Mariahilfer Straße": a street's name, whatever a first word says.
        if span.title == nil, let last = span.words.last, CoreferenceSieve.isStreetName(last) { entities[e].vote(.location, 8) }
        if span.words.count >= 2, span.country == nil, span.place == nil,
           lexicon.countries.country(named: span.words[span.words.count - 1].capitalizedFirst) != nil
            || lexicon.countries.country(named: span.words[span.words.count - 1].uppercased()) != nil {
            entities[e].vote(.organization, 5)
        }
        // "in Marea" is a place; "bei Facebook beschäftigt" more often a company than "bei Linz" a place.
        if span.afterPlacePreposition && span.words.count == 1, span.runStart == 0 || !words[span.runStart - 1].lower.is("bei") {
            entities[e].vote(.location, 2)
        }
        if span.acronym { entities[e].vote(.organization, 3) }
        if span.initialsOnly { entities[e].vote(.person, 3) }
        if span.words.count >= 2 && span.firstName == nil { entities[e].vote(.organization, 1) }
        entities[e].vote(.organization, 0)
    }

    /// The country the article mentions most (names, capitals, adjectives), if it is mentioned twice or more.
    func findMainCountry() -> String? {
        var counts: [String: Int] = [:]
        var first: [String: Int] = [:]
        func count(_ c: String, _ at: Int) { counts[c, default: 0] += 1; if first[c] == nil { first[c] = at } }
        for e in entities {
            guard let country = e.country else { continue }
            for r in e.refs { count(country, r.range.start) }
        }
        for span in names where span.country == nil {
            if let p = span.place, !p.country.isEmpty { count(p.country, span.range.start) }
        }
        for p in phrases { if let c = p.nationality { count(c, document.tokens[p.head].start) } }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0) }
        guard let best, best.value >= 2 else { return nil }
        return best.key
    }

    /// Surnames, initials, first words of organisations and acronyms join the longer name.
    mutating func mergeNames() {
        // Longer names first, so that "Trump" finds "Donald Trump".
        let order = names.indices.sorted { names[$0].words.count > names[$1].words.count }
        var acronyms = [String?](repeating: nil, count: names.count)
        for n in order where names[n].words.count == 1 || isSurnameLike(n) {
            let e = entity(ofName: n)
            if entities[e].country != nil { continue }
            let shortWords = names[n].words
            let shortCount = shortWords.count
            let isAcronym = names[n].acronym
            let start = names[n].range.start
            var best: Int?
            var bestDistance = Int.max
            for m in names.indices where names[m].words.count > shortCount {
                guard isAcronym || names[m].words[names[m].words.count - 1].is(shortWords[shortCount - 1])
                        || names[m].words[0].is(shortWords[0]) else { continue }
                let f = entity(ofName: m)
                if f == e || entities[f].country != nil { continue }
                guard refersTo(n, m, entity: f, acronyms: &acronyms) else { continue }
                // The most recent such name before the short one, else the nearest after it.
                let other = names[m].range.start
                let distance = other < start ? start - other : 1_000_000 + other
                if distance < bestDistance { best = f; bestDistance = distance }
            }
            // "Green" may join "Robert Green" or "Joyce Green", not both into one person.
            if let b = best, !entities[e].names.contains(where: { names[$0].words.count > shortCount && names[$0].firstName != nil }) {
                merge(b, e)
            }
        }
        // German genitive: "Trumps" → "Trump".
        if language == .de {
            for n in names.indices where names[n].words.count == 1 && names[n].key.endsWith("s") {
                let stem = String(names[n].key.dropLast())
                if let m = names.firstIndex(where: { $0.key.is(stem) || $0.lastWord.is(stem) && $0.words.count > 1 }) {
                    merge(entity(ofName: m), entity(ofName: n))
                }
            }
        }
        // Unmatched initials ("H.") are not names.
        for n in names.indices where names[n].initialsOnly {
            let e = entity(ofName: n)
            if entities[e].names.allSatisfy({ names[$0].initialsOnly }) && names[n].title == nil {
                let range = names[n].range
                entities[e].refs.removeAll { $0.range == range }
            }
        }
    }

    private func isSurnameLike(_ n: Int) -> Bool {
        let span = names[n]
        return span.firstName == nil && span.words.count <= 3 && !span.legalForm && !span.organizationWord
    }

    /// Whether a short name (`n`) refers to a longer one (`m`, of entity `f`).
    private func refersTo(_ n: Int, _ m: Int, entity f: Int, acronyms: inout [String?]) -> Bool {
        let s = names[n].words, l = names[m].words
        let longIsPerson = entities[f].kind == .person || names[m].firstName != nil
        if longIsPerson {
            // "Trump" → "Donald Trump"; "De Vries" → "Anneke de Vries"; "S." → "Elisabeth S."
            guard l.count > s.count else { return false }
            // "This Angela …" after "Angela Merkel": a first name alone stands for the person with it.
            if s.count == 1, l[0] == s[0], names[m].firstName != nil, names[n].firstName == nil,
               memo.firstName(at: names[n].tokens.lowerBound) != nil, names[n].place == nil, names[n].country == nil {
                return true
            }
            let skip = l.count - s.count
            for k in s.indices where l[skip + k] != s[k] { return false }
            return true
        }
        if s.count == 1, names[n].acronym {
            if acronyms[m] == nil { acronyms[m] = acronym(of: names[m]) }
            return acronyms[m] == s[0]
        }
        // "Northfield" → "Northfield Therapeutics Inc."
        if entities[f].kind == .organization, s.count == 1, l.first == s[0], names[n].place == nil, names[n].country == nil { return true }
        // "Post" → "Deutschen Post": the noun of a name made with an -isch adjective.
        if language == .de, s.count == 1, l.count == 2, l[1] == s[0], names[n].place == nil, names[n].country == nil,
           ["e", "en", "er", "es", "em"].contains(where: { l[0].hasSuffix("isch" + $0) || l[0].hasSuffix("deutsch" + $0) }) {
            return true
        }
        return false
    }

    /// The initials of a name's capitalised words, skipping connectors, legal forms and a leading country.
    private func acronym(of span: NameSpan) -> String {
        var letters = ""
        for (i, w) in span.words.enumerated() {
            if i == 0 && memo.country(named: w.uppercased()) != nil && span.words.count > 2 { continue }
            if w.isOne(of: ["of", "and", "for", "the", "für", "und", "der", "die", "das", "&"]) { continue }
            if lexicon.legalForms.contains(w.capitalizedFirst) || lexicon.legalForms.contains(w.uppercased()) { continue }
            if let f = w.first { letters.append(f) }
        }
        return letters
    }

    /// Whether a lower-case word is a German street's name or ends like one ("gasse", "straße", "allee").
    static func isStreetName(_ lower: String) -> Bool {
        for ending in ["gasse", "straße", "strasse", "allee", "platz", "zeile", "gürtel"]
            where lower.endsWith(ending) && lower.utf8.count >= ending.utf8.count + 3 { return true }
        return false
    }
}
