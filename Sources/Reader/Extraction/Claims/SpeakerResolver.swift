/// Links a speaker phrase to an actor through `Actor.mentions`.
///
/// The actor whose mention covers the phrase's head wins ("GPA-djp-Chef
/// Wolfgang Katzian" → Katzian); else a person, organisation, group or place
/// named in the main part; else an organisation or group in an attachment
/// ("ein Sprecher des Ministeriums" → the ministry). Pronouns ("er", "sie",
/// "she", "ihrer") go to the most recent actor of a fitting type named before
/// them, outside the claim's own words. When nothing fits, the phrase stays
/// without an actor rather than being guessed.
struct SpeakerResolver {
    struct Resolved {
        var actor: Int?
        var range: TextRange
        /// What identifies the speaker when comparing claims: the actor, else the head word.
        var key: String?
    }

    let t: ClaimTokens
    let phrases: SpeakerPhraseFinder
    let actors: [Actor]
    /// Every mention in text order with its actor's index.
    let mentions: [(range: TextRange, actor: Int)]
    /// Whether each actor is a man or a woman, where the text tells; worked out when a pronoun asks.
    private let genders: GenderCache
    /// Actors (in order) by the first letters of the last words of their names,
    /// descriptions and mentions, so `namedElsewhere` looks only at actors that
    /// could fit instead of at every mention of every actor.
    private let byHeadWord: [String: [Int]]

    init(_ t: ClaimTokens, actors: [Actor]) {
        self.t = t
        phrases = SpeakerPhraseFinder(t)
        self.actors = actors
        genders = GenderCache(count: actors.count)
        var all: [(range: TextRange, actor: Int)] = []
        for (i, a) in actors.enumerated() { for m in a.mentions { all.append((m.range, i)) } }
        all.sort { $0.range < $1.range }
        mentions = all
        var index: [String: [Int]] = [:]
        for (i, a) in actors.enumerated() where a.type != .location {
            var keys: Set<String> = []
            if a.type == .person, let d = a.description { keys.insert(SpeakerResolver.wordKey(SpeakerResolver.lastWord(d))) }
            keys.insert(SpeakerResolver.wordKey(SpeakerResolver.lastWord(a.name)))
            for m in a.mentions { keys.insert(SpeakerResolver.wordKey(SpeakerResolver.lastWord(m.text))) }
            for k in keys where !k.isEmpty { index[k, default: []].append(i) }
        }
        byHeadWord = index
    }

    /// The bucket of a lower-case word in `byHeadWord`: its first four
    /// characters, which two words `sameWord` accepts always share.
    static func wordKey(_ word: String) -> String { String(word.prefix(4)) }

    /// How far back a pronoun looks for its actor, in scalars.
    static let pronounWindow = 1500

    /// Links a phrase; a pronoun may go on with `previous`, the speaker of the
    /// claim just before, unless someone named since (outside any claim's words) fits better.
    func resolve(_ p: SpeakerPhrase, excluding content: TextRange, previous: Int? = nil, claimed: [TextRange] = []) -> Resolved {
        let range = p.span ?? t.range(p.tokens.lowerBound, p.tokens.upperBound)
        if p.isPronoun {
            let actor = pronoun(p.head, excluding: content, previous: previous, claimed: claimed)
            return Resolved(actor: actor, range: range, key: actor.map { "#\($0)" })
        }
        let actor = phraseActor(p, range: range, content: content) ?? namedElsewhere(p, range: range)
        return Resolved(actor: actor, range: range, key: actor.map { "#\($0)" } ?? headKey(p))
    }

    /// The lower-case last part of the head ("US-Regierung" → "regierung").
    func headKey(_ p: SpeakerPhrase) -> String? {
        guard t.isWord(p.head) else { return nil }
        return t.lower[p.head].split(separator: "-").last.map(String.init)
    }

    /// Actors with a mention overlapping a range, in text order.
    func overlapping(_ range: TextRange) -> [(range: TextRange, actor: Int)] {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.end <= range.start - 200 { lo = mid + 1 } else { hi = mid }
        }
        var out: [(range: TextRange, actor: Int)] = []
        var k = lo
        while k < mentions.count && mentions[k].range.start < range.end {
            if mentions[k].range.overlaps(range) { out.append(mentions[k]) }
            k += 1
        }
        return out
    }

    private func phraseActor(_ p: SpeakerPhrase, range: TextRange, content: TextRange) -> Int? {
        let found = overlapping(range)
        guard !found.isEmpty else { return nil }
        // A mention that ends where the head ends names the head ("AU" of "AU-Sondergesandte" does not);
        // a place at the end of a longer name does not either ("Verkehrsclub Österreich").
        let head = t.token(p.head).range
        let firstNoun = (p.main.lowerBound..<p.head).first { phrases.isNoun($0) }.map { t.start($0) }
        /// A place named only at the end of a longer name.
        func placeInName(_ m: (range: TextRange, actor: Int)) -> Bool {
            actors[m.actor].type == .location && firstNoun.map { m.range.start > $0 } == true
        }
        if let m = found.first(where: { $0.range.contains(head.end - 1) && !placeInName($0) }) {
            // "Irmgard Griss … Die ehemalige Präsidentin des Obersten Gerichtshofs": a role with a
            // genitive that the actors kept apart is the person named just before.
            if actors[m.actor].type == .person, !p.attachments.isEmpty, p.apposition == nil, t.has(p.main.lowerBound, .determiner),
               let role = personRole(p.head), isDescription(actors[m.actor]), !personFollows(range),
               let named = mostRecent(.person, before: range.start, excluding: content,
                                      notGender: role == .feminine ? .masculine : .unknown, window: SpeakerResolver.roleWindow),
               named.actor != m.actor, !isDescription(actors[named.actor]) {
                return named.actor
            }
            return m.actor
        }
        if p.loose { return nil }
        let attached = p.attachments.map { t.range($0.lowerBound, $0.upperBound) }
        // "das Schweizer Staatssekretariat", "laut Wiener Polizei": a place before the head noun
        // only says where the speaker is.
        let headIsNoun = t.isCapitalized(p.head) && phrases.isNoun(p.head)
        let own = found.filter { m in
            !attached.contains { $0.contains(m.range) } && !(m.range.overlaps(head) && placeInName(m))
                && !(actors[m.actor].type == .location && headIsNoun && m.range.end <= head.start && m.range.start >= t.start(p.main.lowerBound))
                && !insideName(m.range, p)
        }
        let order: [Actor.Kind] = [.person, .organization, .group, .location, .other]
        for kind in order {
            if let m = own.first(where: { actors[$0.actor].type == kind && !$0.range.overlaps(head) || actors[$0.actor].type == kind && kind != .location }) {
                return m.actor
            }
        }
        // "Die ehemalige Präsidentin des Obersten Gerichtshofs": one person's role with a
        // genitive is that person, the one named just before, not the institution.
        if p.span == nil, !p.attachments.isEmpty, p.apposition == nil, let role = personRole(p.head), !personFollows(range) {
            let notGender: ActorGender = role == .feminine ? .masculine : .unknown
            return mostRecent(.person, before: range.start, excluding: content, notGender: notGender, window: SpeakerResolver.roleWindow)?.actor
        }
        for kind in [Actor.Kind.organization, .group] {
            if let m = found.first(where: { actors[$0.actor].type == kind && !insideName($0.range, p) }) { return m.actor }
        }
        return nil
    }

    /// True when a mention is only a middle part of a longer name that ends in the
    /// phrase's head ("Street" of "Dem Wall Street Journal"): capitalised words no
    /// mention covers stand right before it and run from it up to the head.
    func insideName(_ range: TextRange, _ p: SpeakerPhrase) -> Bool {
        guard p.span == nil, t.isCapitalized(p.head), range.end <= t.start(p.head) else { return false }
        guard let first = (p.main.lowerBound..<p.head).first(where: { t.start($0) >= range.start }), first > p.main.lowerBound else { return false }
        let before = first - 1
        guard t.isWord(before), t.isCapitalized(before), !t.has(before, [.determiner, .possessive]), t.end(before) <= range.start,
              !phrases.isSentenceInitial(before) || before > 0 && t.has(before - 1, [.determiner, .possessive]) else { return false }
        // "der Studie PwC …", "die Zeitung Hürriyet Daily News", "Kommunikationsberater Yussi Pick":
        // a noun that says what the name is stands before the name, not inside it.
        let word = t.token(before).text
        let lower = t.lowercased(before)
        if lower.unicodeScalars.count > 6 && SourceActors.peopleEndings.contains(where: { lower.hasSuffix($0) }) { return false }
        if !t.compoundClasses(before).isEmpty || t.lexicon.sourceHeads[lower] != nil
            || ActorLexicon.shared.head(word, lower: lower, language: t.lexicon.language) != nil { return false }
        var k = first
        while k < p.head && t.start(k) < range.end { k += 1 }
        guard k <= p.head else { return false }
        for j in k...p.head where !(t.isWord(j) && t.isCapitalized(j)) { return false }
        // No other actor names the words around it.
        return overlapping(t.range(before, before + 1)).isEmpty && overlapping(t.range(k, p.head + 1)).isEmpty
    }

    /// A person actor known only by a role ("Präsidentin des Obersten"), not by a name.
    func isDescription(_ a: Actor) -> Bool {
        let words = a.name.split(separator: " ")
        guard let first = words.first else { return false }
        // "Chef des Gasmonopolisten Naftogas Andrej Kobolew" names the person after all.
        if words.dropFirst().contains(where: { ActorLexicon.shared.firstName(String($0)) != nil }) { return false }
        let word = String(first)
        return ActorLexicon.shared.head(word, lower: word.lowercased(), language: t.lexicon.language)?.noun.kind == .person
    }

    /// True when a person is named right after a phrase ("dem Präsidenten des Trentino,
    /// Ugo Rossi", "der Vizepräsident des Senats und Lega-Politiker Roberto Calderoli").
    func personFollows(_ range: TextRange) -> Bool {
        overlapping(TextRange(range.start, range.end + 60)).contains { actors[$0.actor].type == .person && $0.range.start >= range.end }
    }

    /// How far back a role with a genitive looks for the person it describes, in scalars.
    static let roleWindow = 200

    /// The gender of a singular role noun of one person that is no spokesperson
    /// ("Präsidentin", not "Sprecher", "Experten"); nil for other heads.
    func personRole(_ k: Int) -> HeadNoun.Gender? {
        guard t.isWord(k), t.isCapitalized(k),
              let m = ActorLexicon.shared.head(t.token(k).text, lower: t.lowercased(k), language: t.lexicon.language),
              m.noun.kind == .person, !m.noun.speaker, !m.plural, !m.noun.generic else { return nil }
        return m.noun.gender
    }

    /// A phrase no mention covers may still name an actor met elsewhere: its head
    /// word ends a name or mention of one actor ("laut Innenministerium" → "das
    /// Innenministerium", "Rotes Kreuz" → "das Rote Kreuz"), or it is the role one
    /// person is described by ("der russische Außenminister" → "Außenminister Sergej
    /// Lawrow"). When several actors fit, the one named last before the phrase wins;
    /// places do not count.
    private func namedElsewhere(_ p: SpeakerPhrase, range: TextRange) -> Int? {
        guard !p.loose, t.isWord(p.head) else { return nil }
        let head: String
        if let span = p.span {
            head = t.document.string(span).lowercased()
        } else {
            head = t.token(p.head).text.lowercased()
        }
        guard head.count >= 3 else { return nil }
        // The word before the head inside the phrase ("Oberste" of "der Oberste Gerichtshof").
        let before = p.head - 1
        let modifier = p.span == nil && before >= p.main.lowerBound && t.isWord(before) && !t.has(before, [.determiner, .possessive])
            ? t.token(before).text.lowercased() : nil
        var best: (actor: Int, distance: Int)?
        // Places are not in the index: a place named elsewhere is no speaker
        // here ("Salzburg: Walke – …" is a line-up).
        for i in byHeadWord[SpeakerResolver.wordKey(head)] ?? [] {
            let a = actors[i]
            func fitsText(_ text: String) -> Bool {
                guard SpeakerResolver.sameWord(SpeakerResolver.lastWord(text), head) else { return false }
                // "der Oberste Gerichtshof" is not "der Europäische Gerichtshof"; before a
                // person's surname a role or a first name may stand ("Trainer Zeidler").
                guard a.type != .person, let mine = modifier, let theirs = SpeakerResolver.wordBeforeLast(text) else { return true }
                return SpeakerResolver.sameWord(mine, theirs)
            }
            var fits = a.type == .person && a.description.map(fitsText) == true
            if !fits { fits = fitsText(a.name) }
            if !fits { fits = a.mentions.contains { fitsText($0.text) } }
            guard fits else { continue }
            // Named before the phrase counts as near; named only after, as far.
            let before = a.mentions.last { $0.range.end <= range.start }.map { range.start - $0.range.end }
            let distance = before ?? (1 << 30) + a.firstOffset
            if best == nil || distance < best!.distance { best = (i, distance) }
        }
        return best?.actor
    }

    /// The last word of a name or mention in lower case, or "" when it is not the
    /// head: a lower-case word after the first capitalised one ("Team aus Experten",
    /// "Sprecher der Bahn") shows the last word belongs to an attachment.
    static func lastWord(_ s: String) -> String {
        let words = s.split(separator: " ")
        guard let first = words.firstIndex(where: { $0.first?.isUppercase == true }) else { return s.lowercased() }
        if words[first...].contains(where: { $0.first?.isUppercase != true }) { return "" }
        return (words.last.map(String.init) ?? s).lowercased()
    }

    /// The lower-case word before the last one of a name or mention, without articles.
    static func wordBeforeLast(_ s: String) -> String? {
        let words = s.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let w = words[words.count - 2].lowercased()
        return articles.contains(w) ? nil : w
    }

    private static let articles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "the", "a", "an"]

    /// The same word up to a German case ending ("Rotes" and "Rote", "Ministeriums" and "Ministerium").
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard short.count >= 4, long.count - short.count <= 2, long.hasPrefix(short) else { return false }
        return long.dropFirst(short.count).allSatisfy { "ensrm".contains($0) }
    }

    /// The actor a pronoun or possessive points to.
    func pronoun(_ k: Int, excluding content: TextRange, previous: Int? = nil, claimed: [TextRange] = []) -> Int? {
        let features = t.pronounFeatures(k)
        var kinds: [Actor.Kind]
        // "aus meiner Sicht", "nach unseren Angaben": the one who speaks goes on speaking.
        if (features.contains(.firstSingular) || features.contains(.firstPlural)), let p = previous { return p }
        if features.contains(.firstPlural) {
            kinds = [.organization, .group]
        } else if features.contains(.feminine) && features.contains(.plural) {
            kinds = pluralVerbNear(k) ? [.group, .organization, .person] : [.person, .organization]
        } else if features.contains(.plural) {
            kinds = [.group, .organization, .person]
        } else if features.contains(.neuter) {
            kinds = [.organization, .group]
        } else if features.contains(.masculine) || features.contains(.feminine) {
            kinds = [.person]
        } else {
            return nil
        }
        let position = t.start(k)
        // "er", "he" are no woman; "she" and a singular German "sie" no man.
        var wrong = ActorGender.unknown
        if features == .masculine || (features.contains(.masculine) && !features.contains(.feminine)) { wrong = .feminine }
        if features.contains(.feminine) && !features.contains(.masculine) && !(features.contains(.plural) && pluralVerbNear(k)) { wrong = .masculine }
        var recent: (actor: Int, range: TextRange)?
        for kind in kinds {
            if let m = mostRecent(kind, before: position, excluding: content, notGender: kind == .person ? wrong : .unknown) {
                recent = m
                break
            }
        }
        // "…, sagte sie" after her own quotes: the person she just spoke of inside a claim is not her.
        if let p = previous, kinds.contains(actors[p].type), actors[p].type != .person || wrong == .unknown || gender(p) != wrong {
            guard let r = recent else { return p }
            if r.actor == p || claimed.contains(where: { $0.contains(r.range) }) { return p }
        }
        return recent?.actor
    }

    private func mostRecent(_ kind: Actor.Kind, before position: Int, excluding content: TextRange, notGender: ActorGender = .unknown,
                            window: Int = SpeakerResolver.pronounWindow) -> (actor: Int, range: TextRange)? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.start < position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && mentions[k].range.start >= position - window {
            let m = mentions[k]
            if actors[m.actor].type == kind && !content.contains(m.range) && m.range.end <= position
                && (notGender == .unknown || gender(m.actor) != notGender) { return (m.actor, m.range) }
            k -= 1
        }
        return nil
    }

    private func gender(_ a: Int) -> ActorGender {
        if let g = genders.values[a] { return g }
        let g = ActorGender.of(actors[a], t)
        genders.values[a] = g
        return g
    }

    /// True when a verb next to German "sie" is plural ("sagten sie", "sie seien").
    private func pluralVerbNear(_ k: Int) -> Bool {
        for j in [k - 1, k + 1, k + 2] where j >= 0 && j < t.count && t.isWord(j) && !t.isCapitalized(j) {
            let w = t.lower[j]
            if w == "seien" || w == "sind" || w == "haben" || w == "hätten" || w == "wären" || w == "waren" || w == "hatten" { return true }
            if t.verbForms(j).contains(where: \.plural) { return true }
            if w == "sei" || w == "ist" || w == "habe" || w == "hat" || w == "war" || w == "hatte" { return false }
        }
        return false
    }
}

/// The genders found so far, by actor index.
final class GenderCache {
    var values: [ActorGender?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
}
