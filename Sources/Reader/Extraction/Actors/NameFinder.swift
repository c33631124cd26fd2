/// Finds proper names: runs of words that the lexicons, the word's shape and
/// its position say are names.
///
/// German capitalises every noun, so a capitalised word counts only when it is
/// not an ordinary noun (looked up ignoring case, compounds split), or when its
/// shape (acronym, inner capital, inner dot), a first name, a place or country
/// lexicon, or its place after a first name or initial says so. A word at the
/// start of a sentence counts only when it is known or also appears as a name
/// elsewhere. English needs less: a capitalised word inside a sentence is a name.
struct NameFinder {
    let document: Document
    let words: [WordInfo]
    let lexicon: ActorLexicon
    let memo: LexicalMemo
    var language: Language { document.language }

    /// Capitalised words away from the start of a sentence, by their lower-case form
    /// (and, in English, by the form without "'s"), as lists in one array; made when first needed.
    private final class Inner {
        var built = false
        /// `list[start[id]..<start[id + 1]]` are the tokens of lower-case form `id`.
        var start: [Int32] = []
        var list: [Int32] = []
        /// Lower-case forms (`WordTypes.lowerID`) that follow a first name somewhere in the text
        /// ("Rose" after "Derrick"); made when first needed.
        var surnames: [Bool]?
        /// Lower-case forms of nouns named with an -isch adjective somewhere in the text ("Post" of "Deutschen Post").
        var adjectiveNamed: [Bool]?
        /// Per token: whether its sentence reads as English inside a German text; made when first needed.
        var english: [Bool]?
    }
    private let inner = Inner()

    private static let englishFunctionWords: Set<String> = [
        "the", "of", "is", "are", "with", "this", "that", "you", "your", "my", "to", "and", "be", "it", "its",
        "for", "on", "at", "by", "we", "our", "they", "has", "have", "not", "no", "i", "will", "can", "who", "what",
    ]

    /// How many lower-case forms the text has (every `WordTypes.lowerID` is below it).
    private var formCount: Int {
        max(memo.types.lowerCount, Int(memo.types.lowerID.max() ?? -1) + 1)
    }

    /// Whether token `i` stands in an English sentence of a German text (a quoted tweet, a song title):
    /// two or more English function words making up a quarter of its words, or one in a sentence of three words or fewer.
    private func inEnglishSentence(_ i: Int) -> Bool {
        if inner.english == nil {
            var flags = [Bool](repeating: false, count: words.count)
            // Per lower-case form: 0 unknown, 1 no, 2 an English function word.
            var known = [UInt8](repeating: 0, count: formCount)
            for sentence in document.sentences {
                var total = 0, english = 0
                for k in sentence.tokens where document.tokens[k].kind == .word {
                    total += 1
                    let t = Int(words[k].type)
                    guard t >= 0 else { continue }
                    let form = Int(memo.types.lowerID[t])
                    guard form >= 0 else {  // lower-case words have no form number
                        if words[k].lower.utf8.count <= 4, NameFinder.englishFunctionWords.contains(words[k].lower) { english += 1 }
                        continue
                    }
                    if known[form] == 0 {
                        known[form] = words[k].lower.utf8.count <= 4 && NameFinder.englishFunctionWords.contains(words[k].lower) ? 2 : 1
                    }
                    if known[form] == 2 { english += 1 }
                }
                guard english >= 2 && english * 4 >= total || english >= 1 && total <= 3 else { continue }
                for k in sentence.tokens where k < flags.count { flags[k] = true }
            }
            inner.english = flags
        }
        return i < inner.english!.count && inner.english![i]
    }

    /// Whether token `i`'s word follows a first name elsewhere in the text ("Derrick Rose" … "Für Rose ist"),
    /// so that it is that person's surname even where it is also an ordinary noun.
    private func isKnownSurname(_ i: Int) -> Bool {
        if inner.surnames == nil {
            inner.surnames = formsAfter { p, _ in !words[p].function && memo.firstName(at: p) != nil && !memo.isGermanNoun(at: p) }
        }
        return formFlag(i, inner.surnames)
    }

    /// For every lower-case form, whether it stands capitalised right after
    /// (one space) a capitalised word `p` for which `fits(p, k)` holds.
    private func formsAfter(_ fits: (_ p: Int, _ k: Int) -> Bool) -> [Bool] {
        var found = [Bool](repeating: false, count: formCount)
        let tokens = document.tokens
        for k in words.indices.dropFirst() where words[k].capitalized && !words[k].function && words[k].type >= 0 {
            let p = k - 1
            guard words[p].capitalized, tokens[k].start == tokens[p].end + 1, fits(p, k) else { continue }
            found[Int(memo.types.lowerID[Int(words[k].type)])] = true
        }
        return found
    }

    /// The flag of token `i`'s lower-case form in a table from `formsAfter`.
    private func formFlag(_ i: Int, _ table: [Bool]?) -> Bool {
        let t = Int(words[i].type)
        guard t >= 0, let table else { return false }
        let form = Int(memo.types.lowerID[t])
        return form >= 0 && table[form]
    }

    /// "Mönchengladbachs Martin Stranzl", "Österreichs Sebastian Kurz": a place or country in the genitive
    /// before a first name and a surname ends its own name.
    private func isGenitiveBeforePerson(_ p: Int, _ j: Int, end: Int) -> Bool {
        let text = document.tokens[p].text
        guard language == .de, text.endsWith("s"), j + 1 < end, words[j + 1].capitalized, !words[j + 1].function,
              memo.firstName(at: j) != nil, !memo.isGermanNoun(at: j) else { return false }
        let bare = String(text.dropLast())
        return memo.place(bare.lowercasedFast) != nil || memo.country(named: bare) != nil
    }

    /// "Traiskirchen", "Enzersdorf", "Vorarlbergs": endings of German place names, or a known place in the genitive.
    private func looksLikePlaceName(_ lower: String) -> Bool {
        for ending in ["kirchen", "dorf", "hofen", "feld", "burg", "berg", "heim", "hausen", "stadt", "bach", "brunn", "ingen"]
            where lower.endsWith(ending) || lower.endsWith(ending + "s") { return true }
        return lower.endsWith("s") && memo.place(String(lower.dropLast())) != nil
    }

    /// How often token `i`'s word stands capitalised away from the start of a sentence.
    private func occurrences(of i: Int) -> Int {
        let key = bareForm(i)
        guard key >= 0 else { return 0 }
        if !inner.built { buildOccurrences() }
        return Int(inner.start[key + 1] - inner.start[key])
    }

    /// Whether a word ends in a listed noun of three letters or more after three letters or more
    /// ("Luxuszug", "Thementag"): a compound too loose for the noun lexicon's splitter, not a name.
    private func endsInNoun(_ lower: String, minimum: Int = 3) -> Bool {
        let bytes = Array(lower.utf8)
        guard bytes.count >= 3 + minimum else { return false }
        for cut in 3...(bytes.count - minimum) where bytes[cut] & 0xC0 != 0x80 {
            if lexicon.germanNouns.nouns.contains(bytes[cut...]) { return true }
        }
        return false
    }

    /// Whether token `i`'s word is the noun of a name made with an -isch adjective elsewhere in the text:
    /// "die Post" after "der Deutschen Post".
    private func isAdjectiveNamedNoun(_ i: Int) -> Bool {
        if inner.adjectiveNamed == nil {
            inner.adjectiveNamed = formsAfter { p, k in
                !words[p].initial && isSchAdjective(words[p].lower) && memo.isListedNoun(at: k)
            }
        }
        return formFlag(i, inner.adjectiveNamed)
    }

    /// A dash right after token `i`, or after a bracket following it: "Hamburg – …", "Chicago (Illinois) – …".
    private func opensDateline(_ i: Int) -> Bool {
        let tokens = document.tokens
        var k = i + 1
        if k < tokens.count, tokens[k].text.is("(") {
            while k < tokens.count && k <= i + 6 && !tokens[k].text.is(")") { k += 1 }
            k += 1
        }
        return k < tokens.count && (tokens[k].text.is("–") || tokens[k].text.is("—") || tokens[k].text.is("-"))
            && tokens[k].start > tokens[k - 1].end
    }

    /// "Deutschen", "Süddeutscher", "Schweizerische": a capitalised adjective in -isch or of "deutsch"
    /// (not "Menschen", "Forscher").
    private func isSchAdjective(_ lower: String) -> Bool {
        var lower = lower
        return lower.withUTF8 { b in
            let n = b.count
            guard n >= 6 else { return false }
            let end: Int
            switch b[n - 1] {
            case 0x65: end = n - 1  // -e
            case 0x6E, 0x72, 0x73, 0x6D:  // -en, -er, -es, -em
                guard b[n - 2] == 0x65 else { return false }
                end = n - 2
            default: return false
            }
            guard end >= 4, b[end - 1] == 0x68, b[end - 2] == 0x63, b[end - 3] == 0x73 else { return false }  // "sch"
            if b[end - 4] == 0x69 { return true }  // "isch"
            // "deutsch"
            return end >= 7 && b[end - 4] == 0x74 && b[end - 5] == 0x75 && b[end - 6] == 0x65 && b[end - 7] == 0x64
        }
    }

    private func buildOccurrences() {
        let types = memo.types
        let forms = types.lowerCount
        var start = [Int32](repeating: 0, count: forms + 1)
        func each(_ body: (_ form: Int, _ k: Int) -> Void) {
            for k in words.indices where words[k].capitalized && !words[k].initial {
                let t = Int(words[k].type)
                guard t >= 0 else { continue }
                let lower = Int(types.lowerID[t])
                body(lower, k)
                if language == .en, words[k].hasApostrophe {
                    let bare = Int(types.bareID[t])
                    if bare != lower { body(bare, k) }
                }
            }
        }
        each { form, _ in start[form + 1] += 1 }
        for f in 0..<forms { start[f + 1] += start[f] }
        var fill = start
        var list = [Int32](repeating: 0, count: Int(start[forms]))
        each { form, k in list[Int(fill[form])] = Int32(k); fill[form] += 1 }
        inner.start = start
        inner.list = list
        inner.built = true
    }

    /// The lower-case form of token `k` without a possessive, as a number (`WordTypes.bareID`).
    private func bareForm(_ k: Int) -> Int {
        let t = Int(words[k].type)
        return t < 0 ? -1 : Int(memo.types.bareID[t])
    }

    init(document: Document, words: [WordInfo], lexicon: ActorLexicon, memo: LexicalMemo) {
        self.document = document
        self.words = words
        self.lexicon = lexicon
        self.memo = memo
    }

    /// Whether the word at `i` is a name elsewhere in the text, away from the start of a
    /// sentence and not in the middle of a longer name ("Sinclair said" after "Margaret Sinclair";
    /// not "Shipping line" after "Maasvlakte Shipping Services").
    private func isCorroborated(_ i: Int) -> Bool {
        let key = bareForm(i)
        guard key >= 0 else { return false }
        let known = memo.lowerFlags[key]
        if known != 0 { return known == 2 }
        let result = corroborationOf(i, form: key)
        memo.lowerFlags[key] = result ? 2 : 1
        return result
    }

    private func corroborationOf(_ i: Int, form: Int) -> Bool {
        if !inner.built { buildOccurrences() }
        let tokens = document.tokens
        let from = Int(inner.start[form]), to = Int(inner.start[form + 1])
        var o = from
        while o < to {
            let k = Int(inner.list[o])
            o += 1
            guard k != i, isNameWord(k, inRun: false, corroborate: false) else { continue }
            if language == .en {
                // Not a word inside a longer name ("Scottish Fire and Rescue Service").
                func capital(_ j: Int) -> Bool { j >= 0 && j < tokens.count && words[j].capitalized && !words[j].function }
                func connector(_ j: Int) -> Bool { j >= 0 && j < tokens.count && words[j].lower.isOne(of: ["and", "of", "for", "&"]) }
                let before = (capital(k - 1) && !words[k - 1].initial) || (connector(k - 1) && capital(k - 2))
                let after = capital(k + 1) || (connector(k + 1) && capital(k + 2))
                if before && after { continue }
            }
            return true
        }
        return false
    }

    func find() -> [NameSpan] {
        var result: [NameSpan] = []
        let tokens = document.tokens
        for (sIndex, sentence) in document.sentences.enumerated() {
            var i = sentence.tokens.lowerBound
            let hi = sentence.tokens.upperBound
            while i < hi {
                guard startsName(i) else { i += 1; continue }
                var last = i
                var j = i + 1
                while j < hi {
                    if tokens[j].text.is(".") && tokens[j].start == tokens[j - 1].end && takesDot(j - 1) {
                        last = j; j += 1; continue
                    }
                    if isNameWord(j, inRun: true, previous: last, runStart: i) {
                        if j == last + 1, isGenitiveBeforePerson(last, j, end: hi) { break }
                        last = j; j += 1; continue
                    }
                    if let next = connector(at: j, runStart: i, end: hi) { last = next; j = next + 1; continue }
                    // "der Vereinigten Arabischen Emirate": a country's name of several words ends on a common noun.
                    if j == last + 1, j - i < lexicon.countries.longestName, words[j].capitalized, !words[j].function,
                       looksLikeAdjective(words[i].lower),
                       memo.country(named: document.string(TextRange(tokens[i].start, tokens[j].end))) != nil {
                        last = j; j += 1; continue
                    }
                    break
                }
                if let span = makeSpan(i...last, sentence: sIndex) { result.append(span) }
                i = last + 1
            }
        }
        return result
    }

    // MARK: deciding words

    private func startsName(_ i: Int) -> Bool {
        guard words[i].type >= 0 else { return false }
        if words[i].initialLetter { return isPersonInitialContext(i) }
        guard words[i].capitalized else { return false }
        let tokens = document.tokens
        // "Bank Austria", "Police Scotland": an organisation word with a country's name right after it.
        if i + 1 < tokens.count, !words[i].function, words[i + 1].type >= 0, words[i + 1].capitalized,
           tokens[i + 1].start == tokens[i].end + 1, lexicon.countries.isName(tokens[i + 1].text),
           let h = memo.head(at: i), h.noun.kind == .org, h.prefixLength == 0 {
            return true
        }
        if words[i].function && !words[i].allCaps {
            // "De Vries said": a capitalised particle before a name.
            return words[i].roles.contains(.particle) && i + 1 < words.count && isNameWord(i + 1, inRun: true, previous: i)
        }
        return isNameWord(i, inRun: false, strictStart: true)
    }

    /// A single capital letter with a dot: an initial inside a name, or a surname shortened to it.
    private func isPersonInitialContext(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = words[i - 1]
        // "Frau S.", "Herr H."; or standing alone ("spricht H. frei"), checked against known names later.
        return memo.heads.titles[prev.lower] != nil || !prev.capitalized || prev.lower.isEmpty
    }

    /// Whether token `i` can be part of a name.
    func isNameWord(_ i: Int, inRun: Bool, previous: Int? = nil, strictStart: Bool = false, runStart: Int? = nil,
                    corroborate: Bool = true) -> Bool {
        let tokens = document.tokens
        guard i < tokens.count, words[i].type >= 0 else { return false }
        let w = words[i]
        if inRun && w.initialLetter { return true }
        if inRun, let p = previous, !w.capitalized, tokens[i].hasHyphen, isLowerParticleCompound(tokens[i].text), tokens[i].start > tokens[p].end { return true }
        guard w.capitalized, !w.function || w.allCaps else { return false }
        if w.hasDigit { return false }
        if tokens[i].end - tokens[i].start == 1 { return false }  // "Model S": a lone letter without a dot
        // "The Hills Are Alive …" quoted in a German text: only words that are names elsewhere, or places.
        if language == .de, !inRun, inEnglishSentence(i) {
            return memo.isPlace(at: i) || memo.isCountry(at: i) || (corroborate && isCorroborated(i))
        }
        if tokens[i].hasHyphen { return hyphenatedIsName(i) }
        if w.nameShape { return true }
        if memo.isCountry(at: i) {
            // "den Schweden", "die Polen": a country's name that is also its people's plural, after an article, is the people.
            if language == .de, !inRun, i > 0, words[i - 1].roles.contains(.definite) || words[i - 1].roles.contains(.indefinite),
               lexicon.countries.demonyms[tokens[i].text] != nil {
                return false
            }
            return true
        }
        if language == .en && isEnglishAdjective(i) {
            // "Scottish Fire and Rescue Service", but not "Dutch exports".
            return !inRun && i + 1 < tokens.count && words[i + 1].capitalized && !words[i + 1].function
                && isNameWord(i + 1, inRun: true, previous: i)
        }
        if language == .de {
            // "Wolfgang" is a first name, not "Wolf" + "Gang".
            if !inRun, i + 1 < tokens.count, words[i + 1].capitalized, !words[i + 1].function,
               memo.firstName(at: i) != nil, !memo.isListedNoun(at: i) {
                return true
            }
            // "der Stürmer Lars Tenberg": a first name that is also a noun, before a capitalised word that is no noun.
            if !inRun, !w.initial, i + 1 < tokens.count, words[i + 1].capitalized, !words[i + 1].function, !words[i + 1].initial,
               tokens[i + 1].start == tokens[i].end + 1, memo.firstName(at: i) != nil, !memo.isGermanNoun(at: i + 1),
               !memo.isPlace(at: i + 1), !memo.isCountry(at: i + 1), !words[i + 1].allCaps, !tokens[i + 1].hasHyphen {
                return true
            }
            // "Hans Peter Doskozil": a first name that is also a noun, before another first name and a surname.
            if !inRun, i + 2 < tokens.count, words[i + 1].capitalized, !words[i + 1].function, words[i + 2].capitalized,
               memo.firstName(at: i) != nil, memo.firstName(at: i + 1) != nil, !memo.isGermanNoun(at: i + 1), words[i + 2].capitalized,
               !words[i + 2].function, !memo.isGermanNoun(at: i + 2) {
                return true
            }
            let common = memo.isGermanNoun(at: i)
            if !inRun, !common, let h = memo.head(at: i), h.noun.kind != .place,
               !h.noun.nounClass.is("man") && !h.noun.nounClass.is("woman") {
                return false  // "Privatbeteiligtenvertreterin", "Polizeichefin": role nouns, not names
            }
            if inRun, let p = previous {
                // A surname after a first name or an initial, even when it is also a noun ("Hans Koch").
                if words[p].initialLetter || tokens[p].text.is(".") || (memo.firstName(at: p) != nil && p == i - 1 && !memo.isGermanNoun(at: p)) {
                    return memo.head(at: i) == nil || (memo.head(at: i)?.prefixLength ?? 0) > 0
                }
                // "Islamischer Staat", "Vereinten Nationen": a capitalised adjective before a noun.
                if common && p == i - 1 && p == runStart && looksLikeAdjective(words[p].lower)
                    && (!memo.isGermanNoun(at: p) || isSchAdjective(words[p].lower)) {
                    return true
                }
            }
            if common, !inRun, !w.initial, i + 1 < tokens.count, words[i + 1].capitalized,
               tokens[i + 1].start == tokens[i].end + 1, !words[i + 1].function, !tokens[i + 1].hasHyphen, isSchAdjective(w.lower),
               memo.head(at: i + 1).map({ $0.noun.kind == .org && $0.prefixLength == 0 }) ?? memo.isListedNoun(at: i + 1) {
                return true  // "laut Süddeutscher Zeitung", "der Deutschen Bank": an -isch adjective before an organisation noun
            }
            // "Die Post sperrte …" after "der Deutschen Post": the noun of that name after a definite article.
            if common, !inRun, i > 0, words[i - 1].roles.contains(.definite), !w.lower.endsWith("en"), !w.lower.endsWith("er"),
               isAdjectiveNamedNoun(i),
               i + 1 >= tokens.count || !words[i + 1].capitalized || words[i + 1].function {
                return true
            }
            // "Für Rose ist …" after "Derrick Rose": a surname that is also a noun, without an article.
            if common, !inRun, isKnownSurname(i), articleBefore(i) == nil {
                return true
            }
            // "Eisenstadt – …": a known place that the noun list only has as a compound ("Eisen" + "Stadt").
            if common, !memo.isListedNoun(at: i), memo.isPlace(at: i), !(w.initial && strictStart) || isKnownName(i) {
                return true
            }
            if common {
                if isAfterPlacePreposition(i), let place = memo.place(at: i), !place.kind.is("place") { return true }
                return false
            }
            if w.initial && !inRun && strictStart { return isKnownName(i) }
            if !inRun && i > 0 && words[i - 1].roles.contains(.quantifier) { return false }
            // "Einnahmenentgang", "Martinsorden": a long word met once that ends in a listed noun is a compound noun.
            if !inRun, w.lower.utf8.count >= 10, i + 1 >= tokens.count || !words[i + 1].capitalized || words[i + 1].function,
               w.lower.unicodeScalars.count >= 10, occurrences(of: i) <= 1, !isSchAdjective(w.lower),
               !memo.isPlace(at: i), !w.hasApostrophe, !looksLikePlaceName(w.lower), endsInNoun(w.lower, minimum: 4) {
                return false
            }
            if memo.isPlace(at: i) { return true }
            if !inRun, let article = articleBefore(i) {
                // "die Verletzte", "der rechten Identitären": an unknown word after an article is a noun,
                // unless a noun follows ("der Vereinten Nationen") or an English name goes on ("der Library of Congress").
                if i + 1 < tokens.count, words[i + 1].lower.is("of") || words[i + 1].lower.is("for") { return true }
                if corroborate && isCorroborated(i) { return true }  // "Der 86-Jährige Habermas"
                if article == i - 1 && i + 1 < tokens.count && words[i + 1].capitalized && !words[i + 1].function
                    && looksLikeAdjective(stripPossessive(w.lower)) { return true }
                // "mit der Caritas": an unknown word right after the article that cannot be a declined adjective
                // or a plural is a name ("die Verletzte", "den Youtubern" are not).
                return article == i - 1 && words[article].roles.contains(.definite) && !looksLikeAdjective(w.lower)
                    && !w.lower.endsWith("n") && !w.lower.endsWith("t")
                    && (!w.lower.endsWith("s") || w.lower.endsWith("as") || w.lower.endsWith("os"))
                    && w.lower.unicodeScalars.count >= 4 && !memo.hasHead(at: i) && !endsInNoun(w.lower)
                    && (i + 1 < tokens.count && words[i + 1].capitalized || !hasAbstractNounEnding(w.lower))
            }
            if w.initial && !inRun && strictStart { return isKnownName(i) }
            return true
        }
        // English
        if w.roles.contains(.nonName) { return false }
        if w.initial && !inRun && strictStart { return isKnownName(i) }
        return true
    }

    /// A sentence-initial word counts when it is known as a name or continues into one.
    private func isKnownName(_ i: Int) -> Bool {
        let tokens = document.tokens
        if let p = memo.place(at: i), p.kind.is("capital") || p.kind.is("city") { return true }
        // "Hamburg – Die Redaktion …": any known place opening a dateline.
        if memo.isPlace(at: i), opensDateline(i) { return true }
        if memo.firstName(at: i) != nil, i + 1 < tokens.count, words[i + 1].capitalized, !words[i + 1].function {
            return true
        }
        // "Sowohl Charles Taylor": a first name starts its own name.
        if i + 1 < tokens.count, memo.firstName(at: i + 1) != nil, memo.heads.titles[words[i].lower] == nil {
            return false
        }
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, words[i + 1].capitalized, !words[i + 1].function,
           !words[i + 1].initial, isNameWord(i + 1, inRun: false) {
            return language == .en || !memo.isGermanNoun(at: i)
        }
        return isCorroborated(i)
    }

    /// "al-Assad", "bin-Salman": a lower-case particle joined to a capitalised name.
    private func isLowerParticleCompound(_ text: String) -> Bool {
        guard let f = text.utf8.first, f >= 0x61 && f <= 0x7A, text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = text.split(whereSeparator: { $0 == "-" })
        guard parts.count == 2, parts[0].count <= 3, let f = parts[1].unicodeScalars.first else { return false }
        return CharacterClass.isUpper(f) && parts[0].allSatisfy { $0.isLowercase }
    }

    /// A capitalised word that is a country's adjective or demonym in English ("Dutch", "Scots").
    private func isEnglishAdjective(_ i: Int) -> Bool {
        func look() -> Bool {
            let text = document.tokens[i].text
            return lexicon.countries.englishAdjectives[text] != nil || lexicon.countries.demonyms[text] != nil
        }
        guard let slot = memo.flagSlot(i, LexicalMemo.Flag.englishAdjective) else { return look() }
        if memo.flags[slot] == 0 { memo.flags[slot] = look() ? 2 : 1 }
        return memo.flags[slot] == 2
    }

    /// `hyphenatedIsName` for token `i`, once per word form.
    private func hyphenatedIsName(_ i: Int) -> Bool {
        func look() -> Bool { hyphenatedIsName(document.tokens[i].text, lower: stripPossessive(words[i].lower)) }
        guard let slot = memo.flagSlot(i, LexicalMemo.Flag.hyphenatedName) else { return look() }
        if memo.flags[slot] == 0 { memo.flags[slot] = look() ? 2 : 1 }
        return memo.flags[slot] == 2
    }

    /// "GPA-djp", "Saudi-Arabien", "Al-Kaida" are names; "Zoomio-Verbot", "US-Präsident", "Boston-based" are not.
    private func hyphenatedIsName(_ text: String, lower: String) -> Bool {
        // Asked once per word form (`hyphenatedIsName(_:)`): the lexicons directly, not the memo's tables.
        if lexicon.countries.country(named: text) != nil || lexicon.place(lower) != nil { return true }
        let parts = text.unicodeScalars.split(whereSeparator: Token.isHyphen).map(Substring.init)
        guard let last = parts.last, parts.count >= 2 else { return false }
        let lastText = String(last)
        let lastLower = lastText.lowercasedFast
        if language == .de && lexicon.countries.germanAdjective(lower) != nil { return false }  // "US-amerikanischen"
        if language == .de && (lexicon.isGermanNoun(lastLower) || lexicon.head(lastText, lower: lastLower, language: language) != nil) { return false }
        if language == .en && !(last.first?.isUppercase ?? false) {
            // "Boston-based": an English compound ending in a lower-case word is no name.
            return parts.dropLast().allSatisfy { $0.allSatisfy { $0.isUppercase } } && lastLower.count <= 4
        }
        if let f = last.unicodeScalars.first, CharacterClass.isUpper(f) { return true }
        // A lower-case last part: only after an acronym ("GPA-djp").
        return parts[0].count >= 2 && parts[0].allSatisfy { $0.isUppercase }
    }

    /// "Kulinarik", "Regulierung", "National", "Präsenz": endings of German common nouns
    /// (abstract nouns, loan words) that a word missing from the noun list may still have.
    private func hasAbstractNounEnding(_ lower: String) -> Bool {
        for ending in ["ik", "ung", "heit", "keit", "schaft", "tät", "ion", "ismus", "ur", "enz", "anz", "ie", "al", "ei", "tum", "nis"]
            where lower.endsWith(ending) && lower.utf8.count >= ending.utf8.count + 3 { return true }
        return false
    }

    private func looksLikeAdjective(_ lower: String) -> Bool {
        lower.endsWith("er") || lower.endsWith("en") || lower.endsWith("e") || lower.endsWith("es") || lower.endsWith("em")
    }

    /// The article before a word, over lower-case adjectives: "der rechten Identitären" → "der".
    private func articleBefore(_ i: Int) -> Int? {
        var k = i - 1
        while k >= 0 && k >= i - 3 {
            let w = words[k]
            if w.roles.contains(.definite) || w.roles.contains(.indefinite) || w.roles.contains(.possessive) { return k }
            guard document.tokens[k].kind == .word, !w.capitalized, looksLikeAdjective(w.lower) else { return nil }
            k -= 1
        }
        return nil
    }

    func isAfterPlacePreposition(_ i: Int) -> Bool {
        i > 0 && words[i - 1].roles.contains(.place) && !words[i - 1].roles.contains(.definite)
    }

    /// Whether the dot after token `i` belongs to the name ("W.", "Inc.", "U.S.").
    private func takesDot(_ i: Int) -> Bool {
        let text = document.tokens[i].text
        if words[i].initialLetter { return true }
        if lexicon.legalForms.contains(text) { return true }
        if let title = memo.heads.titles[words[i].lower + "."], title.kind == .title { return true }
        return text.utf8.count <= 6 && text.utf8.contains(UInt8(ascii: "."))
    }

    /// Particles and connectors inside names: "de Vries", "von der Leyen",
    /// "Library of Congress", "Fire and Rescue Service". Returns the last token index consumed.
    private func connector(at j: Int, runStart: Int, end: Int) -> Int? {
        let tokens = document.tokens
        guard tokens[j].kind == .word || tokens[j].text.is("&"), j + 1 < end else { return nil }
        let w = words[j].lower
        let personRun = memo.firstName(at: runStart) != nil
        if words[j].roles.contains(.particle) && personRun {
            var k = j + 1
            while k < end, words[k].roles.contains(.particle) || words[k].lower.is("der") || words[k].lower.is("la") { k += 1 }
            if k < end && words[k].capitalized && isNameWord(k, inRun: true) { return k }
            return nil
        }
        guard !personRun else { return nil }
        let runIsPlace = memo.isPlace(at: j - 1) || memo.isCountry(at: j - 1)
        switch w {
        case "of", "for":
            guard words[j + 1].capitalized, isNameWord(j + 1, inRun: true) else { return nil }
            return j + 1
        case "and", "&":
            guard !runIsPlace, words[j + 1].capitalized, isNameWord(j + 1, inRun: true) else { return nil }
            // Only inside an organisation's name: the run after "and" ends in an organisation word.
            var k = j + 1
            while k + 1 < end && words[k + 1].capitalized && isNameWord(k + 1, inRun: true) { k += 1 }
            guard let h = memo.heads.exact(Array(words[k].lower.utf8)).first, memo.heads.nouns[h].kind == .org else { return nil }
            return j + 1
        default:
            return nil
        }
    }

    // MARK: building the span

    private func makeSpan(_ run: ClosedRange<Int>, sentence: Int) -> NameSpan? {
        let tokens = document.tokens
        var lo = run.lowerBound
        var title: String?
        // Titles and role words before a name are not part of it: "Dr. Laura Chen", "President Trump".
        while lo < run.upperBound {
            guard memo.isTitleOrRole(at: lo) else { break }
            var next = lo + 1
            if next <= run.upperBound && tokens[next].text.is(".") { next += 1 }
            guard next <= run.upperBound, words[next].capitalized || words[next].initialLetter else { break }
            title = document.string(TextRange(tokens[lo].start, tokens[next - 1].end))
            lo = next
        }
        let hi = run.upperBound
        guard lo <= hi else { return nil }
        var end = tokens[hi].end
        if words[hi].hasApostrophe {
            let lastText = tokens[hi].text
            if lastText.endsWith("'s") || lastText.endsWith("\u{2019}s") { end -= 2 }
            else if lastText.endsWith("'") || lastText.endsWith("\u{2019}") { end -= 1 }
        }
        let range = TextRange(tokens[lo].start, end)
        var names: [String] = []
        names.reserveCapacity(hi - lo + 1)
        for k in lo...hi {
            if words[k].type < 0 && tokens[k].text.is(".") && !names.isEmpty { names[names.count - 1] += "."; continue }
            names.append(k == hi && words[k].hasApostrophe ? stripPossessive(words[k].lower) : words[k].lower)
        }
        var span = NameSpan(tokens: lo..<(hi + 1), runStart: run.lowerBound, range: range, words: names, sentence: sentence)
        span.title = title
        span.firstName = hi > lo && !words[lo].roles.contains(.particle) ? memo.firstName(at: lo) : nil
        if let g = span.firstName, language == .de, memo.isGermanNoun(at: lo), !words[lo + 1].initialLetter {
            // "August Müller" is a name, "Ende Oktober" is not: a first name that is also a noun needs a non-noun after it.
            if memo.isGermanNoun(at: lo + 1) { _ = g; return nil }
        }
        var lastWord = tokens[hi].text
        if lastWord.is(".") && hi > lo { lastWord = tokens[hi - 1].text }
        span.legalForm = hi > lo && lexicon.legalForms.contains(lastWord)
        span.acronym = lo == hi && words[lo].allCaps
        // One word: its text without a possessive is the span's text, its lower-case form the key.
        span.country = lo == hi ? memo.country(at: lo) : memo.country(named: document.string(range))
        if span.country == nil {
            let bare = stripPossessive(span.key)
            let p = lo == hi ? memo.place(at: lo) : memo.place(span.key)
            if let p = p ?? (bare.is(span.key) ? nil : memo.place(bare)) { span.place = (p.country, p.kind) }
        }
        span.afterPlacePreposition = isAfterPlacePreposition(lo)
        span.initialsOnly = (lo...hi).allSatisfy { words[$0].initialLetter || tokens[$0].text.is(".") }
        // "Edinburgh City Council", "Stanford University" (English names in German text too).
        span.organizationWord = hi > lo && (lo...hi).contains { memo.isOrganizationWord(at: $0) }
        return span
    }

    func stripPossessive(_ s: String) -> String { NameFinder.stripPossessive(s) }

    /// Whether a word contains an apostrophe (' or ’).
    @inline(__always)
    static func hasApostrophe(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in b.contains { $0 == 0x27 || $0 == 0x99 } }
    }

    /// "Trump's" → "Trump", "Walters'" → "Walters".
    static func stripPossessive(_ s: String) -> String {
        guard let last = s.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else { return s }
        if s.endsWith("'s") || s.endsWith("\u{2019}s") { return String(s.dropLast(2)) }
        if s.endsWith("'") || s.endsWith("\u{2019}") { return String(s.dropLast()) }
        return s
    }
}
