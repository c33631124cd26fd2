/// Reading the claims data files of one language into a `ClaimLexicon`.
extension ClaimLexicon {
    /// The data files, relative to the resources folder.
    static func files(_ language: Language) -> [String] {
        let folder = language.rawValue + "/claims/"
        var names = ["grammar-words.txt", "reporting-verbs.txt", "source-phrases.txt",
                     "nominal-cues.txt", "stance-words.txt", "role-nouns.txt"]
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
            lexicon.read(ClaimDataFile.load(name))
        }
        lexicon.sortVerbForms()
        return lexicon
    }

    /// Adds the lines of one data file, choosing the reading by its name.
    mutating func read(_ file: ClaimDataFile) {
        let base = file.name.split(separator: "/").last.map(String.init) ?? file.name
        for line in file.lines {
            let word = line[0].lowercased()
            switch base {
            case "grammar-words.txt": readGrammarWord(word, line)
            case "reporting-verbs.txt": readVerb(line)
            case "source-phrases.txt": readSourcePhrase(word, line)
            case "nominal-cues.txt":
                addCompoundHead(word, line.count > 1 && line[1] == "accusation" ? [.nominalCue, .accusationNoun] : .nominalCue)
            case "stance-words.txt": add(word, .stance)
            case "role-nouns.txt": addCompoundHead(word, .roleNoun)
            case "konjunktiv.txt": add(word, .konjunktiv)
            default: break
            }
        }
    }

    private mutating func readGrammarWord(_ word: String, _ line: [String]) {
        guard line.count > 1 else { return }
        let parts = line[1].split(separator: ":", maxSplits: 1)
        let features = parts.count > 1 ? PronounFeatures(parsing: parts[1]) : []
        let classes: ClaimWordClass
        switch parts.first ?? "" {
        case "det": classes = .determiner
        case "poss": classes = .possessive
        case "pron": classes = .pronoun
        case "obj": classes = .objectPronoun
        case "indef": classes = .indefinite
        case "prep": classes = .preposition
        case "sub": classes = .subordinator
        case "that": classes = .complementizer
        case "coord": classes = .coordinator
        case "rel": classes = .relative
        case "aux": classes = .auxiliary
        case "corr": classes = .correlate
        case "first": classes = .firstPerson
        case "adv": classes = .adverb
        case "neg": classes = .negation
        case "frame": classes = .frameWord
        case "back": classes = .pointsBack
        case "passive": classes = .passive
        case "title": classes = .title
        default: return
        }
        add(word, classes, pronoun: features)
    }

    /// lemma, particle, class, frames, forms, example, options.
    private mutating func readVerb(_ line: [String]) {
        guard line.count >= 5 else { return }
        let kind: ReportingVerb.Kind
        switch line[2] {
        case "position": kind = .position
        case "dispute": kind = .dispute
        case "thought": kind = .thought
        default: kind = .speech
        }
        var verb = ReportingVerb(
            lemma: line[0], particle: line[1] == "-" ? [] : line[1].lowercased().split(separator: " ").map(String.init),
            kind: kind, frames: ReportingVerb.Frames(letters: Substring(line[3])))
        for option in line.dropFirst(6).flatMap({ $0.split(separator: " ") }) {
            let pair = option.split(separator: "=", maxSplits: 1)
            let values = pair.count > 1 ? pair[1].split(separator: "|").map { String($0).lowercased() } : []
            switch pair.first ?? "" {
            case "requires": verb.requires = values
            case "speaker": verb.speakerPrepositions = values
            case "expletive": verb.expletive = true
            case "reflexive": verb.reflexive = true
            case "dass": verb.needsComplementizer = true
            case "accuses": verb.accuses = true
            case "addressee": verb.takesAddressee = true
            default: break
            }
        }
        add(verb, forms: line[4].lowercased().split(separator: " ").map(String.init))
    }

    private mutating func readSourcePhrase(_ word: String, _ line: [String]) {
        guard line.count > 1 else { return }
        let words = word.split(separator: " ").map(String.init)
        switch line[1] {
        case "prep": addPhrase(words, .sourcePreposition)
        case "post": addPhrase(words, .sourcePostposition)
        case "noun": addCompoundHead(word, .sourceNoun)
        case "aus": add(word, .sourceNounAus)
        case "anaphor": addPhrase(words, .sourceAnaphor)
        case "trailing": addPhrase(words, .sourceTrailing)
        default: break
        }
    }
}
