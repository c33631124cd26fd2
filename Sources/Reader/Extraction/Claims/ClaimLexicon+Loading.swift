import Glibc

/// Reading the claims data files of one language into a `ClaimLexicon`,
/// straight from their bytes: fields are byte ranges, and strings are made
/// only for what the lexicon keeps.
extension ClaimLexicon {
    /// The data files, relative to the resources folder.
    static func files(_ language: Language) -> [String] {
        let folder = language.rawValue + "/claims/"
        var names = ["grammar-words.txt", "reporting-verbs.txt", "source-phrases.txt",
                     "nominal-cues.txt", "stance-words.txt", "role-nouns.txt", "source-heads.txt"]
        if language == .de { names.append("konjunktiv.txt") }
        return names.map { folder + $0 }
    }

    private static let german = ClaimLexicon.load(.de)
    private static let english = ClaimLexicon.load(.en)

    /// The lexicon of a language, loaded once, on first use.
    static func shared(_ language: Language) -> ClaimLexicon {
        switch language {
        case .de: return german
        case .en: return english
        }
    }

    /// Loads the lexicon of a language from the reader's resources; a missing
    /// file leaves its part empty (and is reported once).
    static func load(_ language: Language) -> ClaimLexicon {
        var lexicon = ClaimLexicon(language: language)
        for name in files(language) {
            guard let file = ResourceLocator.mapped(name) else {
                Diagnostics.warnOnce("data file \(name) not found; claims will be poorer")
                continue
            }
            file.withBytes { lexicon.read(name: name, bytes: $0) }
        }
        lexicon.finish()
        return lexicon
    }

    /// Loads a lexicon from data given in memory (tests): file name → text.
    static func load(_ language: Language, files: [(name: String, text: String)]) -> ClaimLexicon {
        var lexicon = ClaimLexicon(language: language)
        for (name, text) in files {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { lexicon.read(name: name, bytes: $0) }
        }
        lexicon.finish()
        return lexicon
    }

    /// Adds the lines of one data file, choosing the reading by its name.
    mutating func read(name: String, bytes: UnsafeBufferPointer<UInt8>) {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        /// Calls `body` with each line and its first field in lower case.
        func lines(_ body: (UnsafeBufferPointer<UInt8>, DataLines.Fields) -> Void) {
            DataLines.forEach(bytes) { f in
                f.lowercased(0, into: &scratch)
                scratch.withUnsafeBufferPointer { body($0, f) }
            }
        }
        switch base {
        case "grammar-words.txt": lines { readGrammarWord($0, $1) }
        case "reporting-verbs.txt": DataLines.forEach(bytes) { readVerb($0) }
        case "source-phrases.txt": lines { readSourcePhrase($0, $1) }
        case "nominal-cues.txt":
            lines { addCompoundHead($0, $1.count > 1 && $1.equals(1, "accusation") ? [.nominalCue, .accusationNoun] : .nominalCue) }
        case "stance-words.txt": lines { word, _ in add(word, .stance) }
        case "role-nouns.txt": lines { word, _ in addCompoundHead(word, .roleNoun) }
        case "konjunktiv.txt": lines { word, _ in add(word, .konjunktiv) }
        case "source-heads.txt":
            lines { word, f in
                guard f.count > 1 else { return }
                if f.equals(1, "none") {
                    let noun = String(decoding: word, as: UTF8.self)
                    nonSourceHeads.insert(noun)
                    if f.count > 2 && f.equals(2, "compound") { compoundSourceHeads.insert(noun) }
                    return
                }
                let kind: Actor.Kind = f.equals(1, "group") ? .group : f.equals(1, "org") ? .organization : f.equals(1, "person") ? .person : .other
                let noun = String(decoding: word, as: UTF8.self)
                sourceHeads[noun] = kind
                if f.count > 2 && f.equals(2, "compound") { compoundSourceHeads.insert(noun) }
            }
        default: break
        }
    }

    private static let grammarClasses: [(StaticString, ClaimWordClass)] = [
        ("det", .determiner), ("poss", .possessive), ("pron", .pronoun), ("obj", .objectPronoun),
        ("indef", .indefinite), ("prep", .preposition), ("sub", .subordinator), ("that", .complementizer),
        ("coord", .coordinator), ("rel", .relative), ("aux", .auxiliary), ("corr", .correlate),
        ("first", .firstPerson), ("adv", .adverb), ("neg", .negation), ("frame", .frameWord),
        ("back", .pointsBack), ("passive", .passive), ("title", .title),
    ]

    private mutating func readGrammarWord(_ word: UnsafeBufferPointer<UInt8>, _ f: DataLines.Fields) {
        guard f.count > 1 else { return }
        let field = f.bytes(1)
        let colon = field.firstIndex(of: 0x3A) ?? field.endIndex
        guard let classes = ClaimLexicon.grammarClasses.first(where: { f.equals(field.startIndex..<colon, $0.0) })?.1 else { return }
        let features = colon < field.endIndex
            ? PronounFeatures(parsing: Substring(String(decoding: UnsafeBufferPointer(rebasing: field[(colon + 1)...]), as: UTF8.self)))
            : []
        add(word, classes, pronoun: features)
    }

    /// lemma, particle, class, frames, forms, example, options.
    private mutating func readVerb(_ f: DataLines.Fields) {
        guard f.count >= 5 else { return }
        let kind: ReportingVerb.Kind
        if f.equals(2, "position") { kind = .position }
        else if f.equals(2, "dispute") { kind = .dispute }
        else if f.equals(2, "thought") { kind = .thought }
        else { kind = .speech }
        let particle = f.equals(1, "-") ? [] : f.words(1, lowercased: true)
        var verb = ReportingVerb(lemma: f.string(0), particle: particle, kind: kind,
                                 frames: ReportingVerb.Frames(letters: Substring(f.string(3))))
        if f.count > 6 {
            for option in f.words(6, lowercased: false) {
                let pair = option.split(separator: "=", maxSplits: 1)
                let values = pair.count > 1 ? pair[1].split(separator: "|").map { String($0).lowercasedFast } : []
                switch pair.first ?? "" {
                case "requires": verb.requires = values
                case "speaker": verb.speakerPrepositions = ReportingVerb.withContractions(values)
                case "expletive": verb.expletive = true
                case "reflexive": verb.reflexive = true
                case "dass": verb.needsComplementizer = true
                case "accuses": verb.accuses = true
                case "addressee": verb.takesAddressee = true
                case "adjacent": verb.requiresAdjacent = true
                case "predicative": verb.predicative = true
                case "active": verb.activeOnly = true
                default: break
                }
            }
        }
        var lower: [UInt8] = []
        f.lowercased(4, into: &lower)
        lower.withUnsafeBufferPointer { all in
            var forms: [UnsafeBufferPointer<UInt8>] = []
            var start = 0
            for k in 0...all.count where k == all.count || all[k] == 0x20 {
                if k > start { forms.append(UnsafeBufferPointer(rebasing: all[start..<k])) }
                start = k + 1
            }
            add(verb, forms: forms)
        }
    }

    private mutating func readSourcePhrase(_ word: UnsafeBufferPointer<UInt8>, _ f: DataLines.Fields) {
        guard f.count > 1 else { return }
        let words = { String(decoding: word, as: UTF8.self).split(separator: " ").map(String.init) }
        if f.equals(1, "prep") { addPhrase(words(), .sourcePreposition) }
        else if f.equals(1, "post") { addPhrase(words(), .sourcePostposition) }
        else if f.equals(1, "noun") { addCompoundHead(word, .sourceNoun) }
        else if f.equals(1, "aus") { add(word, .sourceNounAus) }
        else if f.equals(1, "anaphor") { addPhrase(words(), .sourceAnaphor) }
        else if f.equals(1, "trailing") { addPhrase(words(), .sourceTrailing) }
    }
}

/// The lines of a data file as byte ranges: one entry a line, fields split
/// by tabs and trimmed of spaces, `#` lines and blank lines skipped (the
/// format `DataFile` reads).
enum DataLines {
    struct Fields {
        let base: UnsafeBufferPointer<UInt8>
        fileprivate(set) var ranges: [Range<Int>]

        var count: Int { ranges.count }

        func bytes(_ k: Int) -> Slice<UnsafeBufferPointer<UInt8>> { base[ranges[k]] }

        /// The words of a field (split at spaces), in lower case if asked.
        func words(_ k: Int, lowercased lower: Bool) -> [String] {
            var out: [String] = []
            var start = ranges[k].lowerBound
            let end = ranges[k].upperBound
            var i = start
            while i <= end {
                if i == end || base[i] == 0x20 {
                    if i > start {
                        let w = String(decoding: UnsafeBufferPointer(rebasing: base[start..<i]), as: UTF8.self)
                        out.append(lower ? w.lowercasedFast : w)
                    }
                    start = i + 1
                }
                i += 1
            }
            return out
        }

        func string(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: base[ranges[k]]), as: UTF8.self) }

        func equals(_ k: Int, _ text: StaticString) -> Bool { equals(ranges[k], text) }

        /// True when the bytes in `r` spell `text`.
        func equals(_ r: Range<Int>, _ text: StaticString) -> Bool {
            guard r.count == text.utf8CodeUnitCount else { return false }
            let p = text.utf8Start
            for (n, i) in r.enumerated() where base[i] != p[n] { return false }
            return true
        }

        /// The field in lower case (ASCII and Latin-1 letters) into `out`.
        func lowercased(_ k: Int, into out: inout [UInt8]) {
            out.removeAll(keepingCapacity: true)
            var i = ranges[k].lowerBound
            let end = ranges[k].upperBound
            while i < end {
                let c = base[i]
                if c >= 0x41 && c <= 0x5A {
                    out.append(c + 0x20)
                } else if c == 0xC3 && i + 1 < end {
                    let d = base[i + 1]
                    out.append(c)
                    out.append(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d)
                    i += 1
                } else {
                    out.append(c)
                }
                i += 1
            }
        }
    }

    /// Calls `body` with the fields of every entry line.
    static func forEach(_ b: UnsafeBufferPointer<UInt8>, _ body: (Fields) -> Void) {
        var fields = Fields(base: b, ranges: [])
        fields.ranges.reserveCapacity(8)
        let n = b.count
        var i = 0
        guard let start = b.baseAddress else { return }
        while i < n {
            // The line's end, found with memchr (the comments and examples are most of the bytes).
            let end = memchr(start + i, 0x0A, n - i).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - start } ?? n
            var stop = end
            if stop > i && b[stop - 1] == 0x0D { stop -= 1 }
            if stop > i && b[i] != 0x23 {
                fields.ranges.removeAll(keepingCapacity: true)
                var f = i
                while f <= stop {
                    var g = f
                    while g < stop && b[g] != 0x09 { g += 1 }
                    var s = f, e = g
                    while s < e && b[s] == 0x20 { s += 1 }
                    while e > s && b[e - 1] == 0x20 { e -= 1 }
                    fields.ranges.append(s..<e)
                    f = g + 1
                }
                if !(fields.ranges.count == 1 && fields.ranges[0].isEmpty) { body(fields) }
            }
            i = end + 1
        }
    }
}
