/// Actors for sources the actors extractor did not list: a claim's speaker
/// phrase that names a participant ("lokaler Medien", "den Befragten", "die
/// Klubobleute", "Kerrys Sprecher", "der Palast", "Uno" of "Uno-Angaben") or a
/// document that speaks for someone ("dieser Umfrage", "der Aussendung") gets
/// an actor of its own when no actor covers it, so that every such claim has a
/// speaker the screen can show and link.
///
/// The type comes from the head noun: a role of one person is a person, the
/// plural of people ("Befragten", "Klubobleute", "Manche") a group, a report
/// or other paper (a source noun, "-ung") "other", anything else an
/// organisation. Phrases with the same head words become one actor, with a
/// mention for each.
struct SourceActors {
    let t: ClaimTokens
    let phrases: SpeakerPhraseFinder
    /// Actors found before: ids go on from their count.
    let known: [Actor]
    private let resolver: SpeakerResolver

    init(_ t: ClaimTokens, actors: [Actor], resolver: SpeakerResolver) {
        self.t = t
        phrases = resolver.phrases
        known = actors
        self.resolver = resolver
    }

    /// The longest phrase (in words of its main part) that can become an actor.
    static let maximumWords = 4

    /// A new actor for a speaker phrase, without id and mentions; nil when the
    /// phrase is no clean noun phrase or an actor's mention lies in it.
    /// Where the source is named: the main part of the phrase, with its attachments
    /// only when the head is a role or source noun or names a paper ("ein Sprecher der
    /// Notdienste", "Berichten des Senders"); else a genitive after it is no part of it
    /// ("laut den Befragten der Preis").
    func mentionRange(for p: SpeakerPhrase, speaker range: TextRange) -> TextRange {
        guard p.span == nil else { return range }
        let start = max(range.start, t.start(leadingWords(p)))
        guard !p.attachments.isEmpty, !keepsAttachments(p) else { return TextRange(start, range.end) }
        return TextRange(start, max(start, t.end(p.main.upperBound - 1)))
    }

    private func keepsAttachments(_ p: SpeakerPhrase) -> Bool {
        let heads: ClaimWordClass = [.roleNoun, .sourceNoun, .nominalCue]
        if t.has(p.head, heads) || t.compoundHead(p.head).map({ !$0.classes.isDisjoint(with: heads) }) == true { return true }
        // A paper's attachment says whose it is ("einer Klage von Bürgerrechtlern").
        return sourceHead(t.lowercased(p.head)) == .other
    }

    /// The first token of the phrase after a source preposition it caught ("Laut nordkoreanischen Staatsmedien").
    func leadingWords(_ p: SpeakerPhrase) -> Int {
        var first = p.main.lowerBound
        while first < p.head && t.has(first, [.preposition, .sourcePreposition]) { first += 1 }
        return first
    }

    func actor(for p: SpeakerPhrase) -> (name: String, type: Actor.Kind, description: String?)? {
        guard !p.isPronoun, !p.loose, t.isWord(p.head) else { return nil }
        if let span = p.span {
            let text = t.document.string(span)
            guard text.unicodeScalars.count >= 2, text.first?.isUppercase == true else { return nil }
            return (text, .organization, nil)
        }
        let main = p.main
        guard main.count <= SourceActors.maximumWords, main.contains(p.head) else { return nil }
        for k in main {
            // "Notariats- und Rechtsanwaltskammer": a part of a word is no name.
            guard t.isWord(k) || t.kinds[k] == .number, !t.token(k).text.hasSuffix("-") else { return nil }
        }
        // "Dr." or "M." alone is an abbreviation, not a source.
        if t.token(p.head).range.length <= 2 && t.isMark(p.head + 1, ".") { return nil }
        // "Manche", "Andere" point at people the text does not name: no actor of their own.
        guard !t.has(p.head, .indefinite) else { return nil }
        let english = t.lexicon.language == .en
        guard phrases.isNoun(p.head) || english && !t.has(p.head, ClaimWordClass.function) else { return nil }
        // A name the actors extractor passed over is no source to add here, nor an actor of its own.
        let range = t.range(main.lowerBound, main.upperBound)
        // A mention in the middle of a longer name ("Street" of "Wall Street Journal") does not count.
        if resolver.overlapping(range).contains(where: { known[$0.actor].type != .location && !resolver.insideName($0.range, p) }) { return nil }
        var first = leadingWords(p)
        while first < p.head && t.has(first, [.determiner, .possessive]) { first += 1 }
        let name = t.document.string(t.range(first, main.upperBound))
        // With its attachments the phrase describes the source ("Sprecher der Notdienste in Gaza").
        var description: String?
        if !p.attachments.isEmpty && keepsAttachments(p) {
            let full = t.document.string(t.range(first, p.tokens.upperBound))
            if full != name && full.unicodeScalars.count <= 80 { description = full }
        }
        guard let type = type(of: p) else { return nil }
        return (name, type, description)
    }

    /// The kind of participant a phrase names by its head, or nil when it names
    /// none (a place, a common noun that is no source: "das Album", "Ansonsten").
    func type(of p: SpeakerPhrase) -> Actor.Kind? {
        let head = p.head
        let word = t.token(head).text
        let lower = t.lowercased(head)
        let language = t.lexicon.language
        if let kind = sourceHead(lower) { return kind == .person ? peopleKind(p, lower) : kind }
        if let match = ActorLexicon.shared.head(word, lower: lower, language: language) {
            switch match.noun.kind {
            // Without an article a role is plural ("Experten", "Österreichische Minister").
            case .person, .title: return match.plural || !determined(p) ? .group : .person
            case .group: return .group
            case .org: return .organization
            // "der Stadt Salzburg", "das Land": a place with an article that speaks is its administration.
            case .place: return determined(p) ? .organization : nil
            }
        }
        if t.has(head, .sourceNoun) || t.compoundHead(head)?.classes.contains(.sourceNoun) == true { return .other }
        // A people by its name ("die Franzosen", "the French"): a group, or one of them.
        if ActorLexicon.shared.countries.demonyms[word] != nil {
            if language == .en || lower.hasSuffix("en") || lower.hasSuffix("ern") { return .group }
            return lower.hasSuffix("in") || !determined(p) || t.lower[leadingWords(p)] != "die" ? .person : .group
        }
        // A noun declined like an adjective in the plural: "die Befragten", "Angehörigen".
        if language == .de && determined(p) && lower.unicodeScalars.count >= 7 && (lower.hasSuffix("ten") || lower.hasSuffix("enen")) { return .group }
        // A name written in lower case with a dot ("ver.di").
        if phrases.isDottedName(head) { return .organization }
        if head > p.main.lowerBound, t.isCapitalized(head), t.isCapitalized(head - 1), ActorLexicon.shared.firstName(t.token(head - 1).text) != nil { return .person }
        // "Kritiker", "Wiener Psychologen", "Testern": a noun of people without an article is
        // plural (not a double name: "Müller-Schröter").
        let doubleName = lower.split(separator: "-").count > 1 && lower.split(separator: "-")[0].count >= 3
        if language == .de, t.isCapitalized(head), !determined(p), lower.unicodeScalars.count >= 6, !doubleName,
           !t.has(leadingWords(p), .indefinite), ActorLexicon.shared.isGermanNoun(lower), !isNonSource(lower),
           SourceActors.peopleEndings.contains(where: { lower.hasSuffix($0) }), !lower.hasSuffix("in") {
            return .group
        }
        // A name the lists do not know ("Gizchina", "Handelsblatt"), unless a word at
        // the start of a sentence stands alone ("Ansonsten", "Kritisch").
        guard t.isCapitalized(head), p.main.count > 1 || !phrases.isSentenceInitial(head) else { return nil }
        if language == .de && ActorLexicon.shared.isGermanNoun(lower) { return openHead(p, lower) }
        return .organization
    }

    /// The kind of an ordinary noun no list knows that speaks with an article ("dem
    /// Ansuchen", "einem Gerichtsurteil", "die Parteispitze", "der Biologe"): a paper
    /// ("-urteil", "-ung", "-schreiben") is "other", a noun of people ("-er", "-ist",
    /// "-loge") a person or, in the plural, a group, anything else an organisation.
    /// Nil for a bare noun, after "kein", "jeder", "alle", for heads that name no source
    /// (`none` in `source-heads.txt`: "Frühjahr", "das Album"), for abstract nouns
    /// ("-heit", "-keit", "-tion") and for a thing with an adjective ("die gesamte
    /// Wertschöpfung"; but "dem slowenischen Fernsehen", "der langjährige Hinterbänkler").
    func openHead(_ p: SpeakerPhrase, _ lower: String) -> Actor.Kind? {
        let first = leadingWords(p)
        guard first < p.head, t.has(first, [.determiner, .possessive]), !t.has(first, .indefinite),
              lower.unicodeScalars.count >= 4, !isNonSource(lower) else { return nil }
        let article = t.lower[first]
        for word in ["kein", "jed", "all", "manch", "solch", "welch"] where article.hasPrefix(word) { return nil }
        for ending in SourceActors.abstractEndings where lower.hasSuffix(ending) { return nil }
        let paper = SourceActors.paperEndings.contains { lower.hasSuffix($0) }
        // "Soziologiestudentin": the feminine form of a noun of people.
        let people = SourceActors.peopleEndings.contains { lower.hasSuffix($0) || lower.hasSuffix($0 + "in") || lower.hasSuffix($0 + "innen") }
            || t.compoundClasses(p.head).contains(.roleNoun)
        // "eine Stagnation", "ein struktureller Konflikt": an indefinite thing is no source, a paper or a person may be.
        if article.hasPrefix("ein") && !paper && !people { return nil }
        var k = first + 1
        while k < p.head {
            if t.isCapitalized(k) {
                // "das innenpolitische Dauerbrennerthema Asyl": a word of the phrase that names no source.
                if isNonSource(t.lowercased(k)) { return nil }
            } else if t.isWord(k) && !people {
                let w = t.lower[k]
                let regional = ["isch", "ische", "ischen", "ischer", "isches", "ischem",
                                "al", "ale", "alen", "aler", "ales", "alem"].contains { w.hasSuffix($0) }
                if !regional { return nil }
            }
            k += 1
        }
        if paper { return .other }
        if people { return peopleKind(p, lower) }
        return .organization
    }

    /// The kind of a phrase whose head names people: a group in the plural ("die
    /// Wissenschafter", "den Anwälten", "die Aktivisten"), a person with "ein" or a
    /// possessive ("ein Biologe"), and nil for one person with the definite article
    /// ("so der Bischof", "Der UNO-Generalsekretär"): mostly someone named before, whom
    /// an actor of its own would double.
    func peopleKind(_ p: SpeakerPhrase, _ lower: String) -> Actor.Kind? {
        let first = leadingWords(p)
        guard first < p.head, t.has(first, [.determiner, .possessive]) else { return .group }
        let article = t.lower[first]
        // "nach Angaben der beteiligten Wissenschafter": "der" with an adjective in -en is a genitive plural.
        let genitivePlural = article == "der" && ((first + 1)..<p.head).contains { !t.isCapitalized($0) && t.lower[$0].hasSuffix("en") }
        let plural = article == "die" || article == "diese" || article == "den" && lower.hasSuffix("n") || genitivePlural
            || ["isten", "enten", "anten", "logen", "linge", "aten"].contains { lower.hasSuffix($0) }
        if plural && !lower.hasSuffix("in") || lower.hasSuffix("innen") { return .group }
        if !article.hasPrefix("ein") && !t.has(first, .possessive) { return nil }
        return .person
    }

    /// Endings of nouns that name a paper rather than those who wrote it.
    static let paperEndings = ["urteil", "ansuchen", "antrag", "schreiben", "bescheid", "beschluss", "entscheid", "gesetz",
                               "vertrag", "ung", "papier", "konzept", "entwurf", "akte", "akten", "dossier", "statement"]

    /// Endings of nouns that name people ("Biologe", "Moderator", "Hinterbänkler", "Aktivisten").
    static let peopleEndings = ["er", "ern", "eur", "eure", "euren", "ist", "isten", "ent", "enten", "ant", "anten",
                                "loge", "logen", "ling", "linge", "lingen", "dat", "daten", "mat", "maten", "ator", "atoren",
                                "essor", "essoren", "autor", "autoren", "direktor", "direktoren", "är", "äre", "ären"]

    /// Endings of abstract nouns, which name no source ("Notwendigkeit", "Stagnation").
    static let abstractEndings = ["heit", "keit", "ität", "ismus", "tion"]

    /// True when a head names no source: a word of the `none` list, also with a case
    /// ending and, for those marked "compound", at the end of a compound ("Frühjahrs").
    func isNonSource(_ lower: String) -> Bool {
        let words = t.lexicon.nonSourceHeads
        guard !words.isEmpty else { return false }
        func known(_ part: String, compound: Bool) -> Bool {
            words.contains(part) && (!compound || t.lexicon.compoundSourceHeads.contains(part))
        }
        let scalars = Array(lower.unicodeScalars)
        for start in 0..<max(0, scalars.count - 2) {
            if start > 0 && scalars[start - 1] != "-" && start < 2 { continue }
            let part = String(String.UnicodeScalarView(scalars[start...]))
            let compound = start > 0 && scalars[start - 1] != "-"
            if known(part, compound: compound) { return true }
            for ending in ["n", "en", "s", "es", "e"] where part.hasSuffix(ending) && part.count > ending.count + 2 {
                if known(String(part.dropLast(ending.count)), compound: compound) { return true }
            }
        }
        return false
    }

    /// True when an article or possessive opens the phrase ("die Befragten", "seiner Partei").
    func determined(_ p: SpeakerPhrase) -> Bool {
        let first = leadingWords(p)
        guard first < p.head else { return false }
        // A name in the genitive stands for the article: "Kerrys Sprecher".
        if t.isCapitalized(first) && first + 1 == p.head && (t.lower[first].hasSuffix("s") || t.lower[first].hasSuffix("'")) { return true }
        return t.has(first, [.determiner, .possessive]) && !t.has(first, .indefinite)
    }

    /// The kind a source head noun makes, also at the end of a compound
    /// ("US-Medien", "Medienberichten") and with a case ending ("Justizkreisen").
    func sourceHead(_ lower: String) -> Actor.Kind? {
        let heads = t.lexicon.sourceHeads
        guard !heads.isEmpty else { return nil }
        func kind(_ part: String, compound: Bool) -> Actor.Kind? {
            guard let kind = heads[part] else { return nil }
            return !compound || t.lexicon.compoundSourceHeads.contains(part) ? kind : nil
        }
        let scalars = Array(lower.unicodeScalars)
        for start in 0..<max(0, scalars.count - 2) {
            if start > 0 && scalars[start - 1] != "-" && start < 3 { continue }
            let part = String(String.UnicodeScalarView(scalars[start...]))
            // After a hyphen the part stands as a word of its own ("US-Medien").
            let compound = start > 0 && scalars[start - 1] != "-"
            if let k = kind(part, compound: compound) { return k }
            for ending in ["n", "en", "s", "es"] where part.hasSuffix(ending) && part.count > ending.count + 2 {
                if let k = kind(String(part.dropLast(ending.count)), compound: compound) { return k }
            }
        }
        return nil
    }

    /// The head in lower case when it is a name rather than a common noun ("ver.di",
    /// "Gizchina"), so that "Die Gewerkschaft ver.di" and "ver.di" make one actor; else nil.
    func nameKey(_ p: SpeakerPhrase) -> String? {
        guard p.span == nil, t.isWord(p.head) else { return nil }
        let lower = t.lowercased(p.head)
        if phrases.isDottedName(p.head) { return lower }
        guard t.isCapitalized(p.head), lower.unicodeScalars.count >= 3, sourceHead(lower) == nil,
              ActorLexicon.shared.head(t.token(p.head).text, lower: lower, language: t.lexicon.language) == nil,
              t.lexicon.language == .de ? !ActorLexicon.shared.isGermanNoun(lower) : true else { return nil }
        return lower
    }

    /// The key that joins phrases naming the same source: the name in lower case without case endings.
    static func key(_ name: String) -> String {
        name.lowercased().split(separator: " ").map { word -> String in
            var w = String(word)
            for ending in ["en", "er", "es", "n", "s", "e"] where w.count > ending.count + 3 && w.hasSuffix(ending) {
                w.removeLast(ending.count)
                break
            }
            return w
        }.joined(separator: " ")
    }
}
