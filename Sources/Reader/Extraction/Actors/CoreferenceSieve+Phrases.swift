/// The phrase rules of the sieve: appositions and titles, then role nouns
/// that refer back or introduce new actors.
extension CoreferenceSieve {
    /// "der chinesische Konzern Zhongwen", "Präsident Donald Trump", "The union, FNV Havens,":
    /// the phrase gives the name its kind, classes and a description, and is no mention of its own.
    mutating func attachAppositions() {
        for (i, p) in phrases.enumerated() {
            guard let n = p.apposedName else { continue }
            let e = entity(ofName: n)
            if entities[e].country != nil && p.noun.kind != .place { continue }
            usedPhrase.insert(i)
            var q = p
            if names[n].firstName != nil && p.noun.kind == .person {
                // "die BA-Chef Willibald Cernko präferiert": a named person is one person, whatever the article says.
                q.match.plural = false
                q.count = nil
            }
            learn(q, into: e, strength: 8)
            entities[e].descriptions.append((describe(q), descriptionScore(q)))
        }
        // A title kept with the name ("Councillor", "Dr.") describes it too.
        for (n, span) in names.enumerated() {
            guard let title = span.title else { continue }
            let e = entity(ofName: n)
            if Optional(memo.heads)?.titles[title.lowercased()] == nil {
                entities[e].descriptions.append((title, title.count))
            }
        }
        // "(OPCW)", "(IWM)": an acronym in brackets names the organisation phrase before it.
        for (n, span) in names.enumerated() where span.acronym {
            let open = span.runStart - 1
            guard open > 0, document.tokens[open].text.is("(") else { continue }
            if let m = nameAt[open - 1], m != n, names[m].firstName == nil, names[m].words.first?.first == span.key.first {
                // "Islamischer Staat (IS)"
                merge(entity(ofName: m), entity(ofName: n))
                continue
            }
            if let (i, p) = phrases.enumerated().last(where: { $0.element.head < open && $0.element.head >= open - 8 && $0.element.noun.kind == .org }),
               p.apposedName == nil {
                usedPhrase.insert(i)
                let e = entity(ofName: n)
                learn(p, into: e, strength: 8)
                let longName = document.string(TextRange(document.tokens[p.head].start, document.tokens[open - 1].end))
                entities[e].phraseName = longName
                entities[e].add(TextRange(document.tokens[p.start].start, document.tokens[p.head].end), .phrase)
            }
        }
    }

    /// Copies what a phrase says into an entity.
    mutating func learn(_ p: Phrase, into e: Int, strength: Int) {
        let kind: Actor.Kind
        switch p.noun.kind {
        case .person: kind = p.plural ? .group : .person
        case .org: kind = .organization
        case .group: kind = .group
        case .place: kind = .location
        case .title: kind = .person
        }
        entities[e].vote(kind, strength)
        entities[e].classes.insert(p.noun.nounClass)
        if p.noun.kind == .person, p.noun.gender == .masculine || p.noun.gender == .feminine {
            if entities[e].gender == .unknown { entities[e].gender = p.noun.gender }
        }
        if p.plural { entities[e].plural = true }
        if let c = p.nationality, entities[e].nationality == nil { entities[e].nationality = c }
        if let a = p.age { entities[e].ages.insert(a) }
        if let o = p.owner, entities[e].owner == nil {
            let oe = entity(ofName: o)
            if oe != e { entities[e].owner = oe }
        }
        if entities[e].nationality == nil, let o = entities[e].owner, let c = entities[find(o)].nationality ?? entities[find(o)].country {
            entities[e].nationality = c
        }
    }

    /// Role nouns in text order: refer back, start a new actor, or stand for a country.
    mutating func resolvePhrases() {
        // Names learn their nationality from their descriptions first ("US-Präsident Donald Trump").
        for i in entities.indices where find(i) == i {
            if entities[i].nationality == nil, let o = entities[i].owner {
                entities[i].nationality = entities[find(o)].nationality ?? entities[find(o)].country
            }
        }
        for (i, p) in phrases.enumerated() {
            let range = mentionRange(p)
            if usedPhrase.contains(i) {
                // "Ein 31-jähriger Polizist … der Polizist Bernhard H.": a definite apposition names an actor met before.
                if p.determiner == .definite, let n = p.apposedName, p.noun.kind == .person {
                    let e = entity(ofName: n)
                    if entities[e].lastMention(before: range.start) == nil, let a = antecedent(p, at: range.start), entities[a].unnamed {
                        merge(e, a)
                    }
                }
                continue
            }
            if p.noun.kind == .place {
                if p.determiner == .definite || p.determiner == .possessive, let e = antecedent(p, at: range.start) {
                    entities[e].add(range, .phrase)
                }
                continue
            }
            if p.noun.generic && p.count == nil { continue }
            let hasNamePrefix = p.prefix.endsWith("-") && (p.nationality != nil || ownerByPrefix(p) != nil)
                && p.noun.kind == .org
            if p.determiner == .none && p.count == nil && !hasNamePrefix { continue }
            if p.noun.kind == .person && p.determiner == .possessive && p.owner == nil && p.nationality == nil && !p.noun.speaker {
                // "ihr Kind", "seine Kollegen": relatives and colleagues of someone, kept only when they return.
                if antecedent(p, at: range.start) == nil { continue }
            }
            // "die chinesische Regierung", "Syriens Führung": the country itself, unless that
            // country's government is already an actor.
            if p.noun.nounClass.is("government"), let c = p.nationality, p.determiner != .indefinite {
                if let e = antecedent(p, at: range.start) { entities[e].add(range, .phrase); continue }
                let e = countryEntity(c)
                entities[e].add(range, .phrase)
                continue
            }
            if p.determiner == .definite || p.determiner == .possessive || (p.determiner == .none && p.count == nil) {
                if let e = antecedent(p, at: range.start) {
                    entities[e].add(range, .phrase)
                    learnQuietly(p, into: e)
                    continue
                }
            }
            if p.determiner == .definite || p.determiner == .possessive, let e = laterApposition(p, sentence: p.sentence) {
                // "their union … The union, FNV Havens, said": the name comes a little later.
                entities[e].add(range, .phrase)
                continue
            }
            if p.partitive || p.locative || (p.determiner == .possessive && p.owner == nil && p.nationality == nil && !p.noun.speaker) { continue }
            if let c = p.count, c >= 3, let e = sameNumber(p, at: range.start) {
                // "18 Menschen verschleppt … 18 … Insassen": the same number of people.
                entities[e].add(range, .phrase)
                continue
            }
            var entity = Entity()
            entity.count = p.count
            entity.tentative = p.determiner == .indefinite && p.noun.kind == .org
            entity.phraseName = readableName(p)
            entity.descriptions.append((describe(p), descriptionScore(p)))
            let e = newEntity(entity)
            learn(p, into: e, strength: 5)
            if let o = ownerByPrefix(p) { entities[e].owner = o }
            if entities[e].nationality == nil, let o = entities[e].owner {
                entities[e].nationality = entities[find(o)].nationality ?? entities[find(o)].country
            }
            if entities[e].nationality == nil && p.noun.national { entities[e].implicitNationality = mainCountry }
            entities[e].add(range, .phrase)
        }
    }

    /// A group introduced before with the same number of people (three or more).
    mutating func sameNumber(_ p: Phrase, at offset: Int) -> Int? {
        for i in entities.indices where find(i) == i && entities[i].count == p.count && entities[i].plural {
            if entities[i].lastMention(before: offset) != nil { return i }
        }
        return nil
    }

    /// A named actor of the same class introduced in the next sentence, for a definite
    /// phrase that has nothing to refer back to.
    mutating func laterApposition(_ p: Phrase, sentence: Int) -> Int? {
        for (i, q) in phrases.enumerated() where usedPhrase.contains(i) && q.sentence == sentence + 1 {
            guard let n = q.apposedName, q.noun.nounClass == p.noun.nounClass else { continue }
            return entity(ofName: n)
        }
        return nil
    }

    /// What a referring phrase adds without changing the kind: ages, classes of synonyms.
    mutating func learnQuietly(_ p: Phrase, into e: Int) {
        if let a = p.age { entities[e].ages.insert(a) }
        entities[e].classes.insert(p.noun.nounClass)
    }

    /// The most recent actor a definite phrase can refer to.
    mutating func antecedent(_ p: Phrase, at offset: Int) -> Int? {
        var best: Int?
        var bestOffset = -1
        let explicit = p.nationality
        let assumed = explicit ?? (p.noun.national ? mainCountry : nil)
        let owner = ownerByPrefix(p) ?? p.owner.map { entity(ofName: $0) }
        for i in entities.indices where find(i) == i && !entities[i].refs.isEmpty {
            guard let last = entities[i].lastMention(before: offset), last > bestOffset else { continue }
            guard compatible(p, explicit: explicit, assumed: assumed, owner: owner, index: i) else { continue }
            best = i
            bestOffset = last
        }
        return best
    }

    /// Whether entity `index` can be what the phrase refers to (read in place: an entity is large to copy).
    private mutating func compatible(_ p: Phrase, explicit: String?, assumed: String?, owner: Int?, index: Int) -> Bool {
        let cls = p.noun.nounClass
        if entities[index].country != nil { return cls.is("country") }
        var classOK = entities[index].classes.contains(cls)
        if !classOK, p.noun.kind == .person, cls.is("man") || cls.is("woman"), entities[index].kind == .person {
            let gender = entities[index].gender
            classOK = (cls.is("man") && gender == .masculine) || (cls.is("woman") && gender == .feminine)
        }
        if !classOK, cls.is("age"), let a = p.age, entities[index].ages.contains(a) { classOK = true }
        if !classOK, let a = p.age, entities[index].ages.contains(a), p.noun.kind == .person { classOK = true }
        // "Derrick Rose … der 26-Jährige": a definite age noun refers back to a person of no known age.
        if !classOK, cls.is("age"), p.age != nil, p.determiner == .definite, entities[index].kind == .person,
           entities[index].ages.isEmpty, !entities[index].names.isEmpty, let a = p.age,
           !entities.contains(where: { $0.ages.contains(a) }) { classOK = true }
        guard classOK else { return false }
        if let a = p.age, !entities[index].ages.isEmpty, !entities[index].ages.contains(a) { return false }
        if p.noun.kind == .person {
            let gender = entities[index].gender
            if p.noun.gender == .masculine && gender == .feminine { return false }
            if p.noun.gender == .feminine && gender == .masculine { return false }
            if p.plural != entities[index].plural { return false }
        }
        if let n = explicit {
            if let en = entities[index].effectiveNationality, en != n { return false }
        } else if let n = assumed, let en = entities[index].effectiveNationality, en != n {
            return false
        }
        let entityOwner = entities[index].owner
        if let o = owner, let eo = entityOwner, find(o) != find(eo) { return false }
        if let o = owner, entityOwner == nil, find(o) == index { return false }
        return true
    }

    /// The entity a compound's first part names: "Trump-Regierung" → Trump.
    mutating func ownerByPrefix(_ p: Phrase) -> Int? {
        let prefix = p.prefix
        guard !prefix.isEmpty, prefix.endsWith("-") else { return nil }
        let key = String(prefix.dropLast()).lowercased()
        for (n, span) in names.enumerated() where span.key == key || (span.words.count > 1 && span.lastWord == key) {
            let e = entity(ofName: n)
            if entities[e].country == nil { return e }
        }
        return nil
    }

    /// The entity of a country, made when the country has no name mention yet.
    mutating func countryEntity(_ code: String) -> Int {
        for i in entities.indices where find(i) == i && entities[i].country == code { return i }
        var entity = Entity()
        entity.country = code
        entity.vote(.location, 5)
        entity.classes = ["country"]
        return newEntity(entity)
    }

    /// The pieces of a hyphenated word with their spans, as `Token.parts` gives them, read from the UTF-8.
    func hyphenParts(_ t: Token) -> [(text: String, range: TextRange)] {
        let storage = document.storage
        var result: [(text: String, range: TextRange)] = []
        storage.utf8.withUnsafeBufferPointer { b in
            let a = Int(storage.byteOffsets[t.start]), e = Int(storage.byteOffsets[t.end])
            var partByte = a, partScalar = t.start
            var p = a, scalar = t.start
            while p < e {
                let c = b[p]
                let length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                // "-", U+2010 or U+2011 (E2 80 90/91).
                if c == 0x2D || (c == 0xE2 && p + 2 < e && b[p + 1] == 0x80 && (b[p + 2] == 0x90 || b[p + 2] == 0x91)) {
                    if p > partByte {
                        result.append((String(decoding: UnsafeBufferPointer(rebasing: b[partByte..<p]), as: UTF8.self), TextRange(partScalar, scalar)))
                    }
                    partByte = p + length
                    partScalar = scalar + 1
                }
                p += length
                scalar += 1
            }
            if e > partByte {
                result.append((String(decoding: UnsafeBufferPointer(rebasing: b[partByte..<e]), as: UTF8.self), TextRange(partScalar, scalar)))
            }
        }
        return result
    }

    /// The span of a phrase mention: from its determiner (or first modifier) to its head.
    func mentionRange(_ p: Phrase) -> TextRange {
        var end = document.tokens[p.head].end
        let text = document.tokens[p.head].text
        if text.endsWith("'s") || text.endsWith("\u{2019}s") { end -= 2 }
        return TextRange(document.tokens[p.start].start, end)
    }

    // MARK: names in compounds

    /// "Zoomio-Nutzer", "Taliban-Kämpfern", "Boston-based": a known name as the first part of a compound.
    mutating func addCompoundParts() {
        var byKey: [String: Int] = [:]
        for n in names.indices where names[n].words.count == 1 {
            let e = entity(ofName: n)
            if entities[e].country == nil && !entities[e].refs.isEmpty { byKey[names[n].key] = e }
        }
        // Compounds that head an actor phrase ("Trump-Regierung") are mentions of that actor instead.
        let tokens = document.tokens
        var mentioned = [Bool](repeating: false, count: tokens.count)
        for i in phrases.indices where !phrases[i].noun.generic { mentioned[phrases[i].head] = true }
        for k in tokens.indices where tokens[k].hasHyphen && nameAt[k] == nil && !mentioned[k] {
            let parts = hyphenParts(tokens[k])
            for part in parts.dropLast() {
                let lower = part.text.lowercasedFast
                if let e = byKey[lower] {
                    entities[find(e)].add(part.range, .part)
                } else if let place = memo.place(lower), !place.kind.is("place"), part.text.count > 3,
                          language == .en || !memo.isGermanNoun(lower) {
                    // "Boston-based": a known city or region.
                    var entity = Entity()
                    entity.vote(.location, 3)
                    entity.phraseName = place.name
                    let e = newEntity(entity)
                    byKey[lower] = e
                    entities[e].add(part.range, .part)
                }
            }
        }
    }
}
