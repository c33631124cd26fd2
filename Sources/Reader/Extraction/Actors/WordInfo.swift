import Glibc

/// What the actor extractor knows about one token before it looks for phrases.
struct WordInfo: Sendable {
    /// The token in lower case (computed once per token).
    var lower: String
    /// A word whose first letter is upper case.
    var capitalized: Bool
    /// The first word of a sentence, or the first after an opening quote, colon or dash.
    var initial: Bool
    var roles: CueWords.Roles
    /// A function word or sentence starter: never a name by itself.
    var function: Bool
    /// Acronym, inner capital or inner dot: "USA", "YouTube", "allinrechner.at".
    var nameShape: Bool
    /// A single capital letter ("W" in "John W. Kluge"), followed by a dot.
    var initialLetter: Bool
    /// The token has an apostrophe ("Trump's", "Reid’s").
    var hasApostrophe: Bool = false
    /// Every letter upper case, at least two of them ("USA", "OPCW").
    var allCaps = false
    /// The word contains a digit ("G20", "2-Jährige").
    var hasDigit = false
    /// The token's form among the document's distinct word forms (`WordTypes`); -1 for a token that is no word.
    var type: Int32 = -1

    static let none = WordInfo(lower: "", capitalized: false, initial: false, roles: [], function: false, nameShape: false, initialLetter: false)

    /// Computes the features of every token of a document.
    static func make(_ document: Document, lexicon: ActorLexicon) -> [WordInfo] { analyze(document, lexicon: lexicon).words }

    /// The features of every token, and the document's distinct word forms.
    ///
    /// Everything that depends only on a word's text is worked out once per
    /// distinct form: the forms are told apart by a hash of their UTF-8 bytes.
    static func analyze(_ document: Document, lexicon: ActorLexicon) -> (words: [WordInfo], types: WordTypes) {
        let tokens = document.tokens
        let n = tokens.count
        let small = lexicon.smallWordTables[document.language]
        var infos: [WordInfo] = []
        infos.reserveCapacity(n)
        var sentenceStarts = [Bool](repeating: false, count: n + 1)
        for s in document.sentences where s.tokens.lowerBound < n { sentenceStarts[s.tokens.lowerBound] = true }
        var types = WordTypes(tokenCount: n)
        /// Per form: the facts that depend on its text alone (context fields unset).
        var facts: [WordInfo] = []
        /// Per form: 0 not asked, 1 no, 2 yes: an abbreviation before its dot ("Mrd.") that is no legal form.
        var abbreviation: [UInt8] = []
        var lowers = LowerForms()
        let storage = document.storage
        var atStart = true
        storage.utf8.withUnsafeBufferPointer { bytes in
            storage.byteOffsets.withUnsafeBufferPointer { offsets in
                var capacity = 64
                while capacity < n * 2 { capacity <<= 1 }
                let mask = capacity - 1
                var table = [Int32](repeating: -1, count: capacity)
                var formStart: [Int32] = []
                var formEnd: [Int32] = []
                formStart.reserveCapacity(n)
                formEnd.reserveCapacity(n)
                facts.reserveCapacity(n)
                abbreviation.reserveCapacity(n)
                types.reserve(n)

                /// Whether token `k` is a dot right after the token before it.
                func adjacentDot(_ k: Int) -> Bool {
                    guard k < n, tokens[k].range.length == 1, tokens[k].start == tokens[k - 1].end else { return false }
                    return bytes[Int(offsets[tokens[k].start])] == 0x2E
                }

                for i in 0..<n {
                    if sentenceStarts[i] { atStart = true }
                    let kind = tokens[i].kind
                    guard kind == .word else {
                        infos.append(.none)
                        // A capitalised word after a quote, colon or dash may start a new clause.
                        var colon = false
                        if kind == .punctuation, tokens[i].range.length == 1 { colon = bytes[Int(offsets[tokens[i].start])] == 0x3A }
                        atStart = kind == .quote || kind == .dash || colon || (atStart && kind != .punctuation)
                        continue
                    }
                    let a = Int(offsets[tokens[i].start]), e = Int(offsets[tokens[i].end])
                    var h: UInt32 = 2_166_136_261
                    for p in a..<e { h = (h ^ UInt32(bytes[p])) &* 16_777_619 }
                    var slot = Int(h ^ (h >> 15)) & mask
                    var form: Int32 = -1
                    while true {
                        let f = table[slot]
                        if f < 0 { break }
                        let fa = Int(formStart[Int(f)]), fe = Int(formEnd[Int(f)])
                        if fe - fa == e - a, memcmp(bytes.baseAddress! + fa, bytes.baseAddress! + a, e - a) == 0 { form = f; break }
                        slot = (slot + 1) & mask
                    }
                    if form < 0 {
                        form = Int32(facts.count)
                        table[slot] = form
                        formStart.append(Int32(a))
                        formEnd.append(Int32(e))
                        let word = UnsafeBufferPointer(rebasing: bytes[a..<e])
                        var info = textFacts(tokens[i], word, small: small, lexicon: lexicon)
                        info.type = form
                        facts.append(info)
                        abbreviation.append(0)
                        // Only capitalised words are compared by their lower-case forms (`NameFinder`).
                        var lowerID: Int32 = -1, bareID: Int32 = -1
                        if info.capitalized {
                            lowerID = lowers.id(info.lower)
                            bareID = info.hasApostrophe ? lowers.id(NameFinder.stripPossessive(info.lower)) : lowerID
                        }
                        types.add(token: i, lowerID: lowerID, bareID: bareID)
                    }
                    types.typeOf[i] = form
                    infos.append(facts[Int(form)])
                    let cap = infos[i].capitalized
                    infos[i].initial = atStart
                    if cap, adjacentDot(i + 1) {
                        let single = tokens[i].range.length == 1
                        infos[i].initialLetter = single
                        // An abbreviation before its dot ("Mrd.", "Mio.") is no name.
                        if !single {
                            let f = Int(form)
                            if abbreviation[f] == 0 {
                                let text = tokens[i].text
                                abbreviation[f] = TextData.shared.abbreviations.contains(infos[i].lower + ".") && !lexicon.legalForms.contains(text) ? 2 : 1
                            }
                            if abbreviation[f] == 2 { infos[i].function = true }
                        }
                    }
                    atStart = false
                }
            }
        }
        types.lowerCount = lowers.count
        return (infos, types)
    }

    /// What a word's text alone says about it (`b`: its UTF-8).
    private static func textFacts(_ token: Token, _ b: UnsafeBufferPointer<UInt8>, small: ActorLexicon.SmallWords?,
                                  lexicon: ActorLexicon) -> WordInfo {
        let cap = token.isCapitalized
        var upperASCII = false, innerUpperASCII = false, innerDot = false, digit = false, ascii = true, apostrophe = false
        var letters = 0, lowerLetters = 0
        for k in 0..<b.count {
            let c = b[k]
            if c >= 0x80 {
                ascii = false
                if c == 0x99 { apostrophe = true }
            } else if c >= 0x41 && c <= 0x5A {
                upperASCII = true
                if k > 0 { innerUpperASCII = true }
                letters += 1
            } else if c >= 0x61 && c <= 0x7A {
                lowerLetters += 1
                letters += 1
            } else if c >= 0x30 && c <= 0x39 {
                digit = true
            } else if c == 0x2E {
                if k > 0 { innerDot = true }
            } else if c == 0x27 {
                apostrophe = true
            }
        }
        if !digit && !ascii { digit = token.text.unicodeScalars.contains(where: CharacterClass.isDigit) }
        // A word that starts in lower case is taken as lower case ("iPhone" keeps its capital).
        let lower: String
        if !(cap || upperASCII) {
            lower = token.text
        } else if ascii {
            lower = String(unsafeUninitializedCapacity: b.count) { out in
                for k in 0..<b.count {
                    let c = b[k]
                    out[k] = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
                }
                return b.count
            }
        } else {
            lower = token.text.lowercasedFast
        }
        let allCaps = ascii ? letters >= 2 && lowerLetters == 0 : token.isAllCaps
        var shape = false
        if cap {
            shape = allCaps || innerCapital(token, b, ascii: ascii) || (innerDot && b[b.count - 1] != 0x2E)
        } else if innerUpperASCII {
            shape = innerCapital(token, b, ascii: ascii)
        }
        // Function and cue words are short: longer words skip the look-up.
        var entry: ActorLexicon.SmallWord?
        if let small, lower.utf8.count <= lexicon.longestFunctionWord, lexicon.smallWordFilter.mayContain(b) {
            entry = small.entry(b) ?? (cap ? small.entry(lower) : nil)
        }
        let roles = entry?.roles ?? []
        // Articles, possessives, number words and prepositions are never names.
        var function = entry?.function ?? false
        function = function || !roles.isDisjoint(with: [.definite, .indefinite, .possessive, .count, .place, .link, .quantifier])
        return WordInfo(
            lower: lower, capitalized: cap, initial: false, roles: roles,
            function: function, nameShape: shape, initialLetter: false,
            hasApostrophe: apostrophe, allCaps: allCaps, hasDigit: digit)
    }

    /// `Token.hasInnerCapital`, on the bytes when they are ASCII.
    private static func innerCapital(_ token: Token, _ b: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
        guard ascii else { return token.hasInnerCapital }
        var seenLower = false
        var first = true
        for c in b {
            if c == 0x2D { first = true; seenLower = false; continue }
            if c >= 0x41 && c <= 0x5A && !first && seenLower { return true }
            if c >= 0x61 && c <= 0x7A { seenLower = true }
            first = false
        }
        return false
    }
}

/// The distinct word forms of one document, so that what depends on a word's
/// text alone is looked up once per form, not once per token.
struct WordTypes: Sendable {
    /// Per token: its form, -1 for a token that is no word.
    var typeOf: [Int32]
    /// Per form: the first token that has it.
    private(set) var token: [Int32] = []
    /// Per form: its lower-case form, numbered among the document's distinct lower-case forms
    /// (capitalised words only; -1 for the others).
    private(set) var lowerID: [Int32] = []
    /// Per form: the lower-case form without a possessive ("trump's" → "trump").
    private(set) var bareID: [Int32] = []
    /// How many distinct lower-case forms (and forms without a possessive) there are.
    var lowerCount = 0

    init(tokenCount: Int) { typeOf = [Int32](repeating: -1, count: tokenCount) }

    mutating func reserve(_ n: Int) {
        token.reserveCapacity(n)
        lowerID.reserveCapacity(n)
        bareID.reserveCapacity(n)
    }

    var count: Int { token.count }

    mutating func add(token i: Int, lowerID: Int32, bareID: Int32) {
        token.append(Int32(i))
        self.lowerID.append(lowerID)
        self.bareID.append(bareID)
    }
}

/// Numbers lower-case strings by their bytes.
private struct LowerForms {
    private var table = [Int32](repeating: -1, count: 1024)
    private var starts: [Int32] = [0]
    private var arena: [UInt8] = []
    var count: Int { starts.count - 1 }

    mutating func id(_ s: String) -> Int32 {
        if let v = s.utf8.withContiguousStorageIfAvailable({ id($0) }) { return v }
        var copy = s
        return copy.withUTF8 { id($0) }
    }

    mutating func id(_ b: UnsafeBufferPointer<UInt8>) -> Int32 {
        if count * 2 >= table.count { grow() }
        let mask = table.count - 1
        var slot = Int(ByteTable.hash(b)) & mask
        while true {
            let k = table[slot]
            if k < 0 { break }
            if equals(Int(k), b) { return k }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        arena.append(contentsOf: b)
        starts.append(Int32(arena.count))
        table[slot] = id
        return id
    }

    private func equals(_ k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(starts[k]), e = Int(starts[k + 1])
        guard e - a == b.count else { return false }
        var i = 0
        while i < b.count {
            if arena[a + i] != b[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        arena.withUnsafeBufferPointer { all in
            for k in 0..<count {
                let key = UnsafeBufferPointer(rebasing: all[Int(starts[k])..<Int(starts[k + 1])])
                var slot = Int(ByteTable.hash(key)) & mask
                while table[slot] >= 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(k)
            }
        }
    }
}
