/// Reads a timeline rule file and the word-class files it names into a
/// `TimeRuleSet`.
///
/// The rule file is UTF-8 text, one item a line, fields split by tabs, `#`
/// lines are comments:
///
///     !class	month	months.txt           a word class: name, file (same folder), [slot its values fill]
///     !example-date	2020-11-13           the document date examples are read against
///     >	am [12. September 2015]	2015-09-12  an example for the next rule
///     date-dmy	#day . @month #year	date  a rule: name, pattern, normaliser [arguments]
///
/// A word-class file has one word a line: the word, its value, and optionally
/// `cap` or `lower` when the text must have that case ("Morgen" the morning,
/// "morgen" tomorrow). Problems are collected, not thrown, so that one bad line
/// costs one rule, not the tagger.
enum TimeRuleParser {
    /// Loads `<lang>/timeline/rules.txt` and its class files from the resources.
    static func load(_ language: Language) -> TimeRuleSet {
        let folder = language.rawValue + "/timeline/"
        let name = folder + "rules.txt"
        let rules = TabFile.load(name) ?? {
            Diagnostics.warnOnce("data file \(name) not found; no time expressions will be found")
            return TabFile(name: name, bytes: [])
        }()
        return parse(language: language, rules: rules) { file in
            TabFile.load(folder + file) ?? {
                Diagnostics.warnOnce("data file \(folder + file) not found; results will be poorer")
                return TabFile(name: folder + file, bytes: [])
            }()
        }
    }

    /// Parses a rule file given as text (for tests); `classFile` supplies each named class file's text.
    static func parse(language: Language, rulesName: String, rules text: String,
                      classFile: @escaping (String) -> String) -> TimeRuleSet {
        parse(language: language, rules: TabFile(name: rulesName, bytes: Array(text.utf8))) {
            TabFile(name: $0, bytes: Array(classFile($0).utf8))
        }
    }

    /// Parses a rule file; `classFile` supplies each named class file.
    static func parse(language: Language, rules file: TabFile, classFile: (String) -> TabFile) -> TimeRuleSet {
        let rulesName = file.name
        var problems: [String] = []
        var classNames: [String] = []
        var classSlots: [String] = []
        var words: [(word: String, entry: WordTrie.Entry?)] = []
        var exampleDate = DocumentDate(year: 2020, month: 11, day: 13)
        var pending: [RawExample] = []
        var affixes = TenseAffixes()
        var parsed: [(name: String, items: [PatternItem], normaliser: Normaliser, args: [String], examples: [RawExample], location: String)] = []

        for line in file.lines {
            let location = "\(rulesName):\(line.number)"
            let fields = line.fields
            switch fields[0] {
            case "!class":
                guard fields.count >= 3 else { problems.append("\(location): !class needs a name and a file"); continue }
                let index = classNames.count
                classNames.append(fields[1])
                classSlots.append(fields.count > 3 && !fields[3].isEmpty ? fields[3] : fields[1])
                let classData = classFile(fields[2])
                for line in classData.lines {
                    let entry = line.fields
                    let word = entry[0].unicodeScalars.contains(where: CharacterClass.isUpper) ? entry[0].lowercased() : entry[0]
                    if word.unicodeScalars.contains(" ") {
                        problems.append("\(classData.name):\(line.number): '\(entry[0])' has a space; one token a word"); continue
                    }
                    let value = entry.count > 1 ? entry[1] : entry[0]
                    if affixes.add(word, kind: value) { continue }
                    let casing: WordTrie.Casing
                    switch entry.count > 2 ? entry[2] : "" {
                    case "cap": casing = .capitalized
                    case "lower": casing = .lower
                    default: casing = .any
                    }
                    words.append((word, WordTrie.Entry(wordClass: index, value: value, casing: casing)))
                }
            case "!example-date":
                if fields.count > 1, let d = DocumentDate(iso: fields[1]) { exampleDate = d }
                else { problems.append("\(location): !example-date needs YYYY[-MM[-DD]]") }
            case ">":
                // Examples are read when the tests ask for them (`TimeRule.examples`).
                guard fields.count >= 2 else { problems.append("\(location): an example needs text"); continue }
                pending.append(RawExample(fields: fields, location: location))
            default:
                guard fields.count >= 3 else { problems.append("\(location): a rule needs a name, a pattern and a normaliser"); continue }
                let call = fields[2].split(separator: " ").map(String.init)
                guard let first = call.first, let normaliser = Normaliser(rawValue: first) else {
                    problems.append("\(location): unknown normaliser '\(fields[2])'"); pending = []; continue
                }
                do {
                    let items = try parsePattern(fields[1], classNames: classNames)
                    parsed.append((fields[0], items, normaliser, Array(call.dropFirst()), pending, location))
                } catch let error as PatternError {
                    problems.append("\(location): \(error.message)")
                } catch {
                    problems.append("\(location): \(error)")
                }
                pending = []
            }
        }
        if !pending.isEmpty { problems.append("\(rulesName): examples at the end belong to no rule") }

        // Every literal word goes into the trie next to the class words.
        func collect(_ e: PatternElement) {
            switch e {
            case .word(let w): words.append((w, nil))
            case .anyOf(let list), .compound(let list): list.forEach(collect)
            case .not(let inner): collect(inner)
            default: break
            }
        }
        for p in parsed { for item in p.items { collect(item.element) } }
        let trie = WordTrie(words: words)
        let functionWords = TextData.shared.functionWords[language] ?? WordList([])
        // A class with a function word in it ("ein" among the numbers) is common in any text.
        var commonClasses = Set<Int>()
        for (word, entry) in words { if let e = entry, functionWords.contains(word) { commonClasses.insert(e.wordClass) } }

        func compile(_ e: PatternElement) -> PatternElement {
            switch e {
            case .word(let w):
                let node = trie.lookup(Array(w.unicodeScalars), from: 0, to: w.unicodeScalars.count)
                return .literal(node)
            case .anyOf(let list): return .anyOf(list.map(compile))
            case .compound(let list): return .compound(list.map(compile))
            case .not(let inner): return .not(compile(inner))
            default: return e
            }
        }
        var rules: [TimeRule] = []
        for p in parsed {
            let items = p.items.map { PatternItem(element: compile($0.element), optional: $0.optional, slot: $0.slot, inExtent: $0.inExtent) }
            guard let anchor = chooseAnchor(p.items, trie: trie, functionWords: functionWords, commonClasses: commonClasses),
                  anchorIsIndexable(items[anchor].element) else {
                problems.append("\(p.location): the pattern needs a required word, word class or number to start from")
                continue
            }
            if p.examples.isEmpty { problems.append("\(p.location): rule \(p.name) has no example") }
            rules.append(TimeRule(name: p.name, items: items, normaliser: p.normaliser, arguments: p.args,
                                  rawExamples: p.examples, anchor: anchor, location: p.location))
        }
        return TimeRuleSet(language: language, classNames: classNames, classSlots: classSlots, trie: trie, rules: rules,
                           exampleDate: exampleDate, problems: problems,
                           functionWords: functionWords, affixes: affixes)
    }

    struct PatternError: Error { var message: String }

    /// "am? [ #day . @month ]" → items.
    static func parsePattern(_ pattern: String, classNames: [String]) throws -> [PatternItem] {
        var items: [PatternItem] = []
        var inExtent = false
        var sawBracket = false
        for var piece in pattern.unicodeScalars.split(separator: " ").map({ String(String.UnicodeScalarView($0)) }) {
            if piece == "[" { inExtent = true; sawBracket = true; continue }
            if piece == "]" { inExtent = false; continue }
            var opensHere = false, closesHere = false
            if piece.hasPrefix("[") && piece.count > 1 { piece.removeFirst(); opensHere = true; sawBracket = true }
            if piece.hasSuffix("]") && piece.count > 1 { piece.removeLast(); closesHere = true }
            if opensHere { inExtent = true }
            var optional = false
            if piece.hasSuffix("?") && piece.count > 1 { piece.removeLast(); optional = true }
            var slot: String?
            if let eq = piece.firstIndex(of: "="), eq != piece.startIndex, piece.index(after: eq) != piece.endIndex,
               piece[..<eq].allSatisfy({ $0.isLetter || $0.isNumber }) {
                slot = String(piece[..<eq])
                piece = String(piece[piece.index(after: eq)...])
            }
            let element = try parseElement(piece, classNames: classNames)
            items.append(PatternItem(element: element, optional: optional, slot: slot, inExtent: inExtent))
            if closesHere { inExtent = false }
        }
        if items.isEmpty { throw PatternError(message: "empty pattern") }
        if !sawBracket { for k in items.indices { items[k].inExtent = true } }
        if !items.contains(where: { $0.inExtent }) { throw PatternError(message: "the brackets enclose nothing") }
        return items
    }

    static func parseElement(_ piece: String, classNames: [String]) throws -> PatternElement {
        if piece.hasPrefix("!") && piece.count > 1 {
            return .not(try parseElement(String(piece.dropFirst()), classNames: classNames))
        }
        // "+" binds loosest: "#int+er+-+jahre|jahren" is four pieces, the last of them either word.
        if piece.count > 1 && piece.unicodeScalars.contains("+") {
            let parts = try piece.split(separator: "+").map { try parseElement(String($0), classNames: classNames) }
            if parts.count < 2 { throw PatternError(message: "a compound needs two pieces: '\(piece)'") }
            return .compound(parts)
        }
        if piece.count > 1 && piece.unicodeScalars.contains("|") {
            return .anyOf(try piece.split(separator: "|").map { try parseElement(String($0), classNames: classNames) })
        }
        if piece.hasPrefix("@") {
            let name = String(piece.dropFirst())
            guard let c = classNames.firstIndex(of: name) else { throw PatternError(message: "unknown word class @\(name)") }
            return .wordClass(c)
        }
        if piece.hasPrefix("#") && piece.count > 1 {
            guard let shape = NumberShape(rawValue: String(piece.dropFirst())) else { throw PatternError(message: "unknown number shape \(piece)") }
            return .number(shape)
        }
        if piece == "^Noun" { return .noun }
        let scalars = Array(piece.unicodeScalars)
        if scalars.count == 1, !CharacterClass.isAlphanumeric(scalars[0]) { return .mark(scalars[0]) }
        return .word(piece.lowercased())
    }

    /// `>` TAB text with [extent] TAB value (or "-") [TAB key=value …]; nil without brackets.
    static func parseExample(_ fields: [String], _ location: String) -> RuleExample? {
        let raw = fields[1]
        guard let open = raw.firstIndex(of: "["), let close = raw[open...].firstIndex(of: "]") else { return nil }
        let before = String(raw[..<open])
        let extent = String(raw[raw.index(after: open)..<close])
        let after = String(raw[raw.index(after: close)...])
        let value = fields.count > 2 ? fields[2] : ""
        var attributes: [String: String] = [:]
        for f in fields.dropFirst(3) {
            for pair in f.split(separator: " ") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2 { attributes[String(kv[0])] = String(kv[1]) }
            }
        }
        return RuleExample(text: before + extent + after, extent: extent, extentStart: before.unicodeScalars.count,
                           value: value == "-" || value.isEmpty ? nil : value, attributes: attributes, location: location)
    }

    /// The required item the matcher looks for first: the rarest kind of token
    /// the pattern names. Word classes of time words come first, then numbers,
    /// then other words; classes and words that are function words ("ein",
    /// "der") and marks come last, as they would be tried on every other token.
    static func chooseAnchor(_ items: [PatternItem], trie: WordTrie, functionWords: WordList, commonClasses: Set<Int>) -> Int? {
        func rank(_ e: PatternElement) -> Int? {
            switch e {
            case .literal(let node): return node >= 0 ? 2 : nil
            case .word(let w): return functionWords.contains(w) ? 3 : 2
            case .wordClass(let c): return commonClasses.contains(c) ? 3 : 0
            case .compound(let parts):
                guard let first = parts.first else { return nil }
                switch first {
                case .number: return 1
                case .wordClass, .literal, .word, .anyOf: return rank(first)
                default: return nil
                }
            case .number: return 1
            case .mark: return 4
            case .anyOf(let list):
                let ranks = list.map(rank)
                if ranks.contains(where: { $0 == nil }) { return nil }
                return ranks.compactMap { $0 }.max()
            case .noun, .not: return nil
            }
        }
        var best: (index: Int, rank: Int)?
        for (k, item) in items.enumerated() where !item.optional {
            guard let r = rank(item.element) else { continue }
            if let b = best, r >= b.rank { continue }
            best = (k, r)
        }
        return best?.index
    }

    /// Whether the matcher can find tokens for an element by look-up.
    static func anchorIsIndexable(_ e: PatternElement) -> Bool {
        switch e {
        case .literal(let node): return node >= 0
        case .wordClass, .number, .mark, .compound: return true
        case .anyOf(let list): return list.allSatisfy(anchorIsIndexable)
        case .word, .noun, .not: return false
        }
    }
}
